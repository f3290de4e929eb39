/**
 * Profiling harness for the engine's hot spots.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/profile-engine.ts [warm|cold] [runs]
 *   npx tsx scripts/profile-engine.ts --summarize /tmp/prof/<file>.cpuprofile [top]
 *
 * The first form calls simulateNight repeatedly on the default protocol: `warm` varies the
 * caffeine dose with one seed (the run-in is reused: a slider move or a sweep), `cold` turns the
 * run-in cache off and varies the seed. The second
 * form reads a V8 .cpuprofile and prints self time per function (summed over every node of the
 * call tree with that function, file and line), the top `top` of them.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolveParameters } from '../shared/model/scenarios';
import { simulateNight } from '../shared/model/engine';
import { configureRunInCache } from '../shared/model/runInCache';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly hitCount?: number;
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
  readonly startTime: number;
  readonly endTime: number;
}

/** Self time per function (ms), from the samples and their time deltas. */
export function selfTimes(profile: Profile): { name: string; ms: number; share: number }[] {
  const byNode = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byNode.get(profile.samples[i]!);
    // Each sample's delta is the time until the next one; the last has none.
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (!node) continue;
    const f = node.callFrame;
    const file = f.url.replace(/^.*\/(shared|scripts|main|node_modules)\//, '$1/');
    const name = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + dt);
    total += dt;
  }
  return [...self.entries()].map(([name, ms]) => ({ name, ms, share: ms / total })).sort((a, b) => b.ms - a.ms);
}

function run(mode: string, runs: number): void {
  const params = resolveParameters('baseline');
  if (mode === 'cold') configureRunInCache({ enabled: false });
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    if (mode === 'cold') simulateNight(params, 1 + (i % 10));
    else simulateNight({ ...params, caffeine_mg: 5 * (i % 80) }, 1);
  }
  const ms = (performance.now() - started) / runs;
  console.log(`${mode}: ${runs} runs, ${ms.toFixed(2)} ms per run (load average ${loadavg()[0]!.toFixed(2)})`);
}

const args = process.argv.slice(2);
if (args[0] === '--summarize') {
  const profile = JSON.parse(readFileSync(args[1]!, 'utf8')) as Profile;
  const top = Number(args[2] ?? 25);
  const rows = selfTimes(profile);
  const total = rows.reduce((s, r) => s + r.ms, 0);
  console.log(`total sampled ${total.toFixed(0)} ms`);
  for (const r of rows.slice(0, top)) {
    console.log(`${r.ms.toFixed(1).padStart(8)} ms ${(100 * r.share).toFixed(1).padStart(5)} %  ${r.name}`);
  }
} else {
  run(args[0] ?? 'warm', Number(args[1] ?? 300));
}
