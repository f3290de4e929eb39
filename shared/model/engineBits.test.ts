/**
 * Every bit of the engine's output, pinned: a fingerprint (FNV-1a over the stage, every series'
 * bytes and every metric's float64 bits) per scenario and seed, with and without a caffeine dose
 * on the same run-in (the second run resumes from the run-in cache). The golden files keep six
 * significant digits and a few samples; this holds the whole result, so a performance change
 * cannot alter a single bit unnoticed. The pins were taken from the engine before the
 * performance work (commit 6344064) and re-pinned, deliberately, for model 0.2.0 (issue 13) and 0.3.0 (issue 14;
 * the changes are listed in docs/MODEL.md, Changelog).
 *
 * A change that is meant to change results (a new model version) changes these too: run this
 * file, and replace PINNED with the list the failure prints, with the golden files.
 */
import { describe, expect, it } from 'vitest';
import { simulateNight } from './engine';
import { resolveParameters, SCENARIOS } from './scenarios';
import type { SimulationResult } from './result';
import { clearRunInCache } from './runInCache';

const PINNED = [
  'baseline/1 21669fff',
  'baseline/1+caf ec079d8a',
  'baseline/7 d76edf24',
  'baseline/7+caf 0ba3d9f1',
  'one-night-awake/1 085fddda',
  'one-night-awake/1+caf 54d731c3',
  'one-night-awake/7 76e62fbf',
  'one-night-awake/7+caf 395b05b9',
  'recovery-after-deprivation/1 e2f73cfb',
  'recovery-after-deprivation/1+caf 660ce758',
  'recovery-after-deprivation/7 88e8fa85',
  'recovery-after-deprivation/7+caf e1b05050',
  'chronic-restriction/1 cbc06a0c',
  'chronic-restriction/1+caf b517d860',
  'chronic-restriction/7 d2e56898',
  'chronic-restriction/7+caf 45f027cd',
  'late-sleeper/1 a31a488a',
  'late-sleeper/1+caf 57a40caa',
  'late-sleeper/7 e0d9ce5e',
  'late-sleeper/7+caf d097613c',
  'night-shift-day-sleep/1 210117ef',
  'night-shift-day-sleep/1+caf fb23f13f',
  'night-shift-day-sleep/7 e091e2c7',
  'night-shift-day-sleep/7+caf e7122a8e',
  'evening-screen-light/1 6cc2d48b',
  'evening-screen-light/1+caf 36c5ca4c',
  'evening-screen-light/7 69add7ce',
  'evening-screen-light/7+caf d0d648d7',
  'light-at-night/1 7523a59e',
  'light-at-night/1+caf f91daaea',
  'light-at-night/7 302a0a06',
  'light-at-night/7+caf 7d5cf4e9',
  'evening-caffeine/1 10bf5b4c',
  'evening-caffeine/1+caf 481ef354',
  'evening-caffeine/7 61e7af47',
  'evening-caffeine/7+caf dd847eef',
  'alcohol-nightcap/1 49b776c6',
  'alcohol-nightcap/1+caf 6b741bb0',
  'alcohol-nightcap/7 684022f8',
  'alcohol-nightcap/7+caf 98129001',
  'fragmented-sleep/1 61e8fb9d',
  'fragmented-sleep/1+caf 2aed0efc',
  'fragmented-sleep/7 f807800d',
  'fragmented-sleep/7+caf c19db1ba',
  'slow-wave-disruption/1 0246aee7',
  'slow-wave-disruption/1+caf 4ca70a73',
  'slow-wave-disruption/7 2409fa36',
  'slow-wave-disruption/7+caf 055568f6',
  'older-adult/1 c8c1f06a',
  'older-adult/1+caf c5b91892',
  'older-adult/7 9e5f2153',
  'older-adult/7+caf 4bf68bca',
  'intense-learning-day/1 403c0e46',
  'intense-learning-day/1+caf f3052534',
  'intense-learning-day/7 7cb8cf26',
  'intense-learning-day/7+caf 096554cd',
];

function fnv(h: number, bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i]!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function fingerprint(r: SimulationResult): string {
  let h = fnv(0x811c9dc5, r.stage);
  for (const id of Object.keys(r.series).sort()) {
    const s = r.series[id]!;
    h = fnv(h, new Uint8Array(s.buffer, s.byteOffset, s.byteLength));
  }
  const bits = new Float64Array(1);
  for (const id of Object.keys(r.metrics).sort()) {
    const v = r.metrics[id as never] as number | null;
    bits[0] = v === null ? NaN : v;
    h = fnv(h, new Uint8Array(bits.buffer));
    if (v === null) h = fnv(h, new Uint8Array([7]));
  }
  return h.toString(16).padStart(8, '0');
}

describe('the engine output, bit for bit', () => {
  it('matches the pinned fingerprints for every scenario, cold and resumed', () => {
    clearRunInCache();
    const now: string[] = [];
    for (const s of SCENARIOS) {
      for (const seed of [1, 7]) {
        now.push(`${s.id}/${seed} ${fingerprint(simulateNight(resolveParameters(s.id), seed))}`);
        const dosed = resolveParameters(s.id, { caffeine_mg: 250 });
        now.push(`${s.id}/${seed}+caf ${fingerprint(simulateNight(dosed, seed))}`);
      }
    }
    expect(now, `now:\n${now.map((p) => `  '${p}',`).join('\n')}`).toEqual(PINNED);
  }, 60_000);
});
