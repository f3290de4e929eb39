/**
 * Re-derives RESTORATION_BASELINE from the engine: the default parameters through the core's
 * protocol and these modules, seed RESTORATION_BASELINE_SEED. Not imported by the engine (it
 * imports the core); used by baseline.test.ts, and after a deliberate model change with
 *   npx tsx -e "import('./shared/model/restoration/deriveBaseline.ts').then(m => console.log(m.baselineSource()))"
 */
import { compileProtocol } from '../protocol';
import { simulateCore } from '../core';
import { DEFAULT_VALUES } from '../parameters';
import { RESTORATION_BASELINE_SEED, type BaselineQuantities } from './baseline';
import { measureBaselineQuantities } from './metrics';
import { simulateRestoration } from './run';

export function deriveRestorationBaseline(): BaselineQuantities {
  const core = simulateCore(compileProtocol(DEFAULT_VALUES), DEFAULT_VALUES, RESTORATION_BASELINE_SEED).trajectory;
  return measureBaselineQuantities(
    core,
    DEFAULT_VALUES,
    simulateRestoration(core, DEFAULT_VALUES, RESTORATION_BASELINE_SEED),
  );
}

/** The object literal to paste into baseline.ts. */
export function baselineSource(q: BaselineQuantities = deriveRestorationBaseline()): string {
  return `{\n${Object.entries(q)
    .map(([k, v]) => `  ${k}: ${v},`)
    .join('\n')}\n}`;
}
