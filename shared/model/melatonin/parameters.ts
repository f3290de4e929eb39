/**
 * Constants of melatonin: pineal synthesis window, plasma kinetics, light suppression, the DLMO
 * threshold (read only by the core metrics), and melatonin's sleep propensity (sleepPropensity.ts).
 */
import { CALIBRATED, advanced, defineParameters } from '../parameterSpec';

export const MELATONIN_PARAMETERS = defineParameters([
  // ── melatonin ─────────────────────────────────────────────────────────────
  // source: Breslow et al. 2013 synthesis window, re-expressed in hours of circadian time; calibrated CIRC-07, MEL-04
  advanced({
    id: 'melatoninOnset_h',
    label: 'Melatonin synthesis on',
    unit: 'h before CBTmin',
    default: 7.2,
    min: 3,
    max: 12,
    step: 0.1,
    description: 'Circadian time before the CBT minimum at which pineal synthesis switches on.',
    citation: `${CALIBRATED} (CIRC-07, MEL-04); window after Breslow et al. 2013, J Biol Rhythms 28:68`,
    readBy: 'core',
  }),
  // source: Breslow 2013 window; calibrated MEL-04
  advanced({
    id: 'melatoninOffset_h',
    label: 'Melatonin synthesis off',
    unit: 'h after CBTmin',
    default: 1.6,
    min: -2,
    max: 6,
    step: 0.1,
    description: 'Circadian time after the CBT minimum at which pineal synthesis switches off.',
    citation: `${CALIBRATED} (MEL-04); window after Breslow et al. 2013`,
    readBy: 'core',
  }),
  // source: Breslow et al. 2013 (β_IP = 0.000783 s⁻¹ = 2.82 h⁻¹)
  advanced({
    id: 'melatoninRelease_perH',
    label: 'Pineal → plasma rate',
    unit: '/h',
    default: 2.82,
    min: 0.1,
    max: 10,
    step: 0.01,
    description: 'Rate of transfer of melatonin from the pineal to plasma.',
    citation: 'Breslow et al. 2013, J Biol Rhythms 28:68',
    readBy: 'core',
  }),
  // source: Breslow et al. 2013 (β_CP = 0.000335 s⁻¹ = 1.21 h⁻¹)
  advanced({
    id: 'melatoninClearance_perH',
    label: 'Plasma clearance',
    unit: '/h',
    default: 1.21,
    min: 0.1,
    max: 10,
    step: 0.01,
    description: 'Clearance rate of plasma melatonin.',
    citation: 'Breslow et al. 2013, J Biol Rhythms 28:68',
    readBy: 'core',
  }),
  // source: Abeysuriya et al. 2018 plasma peak ≈ 75 pg/mL (ρ_b* = 325 pmol/L)
  advanced({
    id: 'melatoninPeak_pgPerMl',
    label: 'Melatonin peak scale',
    unit: 'pg/mL',
    default: 70,
    min: 10,
    max: 200,
    step: 1,
    description: 'Plasma melatonin plateau of an unsuppressed night (sets the synthesis rate).',
    citation: 'Abeysuriya et al. 2018 (≈75 pg/mL) [V-code, unvalidated]',
    readBy: 'core',
  }),
  // source: Zeitzer et al. 2000, J Physiol 526:695 (half-maximal suppression ≈ 100 lux)
  advanced({
    id: 'melatoninSuppressionEd50_lux',
    label: 'Melatonin suppression ED50',
    unit: 'lux',
    default: 106,
    min: 5,
    max: 1000,
    step: 1,
    description: 'Light intensity that halves pineal melatonin synthesis.',
    citation: 'Zeitzer et al. 2000, J Physiol 526:695 (ED50 106 lux [R])',
    readBy: 'core',
  }),
  // source: Zeitzer et al. 2000 logistic dose–response; slope [R]
  advanced({
    id: 'melatoninSuppressionHill',
    label: 'Melatonin suppression slope',
    unit: '',
    default: 1.6,
    min: 0.5,
    max: 5,
    step: 0.1,
    description: 'Hill exponent of the light suppression of melatonin synthesis.',
    citation: 'Zeitzer et al. 2000 (logistic in log lux) [R]',
    readBy: 'core',
  }),
  // source: Zeitzer et al. 2000, J Physiol 526:695 — the logistic dose–response of suppression
  // runs to full suppression at high illuminance; established (Lewy et al. 1980, Science 210:1267).
  // Its gain is the strength of the light → melatonin coupling (couplings.ts); 1 is the model as
  // it was, 0 removes masking by light.
  advanced({
    id: 'melatoninLightSuppression',
    label: 'Melatonin suppression by light',
    unit: '',
    default: 1,
    min: 0,
    max: 1,
    step: 0.01,
    description:
      'Largest share of pineal melatonin synthesis that light at the retina suppresses (at saturating light; half of it at the ED50). 0 switches the light → melatonin coupling off.',
    citation: 'Zeitzer et al. 2000, J Physiol 526:695; Lewy et al. 1980, Science 210:1267 [R]',
    readBy: 'core',
  }),
  // ── melatonin → sleep propensity (sleepPropensity.ts) ─────────────────────
  // source: design choice near the nocturnal plasma peak (≈ 60–120 pg/mL): MT1/MT2 receptors bind
  // melatonin with sub-nanomolar affinity (Dubocovich & Markowska 2005, Endocrine 27:101 [R]), so
  // night-time levels already occupy much of them, and oral doses add little at night and much in
  // the day: exogenous melatonin is hypnotic chiefly when endogenous levels are low (Tzischinsky &
  // Lavie 1994, Sleep 17:638 [R]; the daytime effects of Zhdanova et al. 1995, Clin Pharmacol Ther
  // 57:552). The plasma-level half-saturation is not measured: a design choice.
  advanced({
    id: 'melatoninSleepHalfSat_pgPerMl',
    label: 'Melatonin sleep-effect half-saturation',
    unit: 'pg/mL',
    default: 60,
    min: 1,
    max: 5000,
    step: 1,
    description:
      'Plasma melatonin (endogenous + oral) at which its receptor occupancy, and so its sleep-promoting effect, is half its maximum.',
    citation:
      'Design choice near the nocturnal peak; receptor affinity Dubocovich & Markowska 2005, Endocrine 27:101 [R]; hypnotic mainly when endogenous levels are low, Tzischinsky & Lavie 1994, Sleep 17:638 [R]',
    readBy: 'core',
  }),
  // source: established direction and size — a bedtime dose shortens sleep onset by minutes and
  // lengthens sleep a little: SOL −7.06 min (95 % CI 4.37–9.75), TST +8.25 min (1.74–14.75) in 19
  // trials of primary sleep disorders (Ferracioli-Oda, Qawasmi & Bloch 2013, PLoS One 8:e63773);
  // SOL −3.9 min (2.5–5.4), TST +13.7 min (3.1–24.3), SE +3.1 % in 15 studies of healthy people
  // or insomnia (Brzezinski et al. 2005, Sleep Med Rev 9:41). Calibrated on MEL-SOL-01.
  advanced({
    id: 'melatoninHypnoticGain',
    label: 'Oral melatonin promotes sleep',
    unit: 'S',
    default: 0.02,
    min: 0,
    max: 0.2,
    step: 0.001,
    description:
      'How far both sleep–wake thresholds fall (S) when an oral dose raises melatonin receptor occupancy from the endogenous level to saturation: a bedtime dose shortens sleep onset by a few minutes. 0 switches the oral melatonin → sleep coupling off.',
    citation: `${CALIBRATED} (MEL-SOL-01); Ferracioli-Oda, Qawasmi & Bloch 2013, PLoS One 8:e63773; Brzezinski et al. 2005, Sleep Med Rev 9:41`,
    readBy: 'core',
  }),
  // source: hypothesis — the evening melatonin rise opens the "sleep gate" (Lavie 1997, Sleep 20:
  // 1049 [R]; Shochat, Luboshitzky & Lavie 1997, Am J Physiol 273:R364 [R]: the gate follows the
  // melatonin onset); MT1 receptors inhibit SCN firing (Liu et al. 1997, Neuron 19:91); doses
  // raising plasma to the nocturnal range shorten sleep onset (Zhdanova et al. 1995, Clin
  // Pharmacol Ther 57:552; 1996, Sleep 19:423); replacing melatonin suppressed by beta-blockers
  // improves sleep (Scheer et al. 2012, Sleep 35:1395: TST +36 min, SOL to N2 −14 min); but
  // physiological infusions in the day did not make people sleepy (Gilbert et al. 1999, Am J
  // Physiol 276:E1167 [R]). Size a design choice: small, so the baseline night moves by about a
  // minute of sleep onset (measured in sleepPropensity.test.ts).
  advanced({
    id: 'melatoninSleepGateGain',
    label: 'Endogenous melatonin opens the sleep gate',
    unit: 'S',
    default: 0.004,
    min: 0,
    max: 0.2,
    step: 0.001,
    description:
      'How far both sleep–wake thresholds fall (S) at full receptor occupancy by the body’s own (light-masked) melatonin: the evening rise makes sleep a little easier to start and keep. Hypothesis; 0 switches the endogenous melatonin → sleep coupling off.',
    citation:
      'Hypothesis, size a design choice; Lavie 1997, Sleep 20:1049 [R]; Zhdanova et al. 1996, Sleep 19:423; Scheer et al. 2012, Sleep 35:1395; Liu et al. 1997, Neuron 19:91',
    readBy: 'core',
  }),
  // source: common plasma DLMO threshold 10 pg/mL (Lewy & Sack 1989) [R]
  advanced({
    id: 'dlmoThreshold_pgPerMl',
    label: 'DLMO threshold',
    unit: 'pg/mL',
    default: 10,
    min: 1,
    max: 50,
    step: 0.5,
    description: 'Plasma melatonin level whose evening crossing defines DLMO.',
    citation: 'Lewy & Sack 1989, Chronobiol Int 6:93 [R]; Benloucif et al. 2008',
    readBy: 'metrics',
  }),
]);
