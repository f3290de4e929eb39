/**
 * The repair module's quantities of a night (definitions in docs/MODEL-restoration.md, "Repair"):
 * the share of the night's repair need met from lights-off to lights-on, which the reference
 * night's divides (repairIndex_pct, and the repair part of readiness's recovery).
 */
import type { RestorationState } from '../run';
import type { FocalWindows } from '../windows';
import { sum } from '../windows';

/**
 * Share (0–1) of the repair need met lights-off → lights-on: met / (met + need left at lights-on),
 * the denominator being the need at lights-off plus the wear accrued in the night (awake epochs).
 */
export function repairNight(s: RestorationState, w: FocalWindows): number {
  const met = sum(s.repair.done, w.lightsOff, w.lightsOn);
  const left = s.repair.need[Math.max(w.lightsOff, w.lightsOn - 1)]!;
  return met + left > 0 ? met / (met + left) : 0;
}
