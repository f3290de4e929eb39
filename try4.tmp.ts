import { syntheticTrajectory } from './shared/model/restoration/testing/syntheticNight';
import { DEFAULT_VALUES as p } from './shared/model/parameters';
import { Neurotransmitters } from './shared/model/restoration/neurotransmitters';
import { Synapses } from './shared/model/restoration/synapses';
import { Glymphatic } from './shared/model/restoration/glymphatic';
import { GrowthHormone } from './shared/model/restoration/growthHormone';
import { Cortisol } from './shared/model/restoration/cortisol';
import { Testosterone, Thyrotropin } from './shared/model/restoration/thyroidGonadal';
import { Performance } from './shared/model/restoration/outcome';
const core = syntheticTrajectory({ nightsBefore: 14 });
const n = core.epochs;
function bench(name: string, make: () => { step(i: number): void }) {
  for (let r = 0; r < 5; r++) {
    const m = make();
    for (let i = 0; i < n; i++) m.step(i);
  }
  const t0 = performance.now();
  for (let r = 0; r < 30; r++) {
    const m = make();
    for (let i = 0; i < n; i++) m.step(i);
  }
  console.log(name, ((performance.now() - t0) / 30).toFixed(2), 'ms');
}
const nt = new Neurotransmitters(core, p);
bench('alloc only', () => ({ a: new Float32Array(n), step(_i: number) {} }));
bench('neuro', () => new Neurotransmitters(core, p));
bench('syn', () => new Synapses(core, p, nt));
bench('gly', () => new Glymphatic(core, p, nt));
bench('gh', () => new GrowthHormone(core, p, 1));
bench('cort', () => new Cortisol(core, p));
bench('tsh', () => new Thyrotropin(core, p));
bench('testo', () => new Testosterone(core, p));
bench('perf', () => new Performance(core, p));
