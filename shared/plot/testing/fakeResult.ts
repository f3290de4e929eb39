/** A tiny SimulationResult for tests of plotting code: one series `x`, stages W unless given. */
import type { SimulationResult } from '../../model/result';

export function fakeResult(focal: number, start_h: number, values: number[], stages?: number[]): SimulationResult {
  return {
    model: { name: 't', version: '0' },
    start_h,
    epochs: values.length,
    focalLightsOff_clock_h: focal,
    focalTimeInBed_h: 8,
    stage: Uint8Array.from(stages ?? values.map(() => 0)),
    series: { x: Float32Array.from(values) },
    metrics: {},
  };
}
