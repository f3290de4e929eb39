/**
 * Constants of the sleep–wake switch inside time in bed: onset and final-wake hazards, brief
 * awakenings, N1 at onset.
 */
import { CALIBRATED, advanced, defineParameters } from '../parameterSpec';

export const SWITCH_PARAMETERS = defineParameters([
  // ── sleep–wake switch inside time in bed ──────────────────────────────────
  // source: calibrated: ARCH-07 (Kurth et al. 2010, latency 13.6 min)
  advanced({
    id: 'sleepOnsetRate_perH',
    label: 'Sleep onset rate at threshold',
    unit: '/h',
    default: 4,
    min: 0.5,
    max: 30,
    step: 0.1,
    description:
      'Hazard of falling asleep in bed when S sits exactly at the upper threshold; grows e-fold per switch softness above it.',
    citation: `${CALIBRATED} (ARCH-07)`,
    readBy: 'core',
  }),
  // source: calibrated: ARCH-06/14
  advanced({
    id: 'finalWakeRate_perH',
    label: 'Final awakening rate at threshold',
    unit: '/h',
    default: 0.5,
    min: 0.1,
    max: 20,
    step: 0.1,
    description:
      'Hazard of the final awakening when S sits at the lower threshold; grows e-fold per switch softness below it.',
    citation: `${CALIBRATED} (ARCH-06, ARCH-14)`,
    readBy: 'core',
  }),
  // source: design choice (soft thresholds instead of a hard switch)
  advanced({
    id: 'switchSoftness',
    label: 'Switch softness',
    unit: 'S',
    default: 0.015,
    min: 0.005,
    max: 0.1,
    step: 0.005,
    description: 'Width of the soft thresholds: how far S must pass a threshold to multiply the switching hazard by e.',
    citation: `${CALIBRATED} (ARCH-07, ARCH-06)`,
    readBy: 'core',
  }),
  // source: calibrated: ARCH-08 (WASO 25.7 min, Kurth et al. 2010)
  advanced({
    id: 'awakeningRate_perH',
    label: 'Brief awakenings',
    unit: '/h',
    default: 2.0,
    min: 0,
    max: 10,
    step: 0.1,
    description: 'Rate of brief awakenings from N2 sleep in a young adult (N1 ×3, REM ×1.5, N3 ×0.2).',
    citation: `${CALIBRATED} (ARCH-08); stage dependence after Carskadon & Dement`,
    readBy: 'core',
  }),
  // source: calibrated: ARCH-08
  advanced({
    id: 'awakeningDuration_min',
    label: 'Brief awakening duration',
    unit: 'min',
    default: 1.5,
    min: 0.5,
    max: 10,
    step: 0.1,
    description: 'Mean duration of a brief awakening before sleep resumes through N1.',
    citation: `${CALIBRATED} (ARCH-08)`,
    readBy: 'core',
  }),
  // source: calibrated: ARCH-01 (N1 2–8 % of TST)
  advanced({
    id: 'onsetN1_min',
    label: 'N1 at sleep onset',
    unit: 'min',
    default: 4,
    min: 0.5,
    max: 15,
    step: 0.5,
    description: 'Minutes of N1 after each sleep onset from wake (1 min after a brief awakening or arousal).',
    citation: `${CALIBRATED} (ARCH-01)`,
    readBy: 'core',
  }),
  // ── arousability: how deep sleep is (pressure and circadian phase) and what wakes it ──
  // source: supported — arousal thresholds rise after sleep loss (Williams, Hammack, Daly,
  // Dement & Lubin 1964, Electroencephalogr Clin Neurophysiol 16:269 [R]); recovery sleep is
  // longer and more efficient (Yamazaki et al. 2021, Sleep 44(4), PMC8274462) and gathers early
  // (Rosenthal et al. 1991, Sleep 14:448); fewer awakenings with more prior wake and near the
  // circadian nadir (Åkerstedt et al. 1997, J Sleep Res 6:221). The debt is a running mean of S
  // (Homeostat.debt): design choice. Exponent calibrated on RECOV-08, with ARCH-08 kept.
  advanced({
    id: 'awakeningDepthExponent',
    label: 'Arousability: sleep pressure',
    unit: '',
    default: 2,
    min: 0,
    max: 4,
    step: 0.05,
    description:
      'Brief awakenings scale as (D₀/D̄)^k with D̄ the sleep debt (running mean of S over about a day): after sleep loss (recovery, short nights) sleep is consolidated. 0 switches the dependence off.',
    citation: `${CALIBRATED} (RECOV-08, with ARCH-08 unchanged); direction: Williams et al. 1964 [R]; Yamazaki et al. 2021, Sleep 44, issue 4, PMC8274462: R1 more efficient; Rosenthal et al. 1991, Sleep 14:448`,
    readBy: 'core',
  }),
  // source: hypothesis — after sleep loss, recovery sleep runs long: > 12 h after 36 h awake
  // (Dijk, Brunner & Borbély 1990, Am J Physiol 258:R650) and 72 % of the lost sleep recovered
  // in 24 h after 24 h awake (Rosenthal et al. 1991, Sleep 14:448). With the two-process
  // thresholds alone the final awakening comes when S meets H⁻, whatever the debt; here a debt
  // above the ordinary lowers H⁻ for the final awakening. Calibrated on RECOV-01 and RECOV-02.
  advanced({
    id: 'debtWakeThresholdShift',
    label: 'Sleep debt delays final waking',
    unit: 'S/S',
    default: 0.4,
    min: 0,
    max: 2,
    step: 0.05,
    description:
      'How far the threshold of the final awakening falls per unit of sleep debt (running mean of S) above that of an ordinary day: recovery sleep after a night awake runs longer.',
    citation: `${CALIBRATED} (RECOV-01, RECOV-02); Dijk, Brunner & Borbély 1990, Am J Physiol 258:R650; Rosenthal et al. 1991, Sleep 14:448`,
    readBy: 'core',
  }),
  // source: hypothesis (coupling and size). Rested young adults fall asleep in most daytime
  // opportunities in the dark (MSLT mean 11.7 min, Iskander et al. 2023, Sleep Med 109:143), with
  // the sleepiest test near 14:00 (Clodore et al. 1990, Sleep 13:385), although their drive lies
  // ≈ 0.4 below the spontaneous-onset threshold of the two-process model then. Calibrated on
  // NAP-01; constrained by RECOV-02/06 (a rested sleeper must not doze through a long afternoon).
  advanced({
    id: 'napOnsetThresholdDrop',
    label: 'Daytime sleep opportunity lowers the onset threshold',
    unit: 'S',
    default: 0.42,
    min: 0,
    max: 1,
    step: 0.01,
    description:
      'How far the sleep-onset threshold falls in bed during the biological day (scaled by a circadian weight peaking at 14:00, nil from 20:00 to 08:00), until the first sleep of that time in bed ends: falling asleep in a daytime opportunity is easy, staying asleep is not.',
    citation: `${CALIBRATED} (NAP-01); Iskander et al. 2023, Sleep Med 109:143; Clodore et al. 1990, Sleep 13:385`,
    readBy: 'core',
  }),
  // source: supported direction — wake within sleep episodes is circadian-modulated, high when
  // sleep falls in the biological day (Dijk & Czeisler 1995, J Neurosci 15:3526 [R]); size a
  // hypothesis; Åkerstedt et al. 1997, J Sleep Res 6:221 (fewer awakenings near the nadir).
  advanced({
    id: 'awakeningCircadianGain',
    label: 'Arousability: circadian phase',
    unit: '',
    default: 1,
    min: 0,
    max: 3,
    step: 0.05,
    description:
      'Brief awakenings are multiplied by e^{g·c}, c the circadian drive of the switch thresholds (−1 at the clock’s sleep phase, +1 when it opposes sleep).',
    citation: 'Dijk & Czeisler 1995, J Neurosci 15:3526 [R] (direction); size a hypothesis',
    readBy: 'core',
  }),
  // source: hypothesis for the size, supported direction — light during sleep raises arousals,
  // N1 and WASO and lowers N2/SWS (Cho et al. 2013, Sleep Med 14:1422; Cho et al. 2016,
  // Chronobiol Int 33:117). Rate calibrated on LIGHT-01 (WASO band, see arousal.rows.ts).
  advanced({
    id: 'lightArousalRate_perH',
    label: 'Light-driven arousals',
    unit: '/h',
    default: 4,
    min: 0,
    max: 30,
    step: 0.1,
    description:
      'Extra micro-arousals per hour of sleep when light reaches the closed eyes (at saturation); about a third are long enough to score as wake.',
    citation: `${CALIBRATED} (LIGHT-01); direction Cho et al. 2013, Sleep Med 14:1422 and Cho et al. 2016, Chronobiol Int 33:117`,
    readBy: 'core',
  }),
  // source: hypothesis — Cho et al. 2016 found the same disruption at 5 and 10 lux (room), i.e.
  // ≈ 0.15–0.3 lux through the eyelids: the response saturates below that.
  advanced({
    id: 'lightArousalHalf_lux',
    label: 'Light arousal half-effect',
    unit: 'lux at eye',
    default: 0.05,
    min: 0.001,
    max: 100,
    step: 0.001,
    description:
      'Light at the retina (through closed eyelids while asleep) that gives half the light-driven arousals; saturating, so 5 and 10 lux in the room act alike.',
    citation: 'Hypothesis; saturation from Cho et al. 2016, Chronobiol Int 33:117 (no 5 vs 10 lux difference)',
    readBy: 'core',
  }),
  // source: supported direction — with a bedside light on all night, NREM slow-oscillation and
  // delta power fall and SWS falls (Cho, Joo, Koo & Hong 2013, Sleep Med 14:1422, abstract); one
  // night at 100 lux gives proportionately more N2 and less SWS and REM (Mason et al. 2022, PNAS
  // 119:e2113290119, abstract). Neither abstract gives a size: 0.1 is a design choice, the largest
  // round value that keeps N2 falling at 5–10 lux as Cho et al. 2016 found (LIGHT-01's N2 direction;
  // 0.2 turns it). Saturates with lightArousalHalf_lux, the one retinal response of sleep to light.
  advanced({
    id: 'lightSwaSuppression',
    label: 'Slow waves lost to light',
    unit: '',
    default: 0.1,
    min: 0,
    max: 1,
    step: 0.01,
    description:
      'Share of the slow-wave ceiling lost while light reaches the closed eyes (at saturation, as lightArousalHalf_lux): bedroom light makes NREM shallower, N3 turning into N2.',
    citation:
      'Direction: Cho et al. 2013, Sleep Med 14:1422 (delta and slow-oscillation power ↓); Mason et al. 2022, PNAS 119:e2113290119 (SWS ↓); size a design choice kept inside LIGHT-01 (N2 ↓ at 5–10 lux)',
    readBy: 'core',
  }),
  // source: supported — light alerts dose-dependently (Cajochen, Zeitzer, Czeisler & Dijk 2000,
  // Behav Brain Res 115:75: half of the alerting response near 100 lux); here it slows sleep
  // onset while the eyes are open in a lit bedroom. Size a hypothesis.
  advanced({
    id: 'lightAlerting',
    label: 'Alerting by light in bed',
    unit: '',
    default: 1,
    min: 0,
    max: 5,
    step: 0.05,
    description:
      'Relative slowing of sleep onset by light at the open eyes: the onset hazard is divided by 1 + this × I/(I + 100 lux).',
    citation: 'Cajochen et al. 2000, Behav Brain Res 115:75 (half-maximal alerting ≈ 100 lux); size a hypothesis',
    readBy: 'core',
  }),
]);
