/**
 * The synthetic nights the restoration modules' tests share: six ordinary nights, then a focal
 * night slept or spent awake (testing/syntheticNight.ts), and both run through every module.
 */
import { DEFAULT_VALUES, type ParameterValues } from '../../parameters';
import { STAGE_CODE } from '../../result';
import { syntheticTrajectory } from './syntheticNight';
import { simulateRestoration } from '../run';
import { focalWindows } from '../windows';

export const params = (over: Partial<Record<string, number | string>> = {}): ParameterValues =>
  ({ ...DEFAULT_VALUES, ...over }) as ParameterValues;

export const night = syntheticTrajectory({ nightsBefore: 6 });
export const awake = syntheticTrajectory({ nightsBefore: 6, focalTimeInBed_h: 0 });
export const base = simulateRestoration(night, params(), 1);
export const sd = simulateRestoration(awake, params(), 1);
export const w = focalWindows(night);

export function meanWhere(x: Float32Array, from: number, to: number, stages: number[]): number {
  let s = 0;
  let k = 0;
  for (let i = from; i < to; i++) {
    if (stages.includes(night.stage[i]!)) {
      s += x[i]!;
      k++;
    }
  }
  return s / k;
}
export const evening = w.lightsOff - 4 * 120;
export const byState = (x: Float32Array) => ({
  wake: meanWhere(x, evening, w.lightsOff, [STAGE_CODE.W]),
  nrem: meanWhere(x, w.lightsOff, w.lightsOn, [STAGE_CODE.N2, STAGE_CODE.N3]),
  rem: meanWhere(x, w.lightsOff, w.lightsOn, [STAGE_CODE.R]),
});
