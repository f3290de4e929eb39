/**
 * The share of a fit done, from its progress messages, for the lab's progress bar. A fit reports
 * its stages (reading, simulating, fitting, one profile per parameter, the curve), counted as they
 * come; a bootstrapped fit also reports its refits (fitCommon.ts bootstrapMessage), which take
 * most of its time, so they get most of the bar and are counted by refit, not by message: the bar
 * moves through the bootstrap instead of sitting near done while it runs. Never 1 before the
 * reply: the last stage is still running when it is announced.
 */
import { bootstrapProgressOf } from '../../shared/fit/fitCommon';

/** The bar's share for the bootstrap's refits, when there are any. */
export const BOOTSTRAP_SHARE = 0.75;
/** The most the bar shows before the reply. */
export const MAX_BEFORE_REPLY = 0.95;

export class FitProgress {
  private stagesDone = 0;
  private refitsDone = 0;

  /**
   * @param stages the stages the fit reports (not counting the bootstrap's refits)
   * @param draws the bootstrap's refits, 0 for none
   */
  constructor(
    private readonly stages: number,
    private readonly draws: number,
  ) {}

  /** Takes one message; returns the share done after it. */
  next(message: string): number {
    const refits = bootstrapProgressOf(message);
    if (refits) this.refitsDone = Math.max(this.refitsDone, refits.done);
    else this.stagesDone++;
    const stageShare = this.draws > 0 ? 1 - BOOTSTRAP_SHARE : 1;
    const fraction =
      stageShare * Math.min(1, this.stagesDone / this.stages) +
      (this.draws > 0 ? BOOTSTRAP_SHARE * Math.min(1, this.refitsDone / this.draws) : 0);
    return Math.min(fraction, MAX_BEFORE_REPLY);
  }
}
