/**
 * Prints the performance dose–response of the outcome model (docs/MODEL-restoration.md §Outcome):
 * PVT lapses and KSS at 09:00 on the morning after the last night (2 h after the 07:00 lights-on,
 * the same clock time for every condition) after 14 nights of 4 / 6 / 8 h in bed (wake 07:00) and
 * after 1 / 2 / 3 nights awake, means over seeds 1–10 (Van Dongen et al. 2003, Sleep 26:117);
 * then the hourly profile of a night awake, BAC equivalence, caffeine and alcohol read-outs.
 *   npx tsx scripts/perf-protocols.ts [seeds]
 */
import { resolveParameters } from '../shared/model/scenarios';
import { simulateTimeline } from '../shared/model/engine';
import { EPOCHS_PER_HOUR } from '../shared/model/result';
import type { ParameterOverrides } from '../shared/model/parameters';
import { scheduleTimeline } from '../tests/validation/protocols';
import { compileProtocol } from '../shared/model/protocol';

const SEEDS = Array.from({ length: Number(process.argv[2] ?? 10) }, (_, k) => k + 1);
/** Optional parameter overrides as JSON (to try a change without editing the defaults). */
const OVERRIDES = JSON.parse(process.argv[3] ?? '{}') as ParameterOverrides;
const H = EPOCHS_PER_HOUR;

interface Read {
  lapses: number;
  kss: number;
}

function morningAfter(
  schedule: { bedtime: number; tib_h: number }[],
  overrides: ParameterOverrides = OVERRIDES,
  seed = 1,
): Read {
  const p = resolveParameters('baseline', overrides);
  const run = simulateTimeline(scheduleTimeline(p, schedule, schedule.length - 1), p, seed);
  const test = run.core.trajectory.focal.lightsOn + 2 * H;
  return { lapses: run.result.series.pvtLapses![test]!, kss: run.result.series.kss![test]! };
}

function mean(f: (seed: number) => Read): Read {
  let l = 0;
  let k = 0;
  for (const s of SEEDS) {
    const r = f(s);
    l += r.lapses;
    k += r.kss;
  }
  return { lapses: l / SEEDS.length, kss: k / SEEDS.length };
}

const restrict = (tib: number, n = 14) => Array.from({ length: n }, () => ({ bedtime: (31 - tib) % 24, tib_h: tib }));
const awake = (n: number) => Array.from({ length: n }, () => ({ bedtime: 23, tib_h: 0 }));

const rows: [string, Read][] = [];
for (const tib of [8, 6, 4]) rows.push([`14 × ${tib} h`, mean((s) => morningAfter(restrict(tib), OVERRIDES, s))]);
for (const n of [1, 2, 3]) rows.push([`${n} night(s) awake`, mean((s) => morningAfter(awake(n), OVERRIDES, s))]);
console.log('condition           lapses@09:00   KSS@09:00');
for (const [name, r] of rows)
  console.log(`${name.padEnd(20)}${r.lapses.toFixed(2).padStart(10)}${r.kss.toFixed(2).padStart(12)}`);
const get = (name: string) => rows.find((r) => r[0] === name)![1];
console.log(`ratio 4h×14 / 2 nights awake: ${(get('14 × 4 h').lapses / get('2 night(s) awake').lapses).toFixed(2)}`);
console.log(`ratio 6h×14 / 1 night awake:  ${(get('14 × 6 h').lapses / get('1 night(s) awake').lapses).toFixed(2)}`);
console.log(`KSS 2 nights awake − 4h×14:   ${(get('2 night(s) awake').kss - get('14 × 4 h').kss).toFixed(2)}`);

// Recovery (Lamond et al. 2007): lapses at 10:00 after 9-h nights (23:00–08:00) following 0, 1 or
// 2 nights awake; one night restores a night awake, two leave a residual for five nights.
{
  const nine = (n: number) => Array.from({ length: n }, () => ({ bedtime: 23, tib_h: 9 }));
  const base = mean((s) => morningAfter(nine(1), OVERRIDES, s)).lapses;
  const one = mean((s) => morningAfter([...awake(1), ...nine(1)], OVERRIDES, s)).lapses;
  const twoFive = mean((s) => morningAfter([...awake(2), ...nine(5)], OVERRIDES, s)).lapses;
  console.log(
    `\nrecovery, lapses at 10:00: 9-h baseline ${base.toFixed(2)}; 1 night awake + one 9-h night ${one.toFixed(2)}; 2 nights awake + five 9-h nights ${twoFive.toFixed(2)}`,
  );
}

// Hourly profile of 3 nights awake (seed means), from 07:00 of the first day.
{
  const p = resolveParameters('baseline', OVERRIDES);
  const sum = new Float64Array(88);
  const kss = new Float64Array(88);
  for (const s of SEEDS) {
    const run = simulateTimeline(scheduleTimeline(p, awake(3), 2), p, s);
    const start = run.core.trajectory.focal.lightsOn - 72 * H; // 07:00 day 1
    for (let h = 0; h < 88; h++) {
      sum[h] = sum[h]! + run.result.series.pvtLapses![start + h * H]! / SEEDS.length;
      kss[h] = kss[h]! + run.result.series.kss![start + h * H]! / SEEDS.length;
    }
  }
  console.log('\nhours awake (clock): lapses / KSS during 88 h awake from 07:00');
  const line: string[] = [];
  for (let h = 0; h < 88; h += 2)
    line.push(`${h}h(${String((7 + h) % 24).padStart(2, '0')}) ${sum[h]!.toFixed(1)}/${kss[h]!.toFixed(1)}`);
  for (let i = 0; i < line.length; i += 6) console.log(line.slice(i, i + 6).join('  '));
}

// Alcohol: the lapse rise at a BAC of 0.5 and 1.0 g/L (0.05 / 0.10 %) in a rested person (dose at
// 08:00, read where BAC first reaches the level), and the hours of sustained wake from 07:00 at
// which the lapse rise equals it.
{
  const p = resolveParameters('baseline', OVERRIDES);
  const riseAt = (level: number, seed: number): number | null => {
    const run = simulateTimeline(
      scheduleTimeline(p, [{ bedtime: 23, tib_h: 8 }], 0, (tl, nights) =>
        tl.alcohol(nights[p.runInDays]!.off_h - 15, 1.2),
      ),
      p,
      seed,
    );
    const bac = run.core.trajectory.alcohol_gPerL;
    const from = run.core.trajectory.focal.lightsOff - 15 * H;
    for (let i = from; i < from + 6 * H; i++) {
      if (bac[i]! >= level) {
        const control = simulateTimeline(scheduleTimeline(p, [{ bedtime: 23, tib_h: 8 }], 0), p, seed);
        return run.result.series.pvtLapses![i]! - control.result.series.pvtLapses![i]!;
      }
    }
    return null;
  };
  const wakeCurve = (seed: number): Float32Array => {
    const run = simulateTimeline(scheduleTimeline(p, awake(1), 0), p, seed);
    const start = run.core.trajectory.focal.lightsOff - 16 * H; // 07:00
    return run.result.series.pvtLapses!.slice(start, start + 30 * H);
  };
  for (const level of [0.5, 1.0]) {
    let rise = 0;
    const curve = new Float64Array(30 * H);
    for (const s of SEEDS) {
      rise += (riseAt(level, s) ?? NaN) / SEEDS.length;
      const c = wakeCurve(s);
      for (let i = 0; i < curve.length; i++) curve[i] = curve[i]! + c[i]! / SEEDS.length;
    }
    let at = NaN;
    for (let i = 3 * H; i < curve.length; i++)
      if (curve[i]! - curve[3 * H]! >= rise) {
        at = i / H;
        break;
      }
    console.log(`\nBAC ${level} g/L: lapse rise ${rise.toFixed(2)} ≈ ${at.toFixed(2)} h awake`);
  }
  for (const g of [0, 0.6]) {
    const r = mean((s) => {
      const q = resolveParameters('baseline', { ...OVERRIDES, alcohol_gPerKg: g });
      const run = simulateTimeline(compileProtocol(q), q, s, q.timeInBed_h);
      return { lapses: run.result.metrics.pvtLapsesNextMorning ?? NaN, kss: run.result.metrics.kssNextMorning ?? NaN };
    });
    console.log(`alcohol ${g} g/kg at bedtime: next-morning lapses ${r.lapses.toFixed(2)}, KSS ${r.kss.toFixed(2)}`);
  }
}

// Caffeine during 48 h awake (Hansen et al. 2019): doses at 13:00, 01:00, 13:00, 01:00; lapses
// 1–3 h after the 01:00 doses against placebo.
{
  const p = resolveParameters('baseline', OVERRIDES);
  const after01 = (mg: number, seed: number): number => {
    const run = simulateTimeline(
      scheduleTimeline(p, awake(2), 1, (tl, nights) => {
        const off = nights[p.runInDays]!.off_h; // 23:00 of the first night awake
        for (const t of [off - 10, off + 2, off + 14, off + 26]) tl.caffeine(t, mg);
      }),
      p,
      seed,
    );
    const off = run.core.trajectory.focal.lightsOff - 24 * H; // 23:00, first night awake
    const l = run.result.series.pvtLapses!;
    let sum = 0;
    let n = 0;
    for (const d of [2, 26])
      for (let i = off + (d + 1) * H; i < off + (d + 3) * H; i++) {
        sum += l[i]!;
        n++;
      }
    return sum / n;
  };
  const avg = (mg: number) => SEEDS.reduce((a, s) => a + after01(mg, s), 0) / SEEDS.length;
  const placebo = avg(0);
  for (const mg of [40, 100, 200, 300, 600])
    console.log(
      `caffeine ${mg} mg: lapses 1–3 h after 01:00 doses ${((avg(mg) / placebo) * 100).toFixed(0)} % of placebo (${placebo.toFixed(1)})`,
    );
}
