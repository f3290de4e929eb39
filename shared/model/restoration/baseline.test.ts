import { describe, expect, it } from 'vitest';
import { compileProtocol } from '../protocol';
import { simulateCore } from '../core';
import { simulateNight } from '../engine';
import { DEFAULT_VALUES } from '../parameters';
import {
  RESTORATION_BASELINE,
  RESTORATION_BASELINE_SEED,
  measureBaselineQuantities,
  simulateRestoration,
} from './index';
import type { BaselineQuantities } from './metrics';

describe('units of the relative restoration metrics', () => {
  it('are the raw values of the default baseline night, re-derived from the engine', () => {
    const core = simulateCore(compileProtocol(DEFAULT_VALUES), DEFAULT_VALUES, RESTORATION_BASELINE_SEED).trajectory;
    const derived = measureBaselineQuantities(
      core,
      DEFAULT_VALUES,
      simulateRestoration(core, DEFAULT_VALUES, RESTORATION_BASELINE_SEED),
    );
    for (const key of Object.keys(derived) as (keyof BaselineQuantities)[]) {
      const recorded = RESTORATION_BASELINE[key];
      // Printed so a deliberate model change can update baseline.ts by copying these values.
      expect(recorded, `${key}: re-derived ${derived[key]}`).toBeGreaterThan(0);
      expect(Math.abs(recorded - derived[key]), `${key}: re-derived ${derived[key]}`).toBeLessThanOrEqual(
        1e-6 * Math.abs(derived[key]),
      );
    }
  });

  it('make the default baseline night read 1', () => {
    const m = simulateNight(DEFAULT_VALUES, RESTORATION_BASELINE_SEED).metrics;
    for (const id of ['ghTotal', 'cortisolNextEvening', 'tshNight', 'testosteroneNextDay'] as const) {
      expect(m[id], id).toBeCloseTo(1, 6);
    }
    expect(m.readiness_recovery).toBeCloseTo(100, 4);
  });
});
