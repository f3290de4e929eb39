import { compileProtocol } from './shared/model/protocol';
import { simulateCore } from './shared/model/core';
import { resolveParameters } from './shared/model/scenarios';
import { simulateRestoration } from './shared/model/restoration/state';
import { focalWindows } from './shared/model/restoration/windows';
const over = process.argv[2] ? JSON.parse(process.argv[2]) : {};
function run(scen: string) {
  const p = resolveParameters(scen, over);
  const core = simulateCore(compileProtocol(p), p, 1).trajectory;
  const s = simulateRestoration(core, p, 1);
  return { core, s, w: focalWindows(core) };
}
const b = run('baseline');
const d = run('one-night-awake');
const at = (x: Float32Array, i: number) => x[i]!;
const on = b.w.lightsOn;
console.log('ISF Ab morning SD/base', at(d.s.glymphatic.abeta, d.w.lightsOn) / at(b.s.glymphatic.abeta, on));
console.log('CSF Ab morning SD/base', at(d.s.glymphatic.csfAbeta, d.w.lightsOn) / at(b.s.glymphatic.csfAbeta, on));
console.log(
  'CSF Ab +3h SD/base',
  at(d.s.glymphatic.csfAbeta, d.w.lightsOn + 360) / at(b.s.glymphatic.csfAbeta, on + 360),
);
console.log('ISF tau morning SD/base', at(d.s.glymphatic.tau, d.w.lightsOn) / at(b.s.glymphatic.tau, on));
console.log('CSF tau morning SD/base', at(d.s.glymphatic.csfTau, d.w.lightsOn) / at(b.s.glymphatic.csfTau, on));
console.log('csf ab base bed, wake', at(b.s.glymphatic.csfAbeta, b.w.lightsOff), at(b.s.glymphatic.csfAbeta, on));
