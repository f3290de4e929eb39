/**
 * Provenance inside an SVG: a <title>, a <desc> and a <metadata> element holding the provenance
 * JSON, right after the root element opens (SVG 1.1 §5.4, §21), where editors and viewers keep them.
 */

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

export interface SvgProvenance {
  readonly title: string;
  readonly description: string;
  /** Serialized as JSON inside <metadata>. */
  readonly metadata: unknown;
}

/** Inserts title, desc and metadata after the root <svg …> start tag. Throws when there is none. */
export function insertSvgMetadata(svg: string, provenance: SvgProvenance): string {
  const match = /<svg\b[^>]*>/.exec(svg);
  if (!match) throw new Error('not an SVG document: no <svg> element');
  const json = JSON.stringify(provenance.metadata, null, 2);
  const block =
    `<title>${escapeXml(provenance.title)}</title>` +
    `<desc>${escapeXml(provenance.description)}</desc>` +
    `<metadata id="nocturne-provenance" data-format="application/json">${escapeXml(json)}</metadata>`;
  const at = match.index + match[0].length;
  return svg.slice(0, at) + block + svg.slice(at);
}

/**
 * Gives the root element a physical size (so a journal's layout places it at print size) and a
 * viewBox in the drawing's own units, replacing the bare pixel width and height.
 */
export function setSvgPhysicalSize(svg: string, units: { width: number; height: number }, width_mm: number): string {
  const height_mm = (width_mm * units.height) / units.width;
  const mm = (value: number) => `${Number(value.toFixed(3))}mm`;
  return svg.replace(/<svg\b[^>]*>/, (tag) =>
    tag
      .replace(/\swidth="[^"]*"/, ` width="${mm(width_mm)}"`)
      .replace(
        /\sheight="[^"]*"/,
        ` height="${mm(height_mm)}" viewBox="0 0 ${Number(units.width.toFixed(3))} ${Number(units.height.toFixed(3))}"`,
      ),
  );
}

/**
 * Renames every element id to "n1", "n2", … in document order, and every reference to it
 * (url(#…), href="#…"). The SVG back end numbers clip paths from a counter shared by the whole
 * process, so without this the same figure drawn twice would differ in its ids.
 */
export function renumberSvgIds(svg: string): string {
  const names = new Map<string, string>();
  for (const match of svg.matchAll(/\sid="([^"]+)"/g)) {
    if (!names.has(match[1]!)) names.set(match[1]!, `n${names.size + 1}`);
  }
  if (names.size === 0) return svg;
  return svg
    .replace(/(\sid=")([^"]+)(")/g, (whole, open: string, id: string, close: string) =>
      names.has(id) ? `${open}${names.get(id)}${close}` : whole,
    )
    .replace(/url\(#([^)]+)\)/g, (whole, id: string) => (names.has(id) ? `url(#${names.get(id)})` : whole))
    .replace(/(href=")#([^"]+)(")/g, (whole, open: string, id: string, close: string) =>
      names.has(id) ? `${open}#${names.get(id)}${close}` : whole,
    );
}
