/**
 * Every bit of the engine's output, pinned: a fingerprint (FNV-1a over the stage, every series'
 * bytes and every metric's float64 bits) per scenario and seed, with and without a caffeine dose
 * on the same run-in (the second run resumes from the run-in cache). The golden files keep six
 * significant digits and a few samples; this holds the whole result, so a performance change
 * cannot alter a single bit unnoticed. The pins were taken from the engine before the
 * performance work (commit 6344064).
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
  'baseline/1 2cf4b137',
  'baseline/1+caf a0ee64d6',
  'baseline/7 09c0e225',
  'baseline/7+caf 4e4f8cce',
  'one-night-awake/1 c48efc25',
  'one-night-awake/1+caf 22e0a8ca',
  'one-night-awake/7 60b97a90',
  'one-night-awake/7+caf 457febf2',
  'recovery-after-deprivation/1 997f24ec',
  'recovery-after-deprivation/1+caf a8601ec3',
  'recovery-after-deprivation/7 d66b2d18',
  'recovery-after-deprivation/7+caf 014cc08e',
  'chronic-restriction/1 f129db00',
  'chronic-restriction/1+caf d68e722d',
  'chronic-restriction/7 47022b0c',
  'chronic-restriction/7+caf cb7ab4c7',
  'late-sleeper/1 c5e3b5cd',
  'late-sleeper/1+caf 6a9c7a99',
  'late-sleeper/7 b67510c8',
  'late-sleeper/7+caf 13d547ad',
  'night-shift-day-sleep/1 a76cda4a',
  'night-shift-day-sleep/1+caf bf4b2665',
  'night-shift-day-sleep/7 429bb216',
  'night-shift-day-sleep/7+caf ad92f512',
  'evening-screen-light/1 a137726b',
  'evening-screen-light/1+caf ad4720b2',
  'evening-screen-light/7 b0f01c47',
  'evening-screen-light/7+caf 8ab7ab0e',
  'light-at-night/1 fde3a908',
  'light-at-night/1+caf 20f3c068',
  'light-at-night/7 cf344430',
  'light-at-night/7+caf e5c1a70f',
  'evening-caffeine/1 8766afd9',
  'evening-caffeine/1+caf f22a4c7f',
  'evening-caffeine/7 1921bac6',
  'evening-caffeine/7+caf 8de7ca3d',
  'alcohol-nightcap/1 a9ab31ef',
  'alcohol-nightcap/1+caf 9be8a0b3',
  'alcohol-nightcap/7 35809141',
  'alcohol-nightcap/7+caf 759669a1',
  'fragmented-sleep/1 2af5b4f8',
  'fragmented-sleep/1+caf fdb614fa',
  'fragmented-sleep/7 b6cda090',
  'fragmented-sleep/7+caf 75491c86',
  'slow-wave-disruption/1 88ccbb01',
  'slow-wave-disruption/1+caf 0a207c50',
  'slow-wave-disruption/7 b71a9a87',
  'slow-wave-disruption/7+caf 535911ff',
  'older-adult/1 83f20918',
  'older-adult/1+caf 572f4b4b',
  'older-adult/7 7bb18941',
  'older-adult/7+caf e6fbb872',
  'intense-learning-day/1 28e1389e',
  'intense-learning-day/1+caf 40cc61bb',
  'intense-learning-day/7 71bc5ef5',
  'intense-learning-day/7+caf 0311fc71',
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
