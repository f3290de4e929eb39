/**
 * Golden files: per scenario (seed 1), all metrics and a few sampled series values, so a
 * refactor cannot silently change results (after pure-rand's no-regression snapshots).
 * Regenerate with `UPDATE_GOLDEN=1 npx vitest run --project node tests/golden`.
 */
import { resolveParameters } from '../../shared/model/scenarios';
import { simulateNight, MODEL_INFO } from '../../shared/model/engine';
import { EPOCHS_PER_HOUR } from '../../shared/model/result';

export const GOLDEN_SEED = 1;
/** Hours from the focal lights-off at which series are sampled. */
export const SAMPLE_HOURS = [-18, -6, -1, 0.5, 1.5, 3, 4.5, 6, 7.5, 10, 16] as const;

/** Six significant digits: robust to last-bit differences of Math.exp across platforms. */
const round = (v: number | null): number | null => (v === null ? null : Number(v.toPrecision(6)));

export interface Golden {
  readonly model: string;
  readonly scenario: string;
  readonly seed: number;
  readonly epochs: number;
  readonly stageFnv1a: string;
  readonly metrics: Record<string, number | null>;
  readonly samples: Record<string, (number | null)[]>;
}

function fnv1a(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i]!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function goldenOf(scenario: string): Golden {
  const r = simulateNight(resolveParameters(scenario), GOLDEN_SEED);
  const off = Math.round(-r.start_h * EPOCHS_PER_HOUR);
  const samples: Record<string, (number | null)[]> = {};
  for (const [id, s] of Object.entries(r.series).sort(([a], [b]) => a.localeCompare(b))) {
    samples[id] = SAMPLE_HOURS.map((h) => {
      const i = off + Math.round(h * EPOCHS_PER_HOUR);
      return i >= 0 && i < s.length ? round(s[i]!) : null;
    });
  }
  const metrics: Record<string, number | null> = {};
  for (const [k, v] of Object.entries(r.metrics)) metrics[k] = round(v);
  return { model: `${MODEL_INFO.name} ${MODEL_INFO.version}`, scenario, seed: GOLDEN_SEED, epochs: r.epochs, stageFnv1a: fnv1a(r.stage), metrics, samples };
}
