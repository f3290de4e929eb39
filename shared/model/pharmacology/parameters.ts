/**
 * Constants of caffeine and alcohol: pharmacokinetics and their actions on sleep (the switch and
 * the ultradian cycle read the alcohol gains; the outcome reads plasma caffeine and alcohol from the core, not these constants).
 */
import { CALIBRATED, advanced, defineParameters, type ValuesOf } from '../parameterSpec';

export const PHARMACOLOGY_PARAMETERS = defineParameters([
  // ── caffeine ──────────────────────────────────────────────────────────────
  // source: IOM 2001 (t½ ≈ 5 h)
  advanced({
    id: 'caffeineHalfLife_h',
    label: 'Caffeine half-life',
    unit: 'h',
    default: 5,
    min: 1.5,
    max: 10,
    step: 0.1,
    description: 'Elimination half-life of caffeine.',
    citation: 'Institute of Medicine 2001, Caffeine for the Sustainment of Mental Task Performance, ch. 2',
    readBy: 'core',
  }),
  // source: Blanchard & Sawers 1983 (T_max ≈ 30 min) ⇒ k_a ≈ 8 h⁻¹ with t½ = 5 h (derived here)
  advanced({
    id: 'caffeineAbsorption_perH',
    label: 'Caffeine absorption',
    unit: '/h',
    default: 8,
    min: 1,
    max: 30,
    step: 0.1,
    description: 'First-order absorption rate of oral caffeine.',
    citation: 'Blanchard & Sawers 1983, Eur J Clin Pharmacol 24:93 (T_max ≈ 30 min)',
    readBy: 'core',
  }),
  // source: IOM 2001 (clearance 0.078 L/h/kg) ⇒ V = CL·t½/ln2 ≈ 0.56 L/kg
  advanced({
    id: 'caffeineVolume_LPerKg',
    label: 'Caffeine volume of distribution',
    unit: 'L/kg',
    default: 0.56,
    min: 0.3,
    max: 1.2,
    step: 0.01,
    description: 'Apparent volume of distribution of caffeine.',
    citation: 'Institute of Medicine 2001 (clearance 0.078 L/h/kg)',
    readBy: 'core',
  }),
  // source: caffeine A1 affinity ≈ 10–40 µmol/L [R] (Fredholm et al. 1999, Pharmacol Rev 51:83)
  advanced({
    id: 'caffeineKi_mgPerL',
    label: 'Caffeine A1 inhibition constant',
    unit: 'mg/L',
    default: 4,
    min: 0.5,
    max: 20,
    step: 0.1,
    description: 'Plasma caffeine that blocks half of A1 signalling (4 mg/L ≈ 20 µmol/L).',
    citation: 'Fredholm et al. 1999, Pharmacol Rev 51:83 [R]; calibrated CAF-04',
    readBy: 'core',
  }),
  // ── caffeine's channels on sleep (each with its own magnitude) ────────────
  // The A1 block b = C/(C + K_i) acts on sleep through three channels, each with the share of
  // the block not yet compensated by receptor up-regulation (Homeostat.caffeineDeficit), so a
  // habitual user shows no change (CAF-06). Gardiner et al. 2023 (Sleep Med Rev 69:101764):
  // most of the sleep lost to caffeine is maintenance (WASO +12 min, N1 +6.1 min, N3 −11.4 min),
  // not latency (+9 min).
  // source: supported — latency rises modestly (Gardiner et al. 2023: SOL +9 min, pooled);
  // share calibrated on CAFSL-03 with 200 mg 6 h before bed.
  advanced({
    id: 'caffeineOnsetShare',
    label: 'Caffeine on sleep onset',
    unit: '',
    default: 0.06,
    min: 0,
    max: 1,
    step: 0.005,
    description:
      'Share of the sleep–wake switch drive that an uncompensated caffeine block removes (latency and final-wake channel).',
    citation: `${CALIBRATED} (CAFSL-03); Gardiner et al. 2023, Sleep Med Rev 69:101764 (SOL +9 min)`,
    readBy: 'core',
  }),
  // source: supported — caffeine raises wake, stage 1 and arousals in sleep (Clark & Landolt
  // 2017, Sleep Med Rev 31:70); gain calibrated on CAFSL-04 (WASO +12 min, Gardiner et al. 2023).
  advanced({
    id: 'caffeineAwakeningGain',
    label: 'Caffeine on awakenings',
    unit: '/block',
    default: 2.3,
    min: 0,
    max: 10,
    step: 0.05,
    description:
      'Relative increase of brief awakenings per unit of uncompensated A1 block (sleep maintenance channel).',
    citation: `${CALIBRATED} (CAFSL-04); Clark & Landolt 2017, Sleep Med Rev 31:70 (direction)`,
    readBy: 'core',
  }),
  // source: established direction — caffeine lowers NREM SWA (Landolt et al. 1995, Brain Res
  // 675:67; Landolt et al. 2004) and N3 (Gardiner et al. 2023: −11.4 min); share calibrated on CAFSL-06.
  advanced({
    id: 'caffeineSwaShare',
    label: 'Caffeine on slow waves',
    unit: '',
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.01,
    description: 'Share of the SWA ceiling that an uncompensated caffeine block removes (slow-wave channel).',
    citation: `${CALIBRATED} (CAFSL-06); Landolt et al. 1995, Brain Res 675:67; Gardiner et al. 2023 (N3 −11.4 min)`,
    readBy: 'core',
  }),
  // source: reference body mass
  advanced({
    id: 'bodyMass_kg',
    label: 'Body mass',
    unit: 'kg',
    default: 70,
    min: 40,
    max: 150,
    step: 1,
    description: 'Body mass, for caffeine concentration, blood alcohol and the plasma level of a melatonin dose.',
    citation: 'Reference adult',
    readBy: 'core',
  }),
  // ── alcohol ───────────────────────────────────────────────────────────────
  // source: Widmark; peak BAC 30–60 min after drinking [R]
  advanced({
    id: 'alcoholAbsorption_perH',
    label: 'Alcohol absorption',
    unit: '/h',
    default: 3,
    min: 0.5,
    max: 20,
    step: 0.1,
    description: 'First-order absorption of ingested alcohol.',
    citation: 'Widmark 1932; Jones 2010 (peak 30–60 min) [R]',
    readBy: 'core',
  }),
  // source: zero-order elimination ≈ 0.15 g/L/h (0.015 % BAC per hour) [R]
  advanced({
    id: 'alcoholElimination_gPerLPerH',
    label: 'Alcohol elimination',
    unit: 'g/L/h',
    default: 0.15,
    min: 0.05,
    max: 0.4,
    step: 0.01,
    description: 'Zero-order elimination of blood alcohol.',
    citation: 'Jones 2010, Forensic Sci Int 200:1 [R]',
    readBy: 'core',
  }),
  // source: Widmark factor r ≈ 0.68 L/kg (men), 0.55 (women) [R]
  advanced({
    id: 'alcoholWidmarkR_LPerKg',
    label: 'Widmark factor (men)',
    unit: 'L/kg',
    default: 0.68,
    min: 0.4,
    max: 0.9,
    step: 0.01,
    description: 'Distribution volume of alcohol in men; women use 0.81 × this.',
    citation: 'Widmark 1932 [R]',
    readBy: 'core',
  }),
  // source: Ebrahim et al. 2013 (shorter latency, more SWS in the first half, REM suppressed early, disruption later)
  advanced({
    id: 'alcoholSedation',
    label: 'Alcohol sedation',
    unit: '/(g/L)',
    default: 1.5,
    min: 0,
    max: 5,
    step: 0.05,
    description: 'Relative increase of the sleep-onset hazard and of the SWA ceiling per g/L blood alcohol.',
    citation: 'Ebrahim, Shapiro, Williams & Fenwick 2013, Alcohol Clin Exp Res 37:539 (directions); gains calibrated',
    readBy: 'core',
  }),
  // source: Ebrahim et al. 2013 (REM suppressed in the first half of the night)
  advanced({
    id: 'alcoholRemSuppression',
    label: 'Alcohol REM suppression',
    unit: '/(g/L)',
    default: 1.2,
    min: 0,
    max: 5,
    step: 0.05,
    description: 'Relative slowing of REM pressure build-up per g/L blood alcohol.',
    citation: 'Ebrahim et al. 2013 (direction); gain calibrated',
    readBy: 'core',
  }),
  // source: Ebrahim et al. 2013 (second-half sleep disruption)
  advanced({
    id: 'alcoholRebound',
    label: 'Alcohol rebound arousal',
    unit: '/(g/L/h)',
    default: 8,
    min: 0,
    max: 30,
    step: 0.5,
    description:
      'Relative increase of brief awakenings per g/L/h of recent alcohol elimination (second-half disruption).',
    citation: 'Ebrahim et al. 2013 (direction); gain calibrated',
    readBy: 'core',
  }),
]);

export type PharmacologyParameters = ValuesOf<typeof PHARMACOLOGY_PARAMETERS>;
