/**
 * Reads RFC 4180 text (quoted fields, doubled quotes, CRLF) back into rows, written apart from the
 * export's writer so the tests check the writer from outside. Test-only.
 */
export function csvRows(text: string): {
  rows: string[][];
  /** What follows the last CRLF (nothing, for a whole file). */ unterminated: string;
} {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return { rows, unterminated: field };
}
