/**
 * Every hormone of the model drives restoration (issue 14's acceptance): sweeping a hormone's
 * own amount — how much is secreted, or the level it is held at — moves at least one restoration
 * outcome of the night. Hormones that drive nothing were the complaint this tests against: in
 * model 0.2.0 sweeping melatonin's peak changed only DLMO.
 *
 * The table names, for each hormone node of the map (graph.ts: kind 'hormone', and melatonin),
 * the parameter swept and the person it is swept in (a woman in her luteal phase for the
 * ovarian steroids); a new hormone node without a row here fails the first test.
 */
import { describe, expect, it } from 'vitest';
import { MODEL_NODES } from './graph';
import { parameterSpec } from './parameters';
import { resolveParameters } from './scenarios';
import { simulateNight } from './engine';

/** What "restoration outcome" means here: the composite scores and the restoration states' metrics. */
const OUTCOMES = [
  'readinessScore',
  'readiness_recovery',
  'mentalAcuity',
  'emotionalResilience',
  'memoryRetained_pct',
  'repairIndex_pct',
  'energyRestored_pct',
  'learningCapacity_pct',
  'amygdalaReactivity_pct',
  'neurotransmitterBalance_pct',
] as const;

const SEEDS = [1, 2, 3, 4];

const WOMAN_LUTEAL = { sex: 'female', menstrualCycleDay: 21 } as const;

const SWEEPS: readonly { node: string; parameter: string; person?: Readonly<Record<string, number | string>> }[] = [
  { node: 'growthHormone', parameter: 'ghPulseMass_ugPerL' },
  { node: 'cortisol', parameter: 'cortisolPeakSecretion_nmolPerLPerH' },
  { node: 'thyrotropin', parameter: 'tshPeakSecretion_mUPerLPerH' },
  { node: 'testosterone', parameter: 'testosteroneSleepGain' },
  { node: 'ovarian', parameter: 'progesteroneMidLuteal_nmolPerL', person: WOMAN_LUTEAL },
  { node: 'ovarian', parameter: 'estradiolMidLuteal_pmolPerL', person: WOMAN_LUTEAL },
  { node: 'melatonin', parameter: 'melatoninPeak_pgPerMl' },
];

describe('every hormone drives restoration', () => {
  it('has a sweep for every hormone node of the map, and melatonin', () => {
    const hormones = MODEL_NODES.filter((n) => n.kind === 'hormone' || n.id === 'melatonin').map((n) => n.id);
    for (const id of hormones)
      expect(
        SWEEPS.map((s) => s.node),
        `no sweep for ${id}`,
      ).toContain(id);
  });

  for (const sweep of SWEEPS) {
    it(`${sweep.node}: ${sweep.parameter} from its minimum to its maximum moves a restoration outcome`, () => {
      const spec = parameterSpec(sweep.parameter);
      expect(spec?.kind, sweep.parameter).toBe('number');
      if (spec?.kind !== 'number') return;
      // The mean over a few seeds: one night's stages are one draw, and a small push on sleep
      // (melatonin's gate) may leave that draw's stages unchanged.
      const at = (value: number): Record<string, number | null> => {
        const params = resolveParameters('baseline', { ...sweep.person, [sweep.parameter]: value });
        const runs = SEEDS.map((seed) => simulateNight(params, seed).metrics);
        return Object.fromEntries(
          OUTCOMES.map((id) => {
            const values = runs.map((r) => r[id]);
            const ok = values.every((v): v is number => typeof v === 'number');
            return [id, ok ? values.reduce((a, b) => a + b, 0) / values.length : null];
          }),
        );
      };
      const low = at(spec.min);
      const high = at(spec.max);
      const moved = OUTCOMES.filter((id) => {
        const a = low[id];
        const b = high[id];
        return typeof a === 'number' && typeof b === 'number' && Math.abs(b - a) > 1e-3 * Math.max(1, Math.abs(a));
      });
      expect(moved, `no restoration outcome moved when ${sweep.parameter} went ${spec.min} → ${spec.max}`).not.toEqual(
        [],
      );
    });
  }
});
