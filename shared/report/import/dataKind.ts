/**
 * Which kind of measured data a text file holds, from its content (as index.ts decides among
 * hypnogram formats): the first header line, within a device's preamble, that names a PVT
 * session's columns, a diary's times, or a light log's time and lux columns. Null for anything
 * else (a hypnogram, or not a file this project reads).
 */
import { isDiaryHeader } from './diary';
import { isLightLogHeader } from './lightLog';
import { isPvtHeader } from './pvt';
import { splitRow } from './tables';
import { detectDelimiter, textLines } from './text';

export type DataKind = 'pvt' | 'diary' | 'lightLog';

/** Lines searched for a header: ActLumus's report preamble is 32 lines, Actiwatch exports' up to ~150. */
const MAX_HEADER_LINE = 200;

export function detectDataKind(text: string): DataKind | null {
  for (const line of textLines(text.slice(0, 256 * 1024)).slice(0, MAX_HEADER_LINE + 1)) {
    const delimiter = detectDelimiter(line.text);
    if (delimiter === null) continue;
    const names = splitRow(line, delimiter).fields;
    // Most specific first: a PVT table may have a date and time, a diary a "light" column.
    if (isPvtHeader(names)) return 'pvt';
    if (isDiaryHeader(names)) return 'diary';
    if (isLightLogHeader(names)) return 'lightLog';
  }
  return null;
}
