/**
 * Every bit of the engine's output, pinned: a fingerprint (FNV-1a over the stage, every series'
 * bytes and every metric's float64 bits) per scenario and seed, with and without a caffeine dose
 * on the same run-in (the second run resumes from the run-in cache). The golden files keep six
 * significant digits and a few samples; this holds the whole result, so a performance change
 * cannot alter a single bit unnoticed. The pins were taken from the engine before the
 * performance work (commit 6344064) and re-pinned, deliberately, for model 0.2.0 (issue 13; the
 * changes are listed in docs/MODEL.md, Changelog).
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
  'baseline/1 35ce7b4d',
  'baseline/1+caf b28188f8',
  'baseline/7 3e28b815',
  'baseline/7+caf a27e4dfe',
  'one-night-awake/1 b128553f',
  'one-night-awake/1+caf 742decb1',
  'one-night-awake/7 d9351476',
  'one-night-awake/7+caf 6a82fe05',
  'recovery-after-deprivation/1 bfef4c03',
  'recovery-after-deprivation/1+caf ac0e2fbb',
  'recovery-after-deprivation/7 a0d26455',
  'recovery-after-deprivation/7+caf 4130fc27',
  'chronic-restriction/1 785b80a0',
  'chronic-restriction/1+caf 98ad8f56',
  'chronic-restriction/7 cfba911f',
  'chronic-restriction/7+caf 43014f05',
  'late-sleeper/1 fe10bdfa',
  'late-sleeper/1+caf 3f56427a',
  'late-sleeper/7 9705e5bc',
  'late-sleeper/7+caf fcffd464',
  'night-shift-day-sleep/1 d9558868',
  'night-shift-day-sleep/1+caf 58337147',
  'night-shift-day-sleep/7 a21e3cdc',
  'night-shift-day-sleep/7+caf 49e6106c',
  'evening-screen-light/1 f88fbcb8',
  'evening-screen-light/1+caf c0cd9f47',
  'evening-screen-light/7 4d29e081',
  'evening-screen-light/7+caf 183febf5',
  'light-at-night/1 9c6ebf67',
  'light-at-night/1+caf d99237aa',
  'light-at-night/7 e5cdb577',
  'light-at-night/7+caf c1721d60',
  'evening-caffeine/1 367fc870',
  'evening-caffeine/1+caf 8dd27681',
  'evening-caffeine/7 77a09a40',
  'evening-caffeine/7+caf f505eb9b',
  'alcohol-nightcap/1 0cb5a75f',
  'alcohol-nightcap/1+caf 7921adc5',
  'alcohol-nightcap/7 a3ec346b',
  'alcohol-nightcap/7+caf 4da42b80',
  'fragmented-sleep/1 3d0a9f16',
  'fragmented-sleep/1+caf 01ec2817',
  'fragmented-sleep/7 7b4fdd70',
  'fragmented-sleep/7+caf b76da8ef',
  'slow-wave-disruption/1 16254144',
  'slow-wave-disruption/1+caf 5c76820f',
  'slow-wave-disruption/7 e204608b',
  'slow-wave-disruption/7+caf bb7014f6',
  'older-adult/1 a4b1446b',
  'older-adult/1+caf e131446e',
  'older-adult/7 82e48611',
  'older-adult/7+caf 04703242',
  'intense-learning-day/1 50eacb47',
  'intense-learning-day/1+caf e1bdab76',
  'intense-learning-day/7 9cbc2f1a',
  'intense-learning-day/7+caf cb0c074f',
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
