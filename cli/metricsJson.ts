/** A night's metrics as JSON, shared by `simulate` and `simulate --diary` (cli/drive.ts). */
import { METRICS } from '../shared/model/metrics';
import type { SimulationResult } from '../shared/model/result';

/** Metrics in METRICS order; anything not a finite number becomes null (JSON has no NaN). */
export function metricsObject(result: SimulationResult): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const { id } of METRICS) {
    const value = result.metrics[id];
    out[id] = typeof value === 'number' && Number.isFinite(value) ? value : null;
  }
  return out;
}
