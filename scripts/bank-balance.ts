/**
 * Where does the outcome module's chronic bank settle on a habitual schedule? `tsx
 * scripts/bank-balance.ts [--tib 6,7,7.5,8,8.16,9] [--seeds 3] [--days 120]`.
 *
 * Per habitual time in bed (default parameters otherwise) and noise seed, it prints:
 * - the recuperative sleep r per day (N1 excluded, weighted by continuity: what withdraws from the
 *   bank) and the hours awake per day, over run-in days 2–8;
 * - the credit q_s that would balance the bank at B = 0 on that schedule, q_w·W / r
 *   (q_w = (24 − W_c)/24); outcomeBankCredit balances at the critical wake W_c only if this equals
 *   it at 24 − W_c = 8.16 h in bed;
 * - the bank B at the last run-in lights-on after the default run-in (it starts at 0) and after a
 *   long one (its settled level), beside the buffer B₀: what lies beyond B₀ acts on fatigue.
 *
 * Why: a bank that balances short of the critical wake keeps rising past the run-in, so the
 * outcomes of a rested sleeper depend on the run-in's length (docs/COHORT.md, "Is the 14-day
 * run-in long enough?"). The core's stages alone decide the bank (it does not feed back into
 * sleep), so the core and this one module are all that run.
 */
import { DEFAULT_VALUES, type ParameterValues } from '../shared/model/parameters';
import { compileProtocol, runInEnd } from '../shared/model/protocol';
import { simulateCore } from '../shared/model/core';
import { EPOCH_H, STAGE_CODE } from '../shared/model/result';
import { Performance } from '../shared/model/restoration/outcome/outcome';
import { RESTORATION_BASELINE } from '../shared/model/restoration/baseline';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1]! : fallback;
};
const tibs = option('--tib', '6,7,7.5,8,8.16,9').split(',').map(Number);
const seeds = Number(option('--seeds', '3'));
const longDays = Number(option('--days', '120'));
for (const v of [...tibs, seeds, longDays]) {
  if (!Number.isFinite(v) || v <= 0) throw new Error(`bank-balance: ${v} is not a positive number`);
}

const DAY = Math.round(24 / EPOCH_H);
const qw = (24 - DEFAULT_VALUES.outcomeCriticalWake_h) / 24;

/**
 * The bank at the last run-in lights-on of the default run-in and of the long one, from one run of
 * the long one: the core draws its noise per epoch and the run-in's nights are the same, so its
 * first days are the default run-in's, epoch for epoch.
 */
function bankAfterRunIns(base: ParameterValues, seed: number) {
  const params = { ...base, runInDays: longDays };
  const core = simulateCore(compileProtocol(params), params, seed).trajectory;
  const perf = new Performance(core, params, RESTORATION_BASELINE.fatigueAtTest);
  const short = runInEnd({ ...base, runInDays: DEFAULT_VALUES.runInDays });
  perf.run(0, short);
  const atDefault = perf.bankLevel;
  perf.run(short, runInEnd(params));
  return { core, perf, atDefault, settled: perf.bankLevel };
}

console.log(
  `the chronic bank on a habitual schedule (default parameters; q_s = ${DEFAULT_VALUES.outcomeBankCredit}, ` +
    `τ_S = ${DEFAULT_VALUES.outcomeSlowDebtRepayment_h} h, B₀ = ${DEFAULT_VALUES.outcomeBankBuffer_h} h)`,
);
console.log('time in bed  seed  r h/day  awake h/day  balancing q_s  B after 14 d  B after ' + `${longDays} d`);
for (const tib of tibs) {
  for (let seed = 1; seed <= seeds; seed++) {
    const { core, perf, atDefault, settled } = bankAfterRunIns({ ...DEFAULT_VALUES, habitualTimeInBed_h: tib }, seed);
    let recup = 0;
    let awake = 0;
    for (let i = DAY; i < 8 * DAY; i++) {
      recup += perf.recuperation[i]!;
      if (core.stage[i] === STAGE_CODE.W) awake++;
    }
    const r = (recup * EPOCH_H) / 7;
    const w = (awake * EPOCH_H) / 7;
    console.log(
      `${tib.toFixed(2).padStart(11)}  ${String(seed).padStart(4)}  ${r.toFixed(2).padStart(7)}  ${w.toFixed(2).padStart(11)}  ` +
        `${((qw * w) / r).toFixed(3).padStart(13)}  ${atDefault.toFixed(1).padStart(12)}  ${settled.toFixed(1).padStart(11)}`,
    );
  }
}
