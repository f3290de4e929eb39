import { compileProtocol } from './shared/model/protocol';
import { simulateCore } from './shared/model/core';
import { resolveParameters } from './shared/model/scenarios';
import { simulateRestoration } from './shared/model/restoration/state';
import { measureBaselineQuantities } from './shared/model/restoration/metrics';
import { focalWindows } from './shared/model/restoration/windows';
const scen = process.argv[2] ?? 'baseline';
const over = process.argv[3] ? JSON.parse(process.argv[3]) : {};
const p = resolveParameters(scen, over);
const core = simulateCore(compileProtocol(p), p, 1).trajectory;
const s = simulateRestoration(core, p, 1);
console.log(JSON.stringify(measureBaselineQuantities(core, s)));
const w = focalWindows(core);
console.log(w, core.focal);
const t = w.test;
console.log(
  'test S',
  core.processS[t],
  'alert',
  core.circadianAlerting[t],
  'debt',
  s.performance.sleepDebt[t],
  'fatigue',
  s.performance.fatigue[t],
  'a1',
  core.a1Receptor?.[t],
  'ado',
  core.adenosine[t],
);
for (let h = -24; h <= 40; h += 2) {
  const i = w.lightsOff + h * 120;
  if (i < 0 || i >= core.epochs) continue;
  console.log(
    String(h).padStart(3),
    core.clock_h[i]!.toFixed(1),
    'st',
    core.stage[i],
    'S',
    core.processS[i]!.toFixed(2),
    'C',
    core.circadianAlerting[i]!.toFixed(2),
    'ado',
    core.adenosine[i]!.toFixed(2),
    'NE',
    s.neuro.noradrenaline[i]!.toFixed(2),
    'v',
    s.glymphatic.volumeFraction[i]!.toFixed(3),
    'W',
    s.synapses.strength[i]!.toFixed(3),
    'Ab',
    s.glymphatic.abeta[i]!.toFixed(3),
    'tau',
    s.glymphatic.tau[i]!.toFixed(3),
    'GH',
    s.gh.concentration[i]!.toFixed(2),
    'cort',
    s.cortisol.concentration[i]!.toFixed(0),
    'tsh',
    s.tsh.concentration[i]!.toFixed(2),
    'T',
    s.testosterone.concentration[i]!.toFixed(1),
    'F',
    s.performance.fatigue[i]!.toFixed(2),
    'D',
    s.performance.sleepDebt[i]!.toFixed(1),
    'lap',
    s.performance.pvtLapses[i]!.toFixed(1),
    'swa',
    core.swa[i]!.toFixed(2),
  );
}
