/**
 * The emotional metrics of a night, 2 h after the final awakening (the outcome test time): the
 * amygdala's reactivity against the reference night's at the same time (BaselineQuantities
 * amygdalaAtTest), and emotional resilience, its inverse on the scale of the other outcome
 * scores (100 = the rested reference; a night that leaves less reactivity scores above 100).
 */
import type { CoreTrajectory } from '../../trajectory';
import type { MetricId } from '../../metrics';
import type { BaselineQuantities } from '../baseline';
import { focalWindows } from '../windows';
import type { Emotion } from './emotion';

export function emotionMetrics(
  core: CoreTrajectory,
  s: Emotion,
  base: BaselineQuantities,
): Partial<Record<MetricId, number | null>> {
  const a = s.amygdala[focalWindows(core).test]!;
  return {
    amygdalaReactivity_pct: (100 * a) / base.amygdalaAtTest,
    emotionalResilience: (100 * base.amygdalaAtTest) / a,
  };
}
