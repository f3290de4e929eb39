/**
 * Every validation row, in report order: the one list that validation.test.ts runs and
 * scripts/validate.ts writes to docs/VALIDATION.md. A new rows file is added here only.
 */
import type { ValidationRow } from './row';
import { CORE_ROWS } from './core.rows';
import { AROUSAL_ROWS } from './arousal.rows';
import { RESTORATION_ROWS } from './restoration.rows';
import { UNITS_ROWS } from './units.rows';
import { PERFORMANCE_ROWS } from './performance.rows';
import { SEXAGE_ROWS } from './sexage.rows';
import { MELATONIN_ROWS } from './melatonin.rows';
import { MEMORY_ROWS } from './memory.rows';
import { EMOTION_ROWS } from './emotion.rows';
import { HOMEOSTASIS_ROWS } from './homeostasis.rows';
import { ENERGY_ROWS } from './energy.rows';
import { COHORT_ROWS } from './cohort.rows';

export const ALL_ROWS: readonly ValidationRow[] = [
  ...CORE_ROWS,
  ...AROUSAL_ROWS,
  ...RESTORATION_ROWS,
  ...PERFORMANCE_ROWS,
  ...UNITS_ROWS,
  ...SEXAGE_ROWS,
  ...MELATONIN_ROWS,
  ...MEMORY_ROWS,
  ...EMOTION_ROWS,
  ...HOMEOSTASIS_ROWS,
  ...ENERGY_ROWS,
  ...COHORT_ROWS,
];
