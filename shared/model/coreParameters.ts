/**
 * Physiological constants of the core modules (homeostat, circadian pacemaker, melatonin,
 * sleep–wake switch, ultradian cycle, slow-wave activity, pharmacology, age), declared once as
 * 'advanced' parameters. Spliced into PARAMETERS in ./parameters.ts.
 *
 * Each entry carries its source twice: in `citation` (shown in the app and docs/MODEL.md) and as
 * a `// source` comment beside it. Values marked "calibrated" are design choices of this model,
 * tuned against the validation rows named in their description (docs/VALIDATION.md).
 */

export interface AdvancedNumber<I extends string> {
  readonly id: I;
  readonly label: string;
  readonly unit: string;
  readonly group: 'advanced';
  readonly kind: 'number';
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly description: string;
  readonly citation: string;
}

function advanced<const I extends string>(
  id: I,
  label: string,
  unit: string,
  range: readonly [value: number, min: number, max: number, step: number],
  description: string,
  citation: string,
): AdvancedNumber<I> {
  const [value, min, max, step] = range;
  return { id, label, unit, group: 'advanced', kind: 'number', default: value, min, max, step, description, citation };
}

const CALIBRATED = 'Calibrated in this model against the validation rows named in the description';

export const CORE_ADVANCED_PARAMETERS = [
  // ── homeostat (Process S on the two-process 0–1 scale) ──────────────────
  // source: Daan, Beersma & Borbély 1984, Am J Physiol 246:R161 (χ_w = 18.2 h)
  advanced(
    'sTauWake_h',
    'S build-up time constant',
    'h',
    [18.2, 10, 30, 0.1],
    'Time constant of the rise of Process S toward its upper asymptote while awake.',
    'Daan, Beersma & Borbély 1984, Am J Physiol 246:R161',
  ),
  // source: Daan, Beersma & Borbély 1984 (χ_s = 4.2 h)
  advanced(
    'sTauSleep_h',
    'S decay time constant',
    'h',
    [4.2, 1, 8, 0.1],
    'Time constant of the decay of Process S over a typical night; the decay itself is carried by slow-wave activity (Achermann et al. 1993).',
    'Daan, Beersma & Borbély 1984, Am J Physiol 246:R161; Achermann et al. 1993, Brain Res Bull 31:97',
  ),
  // source: Skeldon et al. 2025, npj Biol Timing Sleep 2:24 (H₀⁺ = 0.67)
  advanced(
    'sUpperThreshold',
    'Upper threshold (mean)',
    'S',
    [0.67, 0.4, 0.95, 0.01],
    'Mean level of Process S at which sleep starts (wake → sleep).',
    'Skeldon et al. 2025, npj Biol Timing Sleep 2:24',
  ),
  // source: Skeldon et al. 2025 (H₀⁻ = 0.17)
  advanced(
    'sLowerThreshold',
    'Lower threshold (mean)',
    'S',
    [0.17, 0, 0.4, 0.01],
    'Mean level of Process S at which sleep ends (sleep → wake).',
    'Skeldon et al. 2025, npj Biol Timing Sleep 2:24',
  ),
  // source: Skeldon et al. 2025; Daan et al. 1984 (a = 0.12)
  advanced(
    'sCircadianAmplitude',
    'Circadian threshold amplitude',
    'S',
    [0.12, 0, 0.3, 0.01],
    'Amplitude of the circadian modulation of both thresholds (at the limit-cycle amplitude of the pacemaker).',
    'Skeldon et al. 2025, npj Biol Timing Sleep 2:24; Daan, Beersma & Borbély 1984',
  ),
  // source: Skeldon et al. 2025 derived placement (onset 7.46 h after the peak of C); calibrated: CIRC-02, ARCH-07
  advanced(
    'sCircadianPeak_h',
    'Threshold peak after CBTmin',
    'h',
    [12.3, 6, 16, 0.05],
    'Circadian time (hours after the CBT minimum) at which both thresholds peak; places habitual sleep relative to the clock.',
    `${CALIBRATED} (ARCH-07, ARCH-14); cosine form as in Skeldon et al. 2025`,
  ),
  // source: calibrated so a baseline night decays S with τ ≈ sTauSleep_h (SWA-02)
  advanced(
    'swaDischargeShare',
    'Mean SWA share of S in sleep',
    '',
    [0.58, 0.2, 1, 0.01],
    'Mean ratio SWA/S over a typical sleep period; S falls at rate SWA/(τ_s·share), so an ordinary night decays S with τ_s.',
    `${CALIBRATED} (SWA-02); discharge by SWA after Achermann et al. 1993`,
  ),
  // ── sleep–wake switch inside time in bed ────────────────────────────────
  // source: calibrated: ARCH-07 (Kurth et al. 2010, latency 13.6 min)
  advanced(
    'sleepOnsetRate_perH',
    'Sleep onset rate at threshold',
    '/h',
    [4, 0.5, 30, 0.1],
    'Hazard of falling asleep in bed when S sits exactly at the upper threshold; grows e-fold per switch softness above it.',
    `${CALIBRATED} (ARCH-07)`,
  ),
  // source: calibrated: ARCH-06/14
  advanced(
    'finalWakeRate_perH',
    'Final awakening rate at threshold',
    '/h',
    [0.5, 0.1, 20, 0.1],
    'Hazard of the final awakening when S sits at the lower threshold; grows e-fold per switch softness below it.',
    `${CALIBRATED} (ARCH-06, ARCH-14)`,
  ),
  // source: design choice (soft thresholds instead of a hard switch)
  advanced(
    'switchSoftness',
    'Switch softness',
    'S',
    [0.015, 0.005, 0.1, 0.005],
    'Width of the soft thresholds: how far S must pass a threshold to multiply the switching hazard by e.',
    `${CALIBRATED} (ARCH-07, ARCH-06)`,
  ),
  // source: calibrated: ARCH-08 (WASO 25.7 min, Kurth et al. 2010)
  advanced(
    'awakeningRate_perH',
    'Brief awakenings',
    '/h',
    [2.0, 0, 10, 0.1],
    'Rate of brief awakenings from N2 sleep in a young adult (N1 ×3, REM ×1.5, N3 ×0.2).',
    `${CALIBRATED} (ARCH-08); stage dependence after Carskadon & Dement`,
  ),
  // source: calibrated: ARCH-08
  advanced(
    'awakeningDuration_min',
    'Brief awakening duration',
    'min',
    [1.5, 0.5, 10, 0.1],
    'Mean duration of a brief awakening before sleep resumes through N1.',
    `${CALIBRATED} (ARCH-08)`,
  ),
  // source: calibrated: ARCH-01 (N1 2–8 % of TST)
  advanced(
    'onsetN1_min',
    'N1 at sleep onset',
    'min',
    [4, 0.5, 15, 0.5],
    'Minutes of N1 after each sleep onset from wake (1 min after a brief awakening or arousal).',
    `${CALIBRATED} (ARCH-01)`,
  ),
  // ── ultradian NREM/REM cycle ────────────────────────────────────────────
  // source: calibrated: ARCH-09…11 (Carskadon & Dement: first REM at 80–100 min, cycles ≈ 90 min)
  advanced(
    'nremBuild_min',
    'REM pressure build-up',
    'min',
    [64, 20, 150, 1],
    'Minutes of NREM that build REM pressure to its threshold when S is 0; high S slows the build-up.',
    `${CALIBRATED} (ARCH-09, ARCH-10, ARCH-11)`,
  ),
  // source: Achermann & Borbély 1990-type REM inhibition by S; calibrated ARCH-09, ARCH-13
  advanced(
    'nremSInhibition',
    'S inhibition of REM build-up',
    '',
    [0.6, 0, 1.5, 0.01],
    'How much Process S slows the build-up of REM pressure (first NREM episode longest).',
    `${CALIBRATED} (ARCH-09, ARCH-13)`,
  ),
  // source: calibrated: ARCH-04, ARCH-13 (REM episodes lengthen across the night)
  advanced(
    'remDischarge_min',
    'REM episode scale',
    'min',
    [31, 5, 120, 1],
    'Length of a REM episode when S is 0; high S shortens REM episodes, so they lengthen across the night.',
    `${CALIBRATED} (ARCH-04, ARCH-13)`,
  ),
  // source: calibrated: ARCH-13
  advanced(
    'remSInhibition',
    'S shortening of REM episodes',
    '',
    [3.2, 0, 10, 0.1],
    'How much Process S speeds the discharge of REM pressure (shorter REM early in the night).',
    `${CALIBRATED} (ARCH-04, ARCH-13)`,
  ),
  // source: Dijk & Czeisler 1995, J Neurosci 15:3526 (REM propensity peaks shortly after CBTmin)
  advanced(
    'remCircadianGain',
    'Circadian REM propensity',
    '',
    [0.25, 0, 1, 0.01],
    'Circadian modulation of REM propensity, maximal about an hour after the CBT minimum.',
    'Dijk & Czeisler 1995, J Neurosci 15:3526 [R]; gain calibrated',
  ),
  // source: design choice; stage jitter
  advanced(
    'ultradianNoise',
    'Ultradian jitter',
    '',
    [0.12, 0, 0.5, 0.01],
    'Random walk on REM pressure per √hour (cycle-to-cycle variability).',
    'Design choice (stage jitter)',
  ),
  // ── slow-wave activity (Achermann et al. 1993) ──────────────────────────
  // source: Achermann et al. 1993 (rc = 0.283 min⁻¹ × S₀/S_U = 300/500, Aghermann defaults)
  advanced(
    'swaRiseRate_perMin',
    'SWA build-up rate',
    '/min',
    [0.25, 0.02, 1, 0.001],
    'Rate of the logistic build-up of SWA toward its ceiling within NREM, held constant (Achermann et al. 1993 scale it by S/S_U: 0.283 × 300/500 ≈ 0.17 at sleep onset).',
    'Achermann, Dijk, Brunner & Borbély 1993, Brain Res Bull 31:97 [R, Aghermann defaults]; calibrated to SWA-05',
  ),
  // source: Achermann et al. 1993 (fc_R = 0.24 min⁻¹)
  advanced(
    'swaDecayRem_perMin',
    'SWA decay in REM',
    '/min',
    [0.24, 0.01, 2, 0.01],
    'Rate at which SWA falls in REM sleep and N1.',
    'Achermann et al. 1993 [R, Aghermann defaults]',
  ),
  // source: Achermann et al. 1993 (fc_W = 0.6 min⁻¹)
  advanced(
    'swaDecayWake_perMin',
    'SWA decay in wake',
    '/min',
    [0.6, 0.01, 3, 0.01],
    'Rate at which SWA falls during wake.',
    'Achermann et al. 1993 [R, Aghermann defaults]',
  ),
  // source: calibrated: ARCH-03 (N3 13–25 % of TST)
  advanced(
    'n3Threshold',
    'N3 scoring threshold',
    'S',
    [0.34, 0.05, 0.9, 0.01],
    'SWA level (on the S scale) above which a NREM epoch is scored N3 (≥ 20 % slow waves, AASM).',
    `${CALIBRATED} (ARCH-03, ARCH-13)`,
  ),
  // ── circadian pacemaker and Process L ───────────────────────────────────
  // source: Forger, Jewett & Kronauer 1999, J Biol Rhythms 14:532 (μ = 0.23)
  advanced(
    'pacemakerStiffness',
    'Pacemaker stiffness μ',
    '',
    [0.23, 0.05, 0.6, 0.01],
    'Van der Pol stiffness of the pacemaker (how fast its amplitude recovers).',
    'Forger, Jewett & Kronauer 1999, J Biol Rhythms 14:532',
  ),
  // source: Jewett, Forger & Kronauer 1999 (φ_ref = 0.8 h: the CBT minimum lags the minimum of x)
  advanced(
    'cbtMinLag_h',
    'CBTmin lag after x minimum',
    'h',
    [0.8, 0, 2, 0.05],
    'Hours from the minimum of the pacemaker variable x to the core body temperature minimum (phase 0).',
    'Jewett, Forger & Kronauer 1999, J Biol Rhythms 14:493 (φ_ref = 0.8 h); St Hilaire et al. 2007 use 0.97 h',
  ),
  // source: Skeldon et al. 2023 light parameters (G = 19.9)
  advanced(
    'lightGain',
    'Light drive gain G',
    '',
    [19.9, 1, 60, 0.1],
    'Gain of the photic drive from activated photoreceptors (Process L).',
    'Skeldon et al. 2023, PLoS Comput Biol (HCL); Jewett et al. 1999',
  ),
  // source: Skeldon et al. 2023 (α₀ = 0.16 min⁻¹)
  advanced(
    'lightAlpha0_perMin',
    'Photoreceptor activation α₀',
    '/min',
    [0.16, 0.01, 1, 0.01],
    'Activation rate of photoreceptors at I₀ lux.',
    'Skeldon et al. 2023; Jewett, Forger & Kronauer 1999, J Biol Rhythms 14:493',
  ),
  // source: Skeldon et al. 2023 (p = 0.6)
  advanced(
    'lightExponent',
    'Light exponent p',
    '',
    [0.6, 0.2, 1.5, 0.01],
    'Power-law compression of light intensity in the activation rate.',
    'Skeldon et al. 2023; Jewett et al. 1999',
  ),
  // source: Skeldon et al. 2023 (β = 0.013 min⁻¹)
  advanced(
    'lightRecovery_perMin',
    'Photoreceptor recovery β',
    '/min',
    [0.013, 0.001, 0.1, 0.001],
    'Recovery rate of activated photoreceptors.',
    'Skeldon et al. 2023; Jewett et al. 1999',
  ),
  // source: Forger 1999 / Jewett 1999 (I₀ = 9500 lux)
  advanced(
    'lightI0_lux',
    'Light scale I₀',
    'lux',
    [9500, 1000, 20000, 100],
    'Reference intensity of the photoreceptor activation rate.',
    'Forger, Jewett & Kronauer 1999; Jewett et al. 1999',
  ),
  // source: Forger 1999 (k = 0.55)
  advanced(
    'lightSensitivity',
    'Light sensitivity k',
    '',
    [0.55, 0, 2, 0.01],
    'Modulation of the pacemaker stiffness term by the photic drive.',
    'Forger, Jewett & Kronauer 1999',
  ),
  // source: eyelids pass a few per cent of light [R]: Ando & Kripke 1996, Biol Psychiatry 39:1;
  advanced(
    'eyelidTransmission',
    'Eyelid transmission',
    '',
    [0.03, 0, 1, 0.01],
    'Share of bedroom light that reaches the retina through closed eyes (asleep).',
    'Ando & Kripke 1996, Biol Psychiatry 39:1 [R]; Skeldon et al. 2023 gate light fully (0)',
  ),
  // ── melatonin ───────────────────────────────────────────────────────────
  // source: Breslow et al. 2013 synthesis window, re-expressed in hours of circadian time; calibrated CIRC-07, MEL-04
  advanced(
    'melatoninOnset_h',
    'Melatonin synthesis on',
    'h before CBTmin',
    [7.2, 3, 12, 0.1],
    'Circadian time before the CBT minimum at which pineal synthesis switches on.',
    `${CALIBRATED} (CIRC-07, MEL-04); window after Breslow et al. 2013, J Biol Rhythms 28:68`,
  ),
  // source: Breslow 2013 window; calibrated MEL-04
  advanced(
    'melatoninOffset_h',
    'Melatonin synthesis off',
    'h after CBTmin',
    [1.6, -2, 6, 0.1],
    'Circadian time after the CBT minimum at which pineal synthesis switches off.',
    `${CALIBRATED} (MEL-04); window after Breslow et al. 2013`,
  ),
  // source: Breslow et al. 2013 (β_IP = 0.000783 s⁻¹ = 2.82 h⁻¹)
  advanced(
    'melatoninRelease_perH',
    'Pineal → plasma rate',
    '/h',
    [2.82, 0.1, 10, 0.01],
    'Rate of transfer of melatonin from the pineal to plasma.',
    'Breslow et al. 2013, J Biol Rhythms 28:68',
  ),
  // source: Breslow et al. 2013 (β_CP = 0.000335 s⁻¹ = 1.21 h⁻¹)
  advanced(
    'melatoninClearance_perH',
    'Plasma clearance',
    '/h',
    [1.21, 0.1, 10, 0.01],
    'Clearance rate of plasma melatonin.',
    'Breslow et al. 2013, J Biol Rhythms 28:68',
  ),
  // source: Abeysuriya et al. 2018 plasma peak ≈ 75 pg/mL (ρ_b* = 325 pmol/L)
  advanced(
    'melatoninPeak_pgPerMl',
    'Melatonin peak scale',
    'pg/mL',
    [70, 10, 200, 1],
    'Plasma melatonin plateau of an unsuppressed night (sets the synthesis rate).',
    'Abeysuriya et al. 2018 (≈75 pg/mL) [V-code, unvalidated]',
  ),
  // source: Zeitzer et al. 2000, J Physiol 526:695 (half-maximal suppression ≈ 100 lux)
  advanced(
    'melatoninSuppressionEd50_lux',
    'Melatonin suppression ED50',
    'lux',
    [106, 5, 1000, 1],
    'Light intensity that halves pineal melatonin synthesis.',
    'Zeitzer et al. 2000, J Physiol 526:695 (ED50 106 lux [R])',
  ),
  // source: Zeitzer et al. 2000 logistic dose–response; slope [R]
  advanced(
    'melatoninSuppressionHill',
    'Melatonin suppression slope',
    '',
    [1.6, 0.5, 5, 0.1],
    'Hill exponent of the light suppression of melatonin synthesis.',
    'Zeitzer et al. 2000 (logistic in log lux) [R]',
  ),
  // source: common plasma DLMO threshold 10 pg/mL (Lewy & Sack 1989) [R]
  advanced(
    'dlmoThreshold_pgPerMl',
    'DLMO threshold',
    'pg/mL',
    [10, 1, 50, 0.5],
    'Plasma melatonin level whose evening crossing defines DLMO.',
    'Lewy & Sack 1989, Chronobiol Int 6:93 [R]; Benloucif et al. 2008',
  ),
  // ── adenosine and A1 receptors ──────────────────────────────────────────
  // source: calibrated to ADO-02 direction (Porkka-Heiskanen 1997/2000)
  advanced(
    'adenosineGain',
    'Adenosine gain on S',
    '',
    [1.6, 0, 5, 0.05],
    'Relative change of extracellular adenosine per unit of Process S.',
    `${CALIBRATED} (ADO-01…03, Porkka-Heiskanen et al. 2000)`,
  ),
  // source: Porkka-Heiskanen et al. 2000, Neuroscience 99:507 (15–20 % lower in sleep)
  advanced(
    'adenosineSleepDrop',
    'Adenosine drop in sleep',
    '',
    [0.15, 0, 0.5, 0.01],
    'Fractional fall of extracellular adenosine during sleep relative to wake at the same S.',
    'Porkka-Heiskanen et al. 2000, Neuroscience 99:507',
  ),
  // source: design choice; minutes-scale extracellular kinetics
  advanced(
    'adenosineTau_h',
    'Adenosine time constant',
    'h',
    [0.5, 0.05, 4, 0.05],
    'Time constant with which extracellular adenosine follows its target.',
    'Design choice',
  ),
  // source: Phillips, Klerman & Butler 2017, PLoS Comput Biol 13:e1005759 (days-scale receptor adaptation)
  advanced(
    'a1AdaptationTau_d',
    'A1 receptor adaptation',
    'days',
    [3, 0.5, 20, 0.1],
    'Time constant of A1 receptor up-regulation (sleep debt, caffeine tolerance).',
    'Phillips, Klerman & Butler 2017, PLoS Comput Biol 13:e1005759; Elmenhorst et al. 2017, PNAS 114:4243',
  ),
  // source: calibrated: ADO-04 direction
  advanced(
    'a1AdenosineGain',
    'A1 up-regulation by adenosine',
    '',
    [0.3, 0, 2, 0.01],
    'Relative A1 receptor up-regulation per unit of adenosine excess.',
    `${CALIBRATED} (ADO-04)`,
  ),
  // source: design choice; calibrated CAF-04, CAF-06 and Drake et al. 2013 (TST −41 min after 400 mg 6 h before bed)
  advanced(
    'a1ShareOfDrive',
    'A1 share of sleep drive',
    '',
    [0.2, 0, 1, 0.01],
    'Share of the homeostatic sleep drive that passes through A1 receptor signalling (what caffeine can block).',
    `${CALIBRATED} (CAF-04, CAF-06) and to Drake et al. 2013, J Clin Sleep Med 9:1195 (400 mg 6 h before bed: TST −41 min); Landolt 2008, Biochem Pharmacol 75:2070`,
  ),
  // ── caffeine ────────────────────────────────────────────────────────────
  // source: IOM 2001 (t½ ≈ 5 h)
  advanced(
    'caffeineHalfLife_h',
    'Caffeine half-life',
    'h',
    [5, 1.5, 10, 0.1],
    'Elimination half-life of caffeine.',
    'Institute of Medicine 2001, Caffeine for the Sustainment of Mental Task Performance, ch. 2',
  ),
  // source: Blanchard & Sawers 1983 (T_max ≈ 30 min) ⇒ k_a ≈ 8 h⁻¹ with t½ = 5 h (derived here)
  advanced(
    'caffeineAbsorption_perH',
    'Caffeine absorption',
    '/h',
    [8, 1, 30, 0.1],
    'First-order absorption rate of oral caffeine.',
    'Blanchard & Sawers 1983, Eur J Clin Pharmacol 24:93 (T_max ≈ 30 min)',
  ),
  // source: IOM 2001 (clearance 0.078 L/h/kg) ⇒ V = CL·t½/ln2 ≈ 0.56 L/kg
  advanced(
    'caffeineVolume_LPerKg',
    'Caffeine volume of distribution',
    'L/kg',
    [0.56, 0.3, 1.2, 0.01],
    'Apparent volume of distribution of caffeine.',
    'Institute of Medicine 2001 (clearance 0.078 L/h/kg)',
  ),
  // source: caffeine A1 affinity ≈ 10–40 µmol/L [R] (Fredholm et al. 1999, Pharmacol Rev 51:83)
  advanced(
    'caffeineKi_mgPerL',
    'Caffeine A1 inhibition constant',
    'mg/L',
    [4, 0.5, 20, 0.1],
    'Plasma caffeine that blocks half of A1 signalling (4 mg/L ≈ 20 µmol/L).',
    'Fredholm et al. 1999, Pharmacol Rev 51:83 [R]; calibrated CAF-04',
  ),
  // source: reference body mass
  advanced(
    'bodyMass_kg',
    'Body mass',
    'kg',
    [70, 40, 150, 1],
    'Body mass, for caffeine concentration and blood alcohol.',
    'Reference adult',
  ),
  // ── alcohol ─────────────────────────────────────────────────────────────
  // source: Widmark; peak BAC 30–60 min after drinking [R]
  advanced(
    'alcoholAbsorption_perH',
    'Alcohol absorption',
    '/h',
    [3, 0.5, 20, 0.1],
    'First-order absorption of ingested alcohol.',
    'Widmark 1932; Jones 2010 (peak 30–60 min) [R]',
  ),
  // source: zero-order elimination ≈ 0.15 g/L/h (0.015 % BAC per hour) [R]
  advanced(
    'alcoholElimination_gPerLPerH',
    'Alcohol elimination',
    'g/L/h',
    [0.15, 0.05, 0.4, 0.01],
    'Zero-order elimination of blood alcohol.',
    'Jones 2010, Forensic Sci Int 200:1 [R]',
  ),
  // source: Widmark factor r ≈ 0.68 L/kg (men), 0.55 (women) [R]
  advanced(
    'alcoholWidmarkR_LPerKg',
    'Widmark factor (men)',
    'L/kg',
    [0.68, 0.4, 0.9, 0.01],
    'Distribution volume of alcohol in men; women use 0.81 × this.',
    'Widmark 1932 [R]',
  ),
  // source: Ebrahim et al. 2013 (shorter latency, more SWS in the first half, REM suppressed early, disruption later)
  advanced(
    'alcoholSedation',
    'Alcohol sedation',
    '/(g/L)',
    [1.5, 0, 5, 0.05],
    'Relative increase of the sleep-onset hazard and of the SWA ceiling per g/L blood alcohol.',
    'Ebrahim, Shapiro, Williams & Fenwick 2013, Alcohol Clin Exp Res 37:539 (directions); gains calibrated',
  ),
  // source: Ebrahim et al. 2013 (REM suppressed in the first half of the night)
  advanced(
    'alcoholRemSuppression',
    'Alcohol REM suppression',
    '/(g/L)',
    [1.2, 0, 5, 0.05],
    'Relative slowing of REM pressure build-up per g/L blood alcohol.',
    'Ebrahim et al. 2013 (direction); gain calibrated',
  ),
  // source: Ebrahim et al. 2013 (second-half sleep disruption)
  advanced(
    'alcoholRebound',
    'Alcohol rebound arousal',
    '/(g/L/h)',
    [8, 0, 30, 0.5],
    'Relative increase of brief awakenings per g/L/h of recent alcohol elimination (second-half disruption).',
    'Ebrahim et al. 2013 (direction); gain calibrated',
  ),
  // ── age ─────────────────────────────────────────────────────────────────
  // source: Van Cauter et al. 2000 JAMA (SWS falls from young adulthood to midlife, then plateaus)
  advanced(
    'ageSwaDeclinePerDecade',
    'SWA decline per decade',
    '',
    [0.09, 0, 0.3, 0.01],
    'Relative fall of the SWA ceiling per decade above 25 y, until 55 y (no further SWS loss after midlife).',
    'Van Cauter, Leproult & Plat 2000, JAMA 284:861; calibrated',
  ),
  // source: Boulos et al. 2019 (WASO +9.7 min per decade); Van Cauter 2000 (+28 min/decade in late life)
  advanced(
    'ageAwakeningPerDecade',
    'Awakening increase per decade',
    '',
    [0.2, 0, 1, 0.01],
    'Relative increase of brief-awakening rate (and half of it in duration) per decade above 25 y; the decades count faster after 50 y (late-life acceleration).',
    'Boulos et al. 2019, Lancet Respir Med 7:533; calibrated AGE-02/03',
  ),
  // source: Floyd et al. 2007 (REM % −0.6 per decade)
  advanced(
    'ageRemDeclinePerDecade',
    'REM decline per decade',
    '',
    [0, 0, 0.2, 0.005],
    'Relative shortening of REM episodes per decade above 25 y; 0 by default, as REM % already falls too fast with age through earlier waking (AGE-04).',
    'Floyd, Janisse, Jenuwine & Ager 2007, Sleep 30:829; calibrated AGE-04',
  ),
] as const;
