/**
 * A small XML well-formedness check for tests of exported SVGs: every tag closed in order,
 * attributes quoted and not repeated, only the five predefined entities or character references,
 * one root element. Returns the problems found (none for a well-formed document) and the
 * elements with their attributes and text, so tests can look for paths and axis labels.
 */

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Text directly inside the element, entities decoded. */
  text: string;
}

export interface XmlCheck {
  readonly problems: string[];
  readonly elements: XmlElement[];
}

const NAME = /^[A-Za-z_:][\w.:-]*$/;

function decode(text: string, problems: string[]): string {
  return text.replace(/&([^;\s]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) {
      problems.push(`a bare & in "${text.slice(0, 40)}"`);
      return whole;
    }
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (body in named) return named[body]!;
    const numeric = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(body);
    if (numeric)
      return String.fromCodePoint(
        parseInt(body.startsWith('#x') ? body.slice(2) : body.slice(1), body.startsWith('#x') ? 16 : 10),
      );
    problems.push(`unknown entity &${body};`);
    return whole;
  });
}

export function checkXml(xml: string): XmlCheck {
  const problems: string[] = [];
  const elements: XmlElement[] = [];
  const stack: XmlElement[] = [];
  let roots = 0;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (text.trim()) {
      if (stack.length === 0) problems.push(`text outside the root element: "${text.trim().slice(0, 40)}"`);
      else stack.at(-1)!.text += decode(text, problems);
    }
    if (lt === -1) break;
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt);
      if (end === -1) problems.push('an unclosed processing instruction');
      i = end === -1 ? xml.length : end + 2;
      continue;
    }
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt);
      if (end === -1) problems.push('an unclosed comment');
      i = end === -1 ? xml.length : end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end === -1) problems.push('an unclosed CDATA section');
      else if (stack.length) stack.at(-1)!.text += xml.slice(lt + 9, end);
      i = end === -1 ? xml.length : end + 3;
      continue;
    }
    // A tag: find its end outside quoted attribute values.
    let j = lt + 1;
    let quote: string | null = null;
    while (j < xml.length && (quote || xml[j] !== '>')) {
      const c = xml[j]!;
      if (quote) {
        if (c === quote) quote = null;
        else if (c === '<') problems.push('a < inside an attribute value');
      } else if (c === '"' || c === "'") quote = c;
      j++;
    }
    if (j >= xml.length) {
      problems.push('an unclosed tag at the end');
      break;
    }
    const body = xml.slice(lt + 1, j);
    i = j + 1;
    if (body.startsWith('/')) {
      const name = body.slice(1).trim();
      const open = stack.pop();
      if (!open) problems.push(`</${name}> closes nothing`);
      else if (open.name !== name) problems.push(`</${name}> closes <${open.name}>`);
      continue;
    }
    const selfClosing = body.endsWith('/');
    const inner = selfClosing ? body.slice(0, -1) : body;
    const nameMatch = /^\S+/.exec(inner);
    const name = nameMatch?.[0] ?? '';
    if (!NAME.test(name)) problems.push(`a bad element name "${name}"`);
    const attributes: Record<string, string> = {};
    const rest = inner.slice(name.length);
    const attribute = /\s*([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')|\s*(\S+)/g;
    for (const m of rest.matchAll(attribute)) {
      if (m[5] !== undefined) {
        problems.push(`an attribute without a quoted value in <${name}>: ${m[5].slice(0, 30)}`);
        continue;
      }
      const key = m[1]!;
      if (key in attributes) problems.push(`attribute ${key} repeated in <${name}>`);
      attributes[key] = decode(m[3] ?? m[4] ?? '', problems);
    }
    const element: XmlElement = { name, attributes, text: '' };
    elements.push(element);
    if (stack.length === 0) roots++;
    if (!selfClosing) stack.push(element);
  }
  for (const open of stack) problems.push(`<${open.name}> is never closed`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return { problems, elements };
}
