import { describe, expect, it } from 'vitest';
import { scoreNight } from './scoring';
import { STAGE_CODE } from './result';

const { W, R, N1, N2, N3 } = STAGE_CODE;
/** Builds a stage array from [stage, minutes] runs. */
function night(runs: [number, number][]): Uint8Array {
  const out: number[] = [];
  for (const [s, min] of runs) for (let i = 0; i < min * 2; i++) out.push(s);
  return Uint8Array.from(out);
}

describe('scoreNight', () => {
  it('scores onset, WASO, REM episodes and cycles as a technologist would', () => {
    const st = night([
      [W, 10],
      [N1, 2],
      [N2, 20],
      [N3, 40],
      [N2, 18],
      [R, 10],
      [N2, 50],
      [W, 3],
      [N2, 30],
      [R, 20],
      [N2, 40],
      [W, 15],
    ]);
    const h = scoreNight(st, 0, st.length);
    expect(h.sleepOnset).toBe(20);
    expect(h.firstN2).toBe(24);
    expect(h.finalWake).toBe(st.length - 30);
    expect(h.wasoEpochs).toBe(6);
    expect(h.remEpisodes).toHaveLength(2);
    expect(h.cycles.map((c) => (c.end - c.start) / 2)).toEqual([90, 103]);
    // The final 40-min NREM episode counts as a cycle (≥ 15 min).
    expect(h.cycleCount).toBe(3);
    expect(h.stageEpochs.N3).toBe(80);
  });

  it('merges REM episodes less than 15 min apart and handles a night without sleep', () => {
    const st = night([
      [N2, 60],
      [R, 5],
      [N2, 10],
      [R, 5],
      [N2, 30],
    ]);
    expect(scoreNight(st, 0, st.length).remEpisodes).toHaveLength(1);
    const awake = scoreNight(new Uint8Array(100), 0, 100);
    expect(awake.sleepOnset).toBeNull();
    expect(awake.cycleCount).toBe(0);
  });
});
