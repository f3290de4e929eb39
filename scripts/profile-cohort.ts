/**
 * Where a lab cohort's time goes, in one process and in CPU time (which other processes on the
 * machine do not inflate as they do wall time): `tsx scripts/profile-cohort.ts [persons]`.
 *
 * Runs young adults through the default experiment's nights as a lab batch does (usePerson, then
 * sampleOnGrid of both nights), after 6 untimed persons to warm the engine, and prints per person
 * the CPU of night A (its run-in simulated and stored), night B (A's run-in and restoration state
 * reused), the sampling and a structured clone of the person (what postMessage does). Then it
 * builds the lab's result of 200 persons (the measured ones repeated) as main does: at once, and
 * incrementally with a build every 10 persons, printing the CPU per build and its longest step
 * (what main's event loop is held for at most). Last, night A's CPU split by pass: the core's
 * run-in and what follows it, its metrics, the restoration's run-in and what follows it, the
 * restoration's series and metrics (a run-in's share: a full pass less one resumed at runInEnd). For a profile by function, bundle it and run it
 * under `node --cpu-prof`, then `tsx scripts/profile-engine.ts --summarize FILE`.
 */
import { loadavg } from 'node:os';
import {
  CohortLabBuilder,
  cohortNights,
  POPULATION_PRESETS,
  cohortLabResult,
  compilePopulation,
  populationSha256,
  usePerson,
  type DeltaThreshold,
  type LabPerson,
  type SimulateNight,
} from '../shared/cohort';
import { defaultExperiment } from '../shared/experiment';
import { simulateNight } from '../shared/model/engine';
import { drawPerson, personNoiseSeed, personParameters } from '../shared/cohort';
import { compileProtocol, runInEnd } from '../shared/model/protocol';
import { simulateCore } from '../shared/model/core';
import { measureCore } from '../shared/model/coreMetrics';
import { clearRunInCache } from '../shared/model/runInCache';
import { RESTORATION_BASELINE } from '../shared/model/restoration/baseline';
import { restorationSeries, simulateRestoration } from '../shared/model/restoration/run';
import { restorationMetrics } from '../shared/model/restoration/metrics';
import { labPersonOf } from '../main/cohort/labBatch';

/** CPU time of this process so far (ms). */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const persons = Number(process.argv[2] ?? 20);
const nights = cohortNights(defaultExperiment().nights);
const population = compilePopulation(POPULATION_PRESETS['young-adults']);
for (let i = 0; i < 6; i++) usePerson(nights, population, 1, 1_000_000 + i, simulateNight, () => 0);

const nightMs: number[] = [];
const timed: SimulateNight = (params, seed, events) => {
  const t = cpu();
  const result = simulateNight(params, seed, events);
  nightMs.push(cpu() - t);
  return result;
};
let sampleMs = 0;
let cloneMs = 0;
const measured: LabPerson[] = [];
const started = cpu();
for (let index = 0; index < persons; index++) {
  // As a lab batch runs a person: in the worker's arena (usePerson), sampled before it is reused.
  const person: LabPerson = usePerson(nights, population, 1, index, timed, (run) => {
    const t = cpu();
    const sampled = labPersonOf(index, run);
    sampleMs += cpu() - t;
    return sampled;
  });
  const t = cpu();
  structuredClone(person);
  cloneMs += cpu() - t;
  measured.push(person);
}
const per = (ms: number) => (ms / persons).toFixed(1);
const a = nightMs.filter((_, k) => k % 2 === 0).reduce((s, v) => s + v, 0);
const b = nightMs.filter((_, k) => k % 2 === 1).reduce((s, v) => s + v, 0);
console.log(
  `${persons} persons, load average ${loadavg()[0]!.toFixed(1)}: CPU per person ${per(cpu() - started)} ms — night A ${per(a)}, night B ${per(b)}, sampling ${per(sampleMs)}, clone ${per(cloneMs)}`,
);

const many = Array.from({ length: 200 }, (_, k) => ({ ...measured[k % measured.length]!, index: k }));
const context = {
  n: 200,
  seed: 1,
  population: 'young-adults',
  populationSha256: populationSha256(POPULATION_PRESETS['young-adults']),
  model: 'profile',
  params: population.params,
};
const thresholds: DeltaThreshold[] = [{ metric: 'totalSleepTime_min', op: '<', value: -30 }];
let t = cpu();
cohortLabResult(many, context, thresholds);
console.log(`the result of 200 persons at once: ${(cpu() - t).toFixed(0)} ms CPU`);
const builder = new CohortLabBuilder(context, thresholds);
let builds = 0;
let total = 0;
let longest = 0;
for (let k = 0; k < 200; k += 2) {
  builder.add(many.slice(k, k + 2));
  if (k % 10 !== 8) continue;
  const steps = builder.build();
  for (let done = false; !done;) {
    t = cpu();
    done = steps.next().done === true;
    const step = cpu() - t;
    longest = Math.max(longest, step);
    total += step;
  }
  builds++;
}
console.log(
  `built every 10 persons: ${builds} builds, ${(total / builds).toFixed(1)} ms CPU each on average, the longest step ${longest.toFixed(1)} ms`,
);

// Night A by pass, persons as above (each pass timed alone; the run-in cache cleared per person,
// so "full" runs the run-in and "resumed" takes it from the cache and runs only what follows).
const split: Record<string, number> = {};
const timedPass = <T>(name: string, f: () => T): T => {
  const t0 = cpu();
  const r = f();
  split[name] = (split[name] ?? 0) + cpu() - t0;
  return r;
};
for (let index = 0; index < persons; index++) {
  const p = personParameters(nights[0], drawPerson(population, 1, index));
  const seed = personNoiseSeed(1, index);
  const tl = compileProtocol(p, nights[0].events);
  const end = runInEnd(p);
  clearRunInCache();
  const core = timedPass('core, full', () => simulateCore(tl, p, seed, end));
  timedPass('core, resumed at the run-in end', () => simulateCore(tl, p, seed, end));
  timedPass('core metrics', () => measureCore(core, tl, p.dlmoThreshold_pgPerMl));
  const fatigue = RESTORATION_BASELINE.fatigueAtTest;
  const s = timedPass('restoration, full', () => simulateRestoration(core.trajectory, p, seed, fatigue));
  simulateRestoration(core.trajectory, p, seed, fatigue, core.runIn);
  timedPass('restoration, resumed at the run-in end', () =>
    simulateRestoration(core.trajectory, p, seed, fatigue, core.runIn),
  );
  timedPass('restoration series and metrics', () => {
    restorationSeries(s);
    return restorationMetrics(core.trajectory, p, s, RESTORATION_BASELINE);
  });
}
console.log(`night A by pass, CPU per person (load average ${loadavg()[0]!.toFixed(1)}):`);
for (const [name, ms] of Object.entries(split)) console.log(`  ${name.padEnd(40)} ${per(ms)} ms`);
