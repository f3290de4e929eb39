/**
 * The figure pack: everything a report needs from one experiment, built in memory, then written
 * into one folder. Layout (docs/EXPORT.md):
 *
 *   manifest.json              versions, nights (label, scenario, seed, full parameters), options,
 *                              created time, and path, size and SHA-256 of every other file
 *   experiment.nocturne        the experiment, re-serialized (opens in the app by double-click)
 *   timeseries.csv, metrics.csv
 *   report.pdf
 *   figures/<id>.png, figures/<id>.svg   one per panel, plus side-by-side (the key panels); a
 *                              chart flat in both nights is said, not drawn, as in the lab: a
 *                              line in its figure, and a panel of nothing else has no figure
 *                              (the manifest's `notDrawn` and the report say it)
 *   figures/actogram.svg               the whole protocol, double plotted (SVG only)
 *   cohort/cohort.csv, cohort/summary.json, cohort/bands.csv   with a virtual cohort (csv):
 *                              its persons, summary and bands; the figures draw its bands when
 *                              the lab shows them, and the manifest's `cohort` names it
 *
 * This file renders a pack in memory and never touches the disk: on the desktop
 * main/export/packWriter.ts writes it, file by file through the atomic writer, the manifest last,
 * so a pack with a manifest is whole; in the browser web/exports.ts zips it into one download. The
 * options arrive checked: by the IPC schema (ExportPackRequestSchema in shared/ipc.ts, applied
 * by handleInvoke) from the lab, by the argument parser (cli/export.ts) from the command line.
 * They are not checked again here.
 */
import { serializeExperiment } from '../experiment';
import { metricsCsv, timeseriesCsv } from '../export';
import { FIGURE_SIZES, PACK_FORMATS, PNG_DPI, type PackOptions, type PaperSize } from './options';
import { insertPngText } from './pngText';
import { nightsLine, softwareLine } from './provenance';
import { insertSvgMetadata } from './svgMetadata';
import { collapseFlat, keyFigure, panelFigures, reportFigures, type FigureSpec } from './figureSpec';
import { renderFigurePng, renderFigureSvg } from './figures';
import { ACTOGRAM_FIGURE, renderActogramSvg } from './actogramFigure';
import { PACK_EXPERIMENT, PACK_MANIFEST, sha256, type NotDrawn, type PackFile, type PackManifest } from './packLayout';
import { focalWindow, hoursSinceLightsOff } from '../time/axis';
import { buildReportPdf, stampReportInfo } from './report';
import type { FigureBackend } from './canvas';
import {
  figureNights,
  figureTitle,
  footnote,
  pngText,
  sourceProvenance,
  withCohort,
  type ExportSource,
} from './source';
import { COHORT_FILES, cohortBandsCsv, cohortSummaryJson, cohortTableCsv } from './cohortFiles';
import { reportCohort } from './reportCohort';

const utf8 = (text: string) => new TextEncoder().encode(text);

export interface PackInput extends ExportSource {
  /**
   * The lab's print view printed to PDF (Electron's printToPDF; Chromium's page.pdf in tests).
   * Without it (the CLI), the report is written with pdf-lib.
   */
  readonly printReport?: (paper: PaperSize) => Promise<Uint8Array>;
}

/** Renders every requested file of the pack in memory, plus its manifest (always last). */
export async function buildFigurePack(
  input: PackInput,
  options: PackOptions,
  backend: FigureBackend,
): Promise<PackFile[]> {
  const printing = options.formats.includes('pdf') && input.printReport !== undefined;
  const files = await renderPackFiles(input, options, { printedReport: printing }, backend);
  return completePack(files, input, options, printing ? await input.printReport!(options.paper) : null);
}

/**
 * The heavy part of a pack (figures, CSVs, the pdf-lib report): everything but a printed
 * report and the manifest. Pure computation on plain data, so it can run on the export worker.
 */
export async function renderPackFiles(
  input: ExportSource,
  options: PackOptions,
  { printedReport }: { printedReport: boolean },
  backend: FigureBackend,
): Promise<PackFile[]> {
  const provenance = sourceProvenance(input);
  const formats = new Set(options.formats);
  const files: PackFile[] = [];
  files.push({
    path: PACK_EXPERIMENT,
    data: utf8(serializeExperiment(input.experiment, { app: input.app.version, model: input.model.version })),
  });
  if (formats.has('csv')) {
    // Each night over its own focal window (12:00 before its lights-off to 24:00 the day after), as the lab shows it.
    const nights = input.results.map((result, index) => ({
      night: index === 0 ? 'A' : 'B',
      result,
      window: hoursSinceLightsOff(result, focalWindow(result)),
    }));
    files.push({ path: 'timeseries.csv', data: utf8(timeseriesCsv(nights, { series: input.series })) });
    const summary = input.cohort?.result.summary;
    files.push({
      path: 'metrics.csv',
      data: utf8(metricsCsv(input.results[0].metrics, input.results[1].metrics, summary)),
    });
    if (input.cohort) {
      files.push({ path: COHORT_FILES.table, data: utf8(cohortTableCsv(input.cohort)) });
      files.push({ path: COHORT_FILES.summary, data: utf8(cohortSummaryJson(input.cohort)) });
      files.push({ path: COHORT_FILES.bands, data: utf8(cohortBandsCsv(input.cohort, input.series)) });
    }
  }
  // A panel whose every chart is flat in both nights has no figure (notDrawn says it).
  const specs = packFigures(input).filter((spec) => spec.rows.length > 0);
  const nights = figureNights(input);
  const text = { footnote: footnote(provenance) };
  // Each PNG is drawn at once but encoded on a worker thread of the canvas library: not awaiting
  // here lets the next figure draw meanwhile. Files keep their order.
  const pending: Promise<PackFile>[] = [];
  for (const spec of specs) {
    if (formats.has('png')) {
      const figure = renderFigurePng(
        spec,
        nights,
        {
          size: options.size,
          scale: options.scale,
          background: options.background,
          text,
        },
        backend,
      );
      pending.push(
        figure.then((f) => ({ path: `figures/${spec.id}.png`, data: insertPngText(f.png, pngText(spec, provenance)) })),
      );
    }
    if (formats.has('svg')) {
      const svg = renderFigureSvg(
        spec,
        nights,
        { size: options.size, background: options.background, text },
        backend.measure,
      );
      const withMetadata = insertSvgMetadata(svg, {
        title: figureTitle(spec, provenance),
        description: `${nightsLine(provenance)}. ${softwareLine(provenance)}. Created ${provenance.created}.`,
        metadata: provenance,
      });
      pending.push(Promise.resolve({ path: `figures/${spec.id}.svg`, data: utf8(withMetadata) }));
    }
  }
  if (formats.has('svg')) {
    // The whole protocol as a double-plotted actogram (SVG only: a figure of bars that scales).
    const svg = renderActogramSvg(
      input,
      {
        size: options.size,
        background: options.background,
        footnote: text.footnote,
      },
      backend.measure,
    );
    const withMetadata = insertSvgMetadata(svg, {
      title: figureTitle(ACTOGRAM_FIGURE, provenance),
      description: `${nightsLine(provenance)}. ${softwareLine(provenance)}. Created ${provenance.created}.`,
      metadata: provenance,
    });
    pending.push(Promise.resolve({ path: `figures/${ACTOGRAM_FIGURE.id}.svg`, data: utf8(withMetadata) }));
  }
  files.push(...(await Promise.all(pending)));
  if (formats.has('pdf') && !printedReport) {
    // The report's own renderings of the key panels: page-wide (double column) at 300 dpi on white,
    // in two halves so each fills a page at a readable size, whatever the pack's PNG options are.
    const figures: Uint8Array[] = [];
    for (const spec of reportFigures(input.series).map((s) => withCohort(collapseFlat(s, ...input.results), input))) {
      if (spec.rows.length === 0) continue;
      const figure = await renderFigurePng(
        spec,
        nights,
        { size: 'double', scale: 1, background: 'white', text },
        backend,
      );
      figures.push(figure.png);
    }
    const pdf = await buildReportPdf({
      experiment: input.experiment,
      provenance,
      params: input.params,
      results: input.results,
      figures,
      notDrawn: notDrawnLines(notDrawn(input)),
      paper: options.paper,
      ...(input.cohort ? { cohort: await reportCohort(input.cohort, text.footnote, backend) } : {}),
    });
    files.push({ path: 'report.pdf', data: pdf });
  }
  return files;
}

/** The pack's figures (the key panels, then one per panel), each as the lab would show it (collapseFlat). */
function packFigures(input: ExportSource): FigureSpec[] {
  return [keyFigure(input.series), ...panelFigures(input.series)].map((spec) =>
    withCohort(collapseFlat(spec, ...input.results), input),
  );
}

/** The charts said instead of drawn, figure by figure; `omitted` when the figure has no file at all. */
export function notDrawn(input: ExportSource): NotDrawn[] {
  return packFigures(input)
    .filter((spec) => (spec.notes ?? []).length > 0)
    .map((spec) => ({ figure: spec.id, title: spec.title, omitted: spec.rows.length === 0, lines: [...spec.notes!] }));
}

/** Each line once (the key panels and a panel may say the same chart). */
const notDrawnLines = (list: readonly NotDrawn[]): string[] => [...new Set(list.flatMap((n) => n.lines))];

/**
 * Finishes a pack: the printed report (stamped with the provenance) after the rendered files,
 * then the manifest with the hash of each, always last.
 */
export async function completePack(
  rendered: readonly PackFile[],
  input: ExportSource,
  options: PackOptions,
  printed: Uint8Array | null,
): Promise<PackFile[]> {
  const provenance = sourceProvenance(input);
  const formats = new Set(options.formats);
  const files = [...rendered];
  if (printed) {
    files.push({ path: 'report.pdf', data: await stampReportInfo(printed, provenance, input.experiment.title) });
  }
  const manifest: PackManifest = {
    format: 'nocturne-figure-pack',
    version: 1,
    ...provenance,
    experimentFile: PACK_EXPERIMENT,
    options: {
      formats: PACK_FORMATS.filter((f) => formats.has(f)),
      figureSize: options.size,
      figureWidth_mm: FIGURE_SIZES[options.size].width_mm,
      pngDpi: PNG_DPI,
      scale: options.scale,
      background: options.background,
      paper: options.paper,
    },
    files: files.map((f) => ({ path: f.path, bytes: f.data.length, sha256: sha256(f.data) })),
    notDrawn: notDrawn(input),
  };
  files.push({ path: PACK_MANIFEST, data: utf8(`${JSON.stringify(manifest, null, 2)}\n`) });
  return files;
}
