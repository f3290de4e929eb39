/**
 * Stage labels as hypnogram files write them, to the report's codes. One table for every
 * importer: AASM labels (W, N1, N2, N3, R), the common spellings (Wake, REM, S1…, NREM1…),
 * Sleep-EDF's R&K annotations ("Sleep stage 1…4", "Sleep stage R/W/?", "Movement time"), the
 * French labels of a Noxturnal export (Éveil), and YASA's integers (0 W, 1 N1, 2 N2, 3 N3, 4 REM,
 * −1 artefact/movement, −2 unscored). R&K stages 3 and 4 are both N3 (AASM 2007 merged them).
 */
import { REPORT_STAGE_CODE, UNSCORED } from '../sleepReport';

const { W, R, N1, N2, N3 } = REPORT_STAGE_CODE;

export interface StageLabel {
  readonly code: number;
  /** An R&K stage 3 or 4 (scored N3 here): importers say that they merged them. */
  readonly rk: boolean;
  /** Movement time or artefact, as opposed to an epoch left unscored. */
  readonly movement: boolean;
}

const TABLE = new Map<string, StageLabel>();
function add(code: number, labels: string[], extra: Partial<StageLabel> = {}): void {
  for (const l of labels) TABLE.set(l, { code, rk: false, movement: false, ...extra });
}
add(W, ['w', 'wake', 'awake', 'wk', 'stage w', 'sleep stage w', 'stage wake', 'éveil', 'eveil', 'veille']);
add(N1, ['n1', 's1', 'nrem1', 'nrem 1', 'stage 1', 'stage n1', 'sleep stage 1', 'sleep stage n1']);
add(N2, ['n2', 's2', 'nrem2', 'nrem 2', 'stage 2', 'stage n2', 'sleep stage 2', 'sleep stage n2']);
add(N3, ['n3', 'nrem3', 'nrem 3', 'stage n3', 'sleep stage n3', 'sws']);
add(N3, ['s3', 's4', 'n4', 'nrem4', 'nrem 4', 'stage 3', 'stage 4', 'sleep stage 3', 'sleep stage 4'], { rk: true });
add(R, ['r', 'rem', 'stage r', 'stage rem', 'sleep stage r', 'sleep stage rem', 'sommeil paradoxal']);
add(UNSCORED, ['?', 'u', 'uns', 'unscored', 'unknown', 'sleep stage ?', 'stage ?', 'n/a']);
add(UNSCORED, ['m', 'mt', 'movement', 'movement time', 'art', 'artefact', 'artifact'], { movement: true });

const YASA_INTEGERS: Readonly<Record<string, StageLabel>> = {
  '0': { code: W, rk: false, movement: false },
  '1': { code: N1, rk: false, movement: false },
  '2': { code: N2, rk: false, movement: false },
  '3': { code: N3, rk: false, movement: false },
  '4': { code: R, rk: false, movement: false },
  '-1': { code: UNSCORED, rk: false, movement: true },
  '-2': { code: UNSCORED, rk: false, movement: false },
};

/** Trims, drops surrounding quotes, lower-cases and collapses spaces and underscores. */
export function normalizeLabel(raw: string): string {
  return raw
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
}

/** The stage of a label, or null when the label is not a stage this table knows. */
export function stageOfLabel(raw: string): StageLabel | null {
  const l = normalizeLabel(raw);
  if (/^[+-]?\d+(\.0+)?$/.test(l)) return YASA_INTEGERS[String(Number(l))] ?? null;
  return TABLE.get(l) ?? null;
}

/** Why a label is refused, for the error message. */
export function unknownLabelProblem(raw: string): string {
  const l = normalizeLabel(raw);
  if (/^[+-]?\d+(\.\d+)?$/.test(l))
    return `stage code ${JSON.stringify(raw.trim())} is not one of YASA's integers (0 W, 1 N1, 2 N2, 3 N3, 4 REM, -1 artefact, -2 unscored); a file with 5 = REM (R&K numbering) must be converted first`;
  return `unknown stage label ${JSON.stringify(raw.trim())} (known: W, N1, N2, N3, R and spellings such as Wake, REM, S1–S4, NREM1, "Sleep stage 1", ?, Movement time; or YASA integers 0–4)`;
}
