/**
 * The energy module's quantities of a night (definitions in docs/MODEL-restoration.md, "Energy"):
 * the store at the morning test, which the reference night's divides (energyRestored_pct, and the
 * energy part of mental acuity).
 */
import type { RestorationState } from '../run';
import type { FocalWindows } from '../windows';

/** The brain energy store at the morning test (2 h after wake), relative (1 = full). */
export const energyAtTest = (s: RestorationState, w: FocalWindows): number => s.energy.store[w.test]!;
