import { syntheticTrajectory } from './shared/model/restoration/testing/syntheticNight';
import { simulateRestoration } from './shared/model/restoration/state';
import { DEFAULT_VALUES } from './shared/model/parameters';
const core = syntheticTrajectory({ nightsBefore: 14 });
for (let k = 0; k < 10; k++) simulateRestoration(core, DEFAULT_VALUES, 1);
const t0 = performance.now();
for (let k = 0; k < 100; k++) simulateRestoration(core, DEFAULT_VALUES, 1);
console.log('simulate ms', (performance.now() - t0) / 100);
