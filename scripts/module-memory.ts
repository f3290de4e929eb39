/**
 * How long does each restoration module remember its start? `tsx scripts/module-memory.ts
 * [persons] [--keep 2,3,5,7,10]`.
 *
 * Each person of the young-adult population runs night A's core once. Every restoration module
 * then runs over the whole timeline (the reference), and again from its initial state at noon of
 * run-in day R − k for each k kept (R = runInDays), all modules from the same epoch. Per module
 * and k it prints the largest difference of any of its series after the run-in's end, relative to
 * that series' largest value, over the persons; and the module's stepping time over the whole
 * timeline, per person (wall; the first persons include V8's warm-up, so use 10 or more).
 *
 * Why: the restoration's run-in is about a quarter of a cohort person's CPU (docs/COHORT.md). A
 * module that forgets its start within a few days could start late and save that share of it
 * with results equal to output precision; one whose difference stays large either holds a slow
 * state or draws its randomness in a sequence that depends on where it starts.
 */
import { compileProtocol, runInEnd } from '../shared/model/protocol';
import { simulateCore } from '../shared/model/core';
import { RESTORATION_MODULES } from '../shared/model/catalogue';
import { TRACE_IDS } from '../shared/model/restoration/module';
import { RESTORATION_BASELINE } from '../shared/model/restoration/baseline';
import type { CoreTrajectory } from '../shared/model/trajectory';
import type { ParameterValues } from '../shared/model/parameters';
import { EPOCH_H } from '../shared/model/result';
import {
  POPULATION_PRESETS,
  cohortNights,
  compilePopulation,
  drawPerson,
  personNoiseSeed,
  personParameters,
} from '../shared/cohort';
import { defaultExperiment } from '../shared/experiment';

const args = process.argv.slice(2);
const at = args.indexOf('--keep');
const keeps = (at >= 0 ? (args[at + 1] ?? '') : '2,3,5,7,10').split(',').map(Number);
const persons = Number(args[0] && !args[0].startsWith('--') ? args[0] : 10);
for (const v of [...keeps, persons]) {
  if (!Number.isInteger(v) || v <= 0) throw new Error(`module-memory: ${v} is not a positive whole number`);
}

const DAY = Math.round(24 / EPOCH_H);
const nights = cohortNights(defaultExperiment().nights);
const population = compilePopulation(POPULATION_PRESETS['young-adults']);

/** Every module's series after running all of them over epochs [from, end of the timeline). */
function runFrom(core: CoreTrajectory, p: ParameterValues, seed: number, from: number) {
  const n = core.epochs;
  const inputs = { seed, restedFatigue: RESTORATION_BASELINE.fatigueAtTest };
  const traces = Object.fromEntries(TRACE_IDS.map((id) => [id, new Float64Array(n - from)]));
  const out: Record<string, Record<string, Float32Array>> = {};
  // The catalogue's order is the order the modules read each other's traces (run.ts).
  const states = RESTORATION_MODULES.map((m) => m.init(core, p as never, inputs));
  RESTORATION_MODULES.forEach((m, k) => {
    const t = performance.now();
    m.step(states[k] as never, from, n, traces as never);
    if (from === 0) stepMs.set(m.id, (stepMs.get(m.id) ?? 0) + performance.now() - t);
  });
  RESTORATION_MODULES.forEach((m, k) => (out[m.id] = m.output(states[k] as never) as Record<string, Float32Array>));
  return out;
}

const worst = new Map<string, number[]>(RESTORATION_MODULES.map((m) => [m.id, keeps.map(() => 0)]));
/** Each module's stepping over the whole timeline, summed over the persons (ms, wall): what a late start could save. */
const stepMs = new Map<string, number>();
for (let index = 0; index < persons; index++) {
  const p = personParameters(nights[0], drawPerson(population, 1, index));
  if (Math.max(...keeps) >= p.runInDays) throw new Error(`module-memory: keep fewer than ${p.runInDays} days`);
  const seed = personNoiseSeed(1, index);
  const core = simulateCore(compileProtocol(p, nights[0].events), p, seed).trajectory;
  const end = runInEnd(p);
  const reference = runFrom(core, p, seed, 0);
  keeps.forEach((keep, column) => {
    const late = runFrom(core, p, seed, (p.runInDays - keep) * DAY);
    for (const m of RESTORATION_MODULES) {
      for (const [id, full] of Object.entries(reference[m.id]!)) {
        const other = late[m.id]![id]!;
        let scale = 0;
        let gap = 0;
        for (let i = end; i < full.length; i++) {
          scale = Math.max(scale, Math.abs(full[i]!));
          gap = Math.max(gap, Math.abs(full[i]! - other[i]!));
        }
        const row = worst.get(m.id)!;
        row[column] = Math.max(row[column]!, gap / (scale || 1));
      }
    }
  });
}
console.log(
  `largest difference after the run-in, relative to the series' largest value, over ${persons} young adults (night A)`,
);
console.log(`${'module'.padEnd(18)}${keeps.map((k) => `${k} d kept`.padStart(11)).join('')}   whole pass, ms a person`);
for (const [id, row] of worst) {
  const ms = (stepMs.get(id) ?? 0) / persons;
  console.log(
    `${id.padEnd(18)}${row.map((v) => v.toExponential(1).padStart(11)).join('')}   ${ms.toFixed(2).padStart(8)}`,
  );
}
