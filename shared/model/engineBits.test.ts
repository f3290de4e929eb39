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
  'baseline/1 5cda12fc',
  'baseline/1+caf 17cc277a',
  'baseline/7 834f31d5',
  'baseline/7+caf 3f43cad6',
  'one-night-awake/1 d90d55a9',
  'one-night-awake/1+caf f829e841',
  'one-night-awake/7 965afe99',
  'one-night-awake/7+caf 282d626b',
  'recovery-after-deprivation/1 b1d288c3',
  'recovery-after-deprivation/1+caf a1a63045',
  'recovery-after-deprivation/7 91590c5c',
  'recovery-after-deprivation/7+caf 0f7206bb',
  'chronic-restriction/1 a5d452a1',
  'chronic-restriction/1+caf 3262ec22',
  'chronic-restriction/7 bc430dc6',
  'chronic-restriction/7+caf c8d17700',
  'late-sleeper/1 c2d5cfc3',
  'late-sleeper/1+caf 1ca505e8',
  'late-sleeper/7 4016c876',
  'late-sleeper/7+caf 7987b5ea',
  'night-shift-day-sleep/1 8140b671',
  'night-shift-day-sleep/1+caf 196dd530',
  'night-shift-day-sleep/7 42145d43',
  'night-shift-day-sleep/7+caf 24146b0a',
  'evening-screen-light/1 ff97b2c4',
  'evening-screen-light/1+caf 61bb0fa9',
  'evening-screen-light/7 4953a436',
  'evening-screen-light/7+caf efcbb574',
  'light-at-night/1 e0d23c86',
  'light-at-night/1+caf f656b9d5',
  'light-at-night/7 2c7e5ea3',
  'light-at-night/7+caf 3e224898',
  'evening-caffeine/1 763df17e',
  'evening-caffeine/1+caf c3dc33b4',
  'evening-caffeine/7 c8b2b0d5',
  'evening-caffeine/7+caf 1207da51',
  'alcohol-nightcap/1 91ae4725',
  'alcohol-nightcap/1+caf 66c6ac5a',
  'alcohol-nightcap/7 74406e9a',
  'alcohol-nightcap/7+caf f3512a26',
  'fragmented-sleep/1 a6eaca9e',
  'fragmented-sleep/1+caf 39335d63',
  'fragmented-sleep/7 243bc007',
  'fragmented-sleep/7+caf 1c4a980f',
  'slow-wave-disruption/1 2b3a95df',
  'slow-wave-disruption/1+caf 3019375b',
  'slow-wave-disruption/7 68101cf9',
  'slow-wave-disruption/7+caf 79927523',
  'older-adult/1 6d92269c',
  'older-adult/1+caf a3e3d711',
  'older-adult/7 8877119b',
  'older-adult/7+caf b0cc96ca',
  'intense-learning-day/1 cd354d12',
  'intense-learning-day/1+caf 79e5da98',
  'intense-learning-day/7 b5d59582',
  'intense-learning-day/7+caf 886d80a7',
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
