import { describe, expect, it } from 'vitest';
import { clockDelta_min, sleeperNote, SLEEPER_GAP_TST_MIN, twinMeans, type TwinNight } from './driveNights';

const night = (line: number, diary: [number, number] | null, sim: [number | null, number | null]): TwinNight => ({
  line,
  role: 'prior',
  date: '2024-01-01',
  diary: diary && { lightsOff: '23:00', SOL_min: diary[0], TST_min: diary[1], wake: '07:00' },
  simulated: { lightsOff: '23:00', SOL_min: sim[0], TST_min: sim[1], wake: '07:00' },
});

describe('clockDelta_min', () => {
  it('takes the short way round the clock', () => {
    expect(clockDelta_min('07:25', '07:27')).toBe(2);
    expect(clockDelta_min('23:50', '00:10')).toBe(20);
    expect(clockDelta_min('00:10', '23:50')).toBe(-20);
  });
});

describe('twinMeans and sleeperNote', () => {
  it('average only the nights both sides define', () => {
    const twin = [night(2, [10, 580], [60, 470]), night(3, null, [5, 450]), night(4, [20, 560], [null, null])];
    expect(twinMeans(twin)).toEqual({
      nights: 1,
      diary: { SOL_min: 10, TST_min: 580 },
      simulated: { SOL_min: 60, TST_min: 470 },
    });
    expect(twinMeans([night(3, null, [5, 450])])).toBeNull();
  });

  it('name the sleeper when the mean TST differs by more than the threshold, and only then', () => {
    const near = [night(2, [10, 480], [20, 480 - SLEEPER_GAP_TST_MIN])];
    expect(sleeperNote(near)).toBeNull();
    const short = [night(2, [10, 580], [90, 470]), night(3, [12, 590], [100, 476])];
    expect(sleeperNote(short)).toMatch(
      /^over the 2 diary nights with a sleep onset, the diary sleeps 585 min a night \(SOL 11\) and the simulated sleeper 473 \(SOL 95\) in the same times in bed: its sleep need is shorter than this person's/,
    );
    expect(sleeperNote([night(2, [10, 400], [5, 520])])).toMatch(/its sleep need is longer/);
  });
});
