/**
 * The metrics of a night: ids, units and meaning are a contract with files, the CLI and users.
 * Declared once here; tables, CSV columns and validation read this list (the catalogue
 * re-exports it). Over 400 lines because it is one list of declarations: split by module it would
 * scatter a contract that readers (and the metric tables) take in this order.
 */

export type MetricGroup = 'sleep' | 'homeostasis' | 'circadian' | 'endocrine' | 'restoration' | 'outcome';

/** Which way is better, for colouring differences; 'neutral' where neither is. */
export type MetricDirection = 'higher' | 'lower' | 'neutral';

export interface MetricInfo {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly group: MetricGroup;
  readonly direction: MetricDirection;
  /** A clock time on the focal slot's 12–36 scale (always wrapped into it): Δ in hours, no Δ%. */
  readonly clock?: boolean;
  readonly description: string;
}

const defineMetrics = <const T extends readonly MetricInfo[]>(list: T): T => list;

/**
 * The parts of the readiness score (weights in docs/MODEL-restoration.md). Each is a score ≥ 0 on
 * which 100 means what its description says; the parts measured against the reference night (the
 * default baseline night, seed 1) are not capped there, so a better night scores above 100.
 */
export const READINESS_PARTS = [
  'alertness',
  'sleepQuantity',
  'sleepQuality',
  'circadianAlignment',
  'recovery',
] as const;

export const METRICS = defineMetrics([
  // ── sleep (AASM scoring on 30-s epochs) ─────────────────────────────────
  {
    id: 'sleepOnsetLatency_min',
    label: 'Sleep onset latency',
    unit: 'min',
    group: 'sleep',
    direction: 'lower',
    description: 'Lights-off to the first epoch of any sleep stage.',
  },
  {
    id: 'totalSleepTime_min',
    label: 'Total sleep time',
    unit: 'min',
    group: 'sleep',
    direction: 'higher',
    description: 'Minutes scored N1, N2, N3 or R during time in bed.',
  },
  {
    id: 'sleepEfficiency_pct',
    label: 'Sleep efficiency',
    unit: '%',
    group: 'sleep',
    direction: 'higher',
    description: 'Total sleep time / time in bed.',
  },
  {
    id: 'waso_min',
    label: 'Wake after sleep onset',
    unit: 'min',
    group: 'sleep',
    direction: 'lower',
    description: 'Wake between sleep onset and the final awakening.',
  },
  {
    id: 'n1_pct',
    label: 'N1',
    unit: '% TST',
    group: 'sleep',
    direction: 'neutral',
    description: 'Share of total sleep time in N1.',
  },
  {
    id: 'n2_pct',
    label: 'N2',
    unit: '% TST',
    group: 'sleep',
    direction: 'neutral',
    description: 'Share of total sleep time in N2.',
  },
  {
    id: 'n3_pct',
    label: 'N3',
    unit: '% TST',
    group: 'sleep',
    direction: 'higher',
    description: 'Share of total sleep time in N3 (slow-wave sleep).',
  },
  {
    id: 'rem_pct',
    label: 'REM',
    unit: '% TST',
    group: 'sleep',
    direction: 'neutral',
    description: 'Share of total sleep time in REM.',
  },
  {
    id: 'remLatency_min',
    label: 'REM latency',
    unit: 'min',
    group: 'sleep',
    direction: 'neutral',
    description: 'Sleep onset to the first REM epoch.',
  },
  {
    id: 'cycleCount',
    label: 'Sleep cycles',
    unit: 'cycles',
    group: 'sleep',
    direction: 'neutral',
    description: 'NREM–REM cycles (a NREM episode followed by REM, or ended by the final awakening).',
  },
  {
    id: 'meanCycleLength_min',
    label: 'Mean cycle length',
    unit: 'min',
    group: 'sleep',
    direction: 'neutral',
    description: 'Mean duration of complete NREM–REM cycles.',
  },
  {
    id: 'swaFirstCycle',
    label: 'SWA, first NREM episode',
    unit: 'rel.',
    group: 'sleep',
    direction: 'higher',
    description: 'Mean slow-wave activity of the first NREM episode (default baseline = 1).',
  },
  {
    id: 'swaDecayRatio',
    label: 'SWA decay (episode 2 / 1)',
    unit: 'ratio',
    group: 'sleep',
    direction: 'neutral',
    description: 'Mean SWA of NREM episode 2 divided by episode 1.',
  },
  {
    id: 'n3FirstHalfShare',
    label: 'N3 in first half',
    unit: '0–1',
    group: 'sleep',
    direction: 'neutral',
    description: 'Share of N3 minutes in the first half of the sleep period (sleep onset to final awakening).',
  },
  // ── homeostasis ─────────────────────────────────────────────────────────
  {
    id: 'sleepPressureAtBedtime',
    label: 'Sleep pressure at bedtime',
    unit: 'S (0–1)',
    group: 'homeostasis',
    direction: 'neutral',
    description: 'Process S at the focal lights-off (two-process scale).',
  },
  {
    id: 'sleepPressureAtWake',
    label: 'Sleep pressure at wake',
    unit: 'S (0–1)',
    group: 'homeostasis',
    direction: 'lower',
    description: 'Process S at the final awakening.',
  },
  {
    id: 'adenosineChange_pct',
    label: 'Adenosine change overnight',
    unit: '%',
    group: 'homeostasis',
    direction: 'lower',
    description: 'Change of extracellular adenosine from bedtime to wake.',
  },
  // ── circadian ───────────────────────────────────────────────────────────
  {
    id: 'dlmo_clock_h',
    label: 'DLMO',
    unit: 'clock h',
    group: 'circadian',
    direction: 'neutral',
    clock: true,
    description:
      'Dim-light melatonin onset before the focal lights-off: evening crossing of the threshold by the unmasked (dim-light) melatonin curve.',
  },
  {
    id: 'cbtMin_clock_h',
    label: 'CBT minimum',
    unit: 'clock h',
    group: 'circadian',
    direction: 'neutral',
    clock: true,
    description: 'Core body temperature minimum after the focal lights-off.',
  },
  {
    id: 'melatoninPeak_clock_h',
    label: 'Melatonin peak',
    unit: 'clock h',
    group: 'circadian',
    direction: 'neutral',
    clock: true,
    description: 'Time of peak dim-light (unmasked) plasma melatonin after the focal lights-off.',
  },
  {
    id: 'melatoninDuration_h',
    label: 'Melatonin duration',
    unit: 'h',
    group: 'circadian',
    direction: 'neutral',
    description: 'Hours the dim-light (unmasked) melatonin stays above half of its peak over the focal night.',
  },
  {
    id: 'melatoninSuppression_pct',
    label: 'Evening melatonin suppression',
    unit: '%',
    group: 'circadian',
    direction: 'lower',
    description:
      'Share of the dim-light plasma melatonin of the 2 h before the focal lights-off that light suppressed (masked against unmasked curve; an oral dose is not counted).',
  },
  // ── endocrine ───────────────────────────────────────────────────────────
  {
    id: 'ghSleepFraction_pct',
    label: 'GH in early sleep',
    unit: '%',
    group: 'endocrine',
    direction: 'higher',
    description:
      'Share of the GH secreted in the 24 h centred on sleep onset that falls in the first 4 h after sleep onset.',
  },
  {
    id: 'ghPeakAfterSleepOnset_min',
    label: 'GH peak after sleep onset',
    unit: 'min',
    group: 'endocrine',
    direction: 'neutral',
    description: 'Minutes from sleep onset to the largest GH concentration.',
  },
  {
    id: 'ghTotal',
    label: 'GH total',
    unit: 'µg·h/L',
    group: 'endocrine',
    direction: 'higher',
    description:
      'Integrated plasma GH (area under the curve) from lights-off to lights-on; ≈ 20–30 µg·h/L for the default young man.',
  },
  {
    id: 'cortisolNadir_clock_h',
    label: 'Cortisol nadir',
    unit: 'clock h',
    group: 'endocrine',
    direction: 'neutral',
    clock: true,
    description: 'Time of the lowest cortisol in the 24 h after the focal lights-off.',
  },
  {
    id: 'cortisolAwakeningRise_pct',
    label: 'Cortisol awakening rise',
    unit: '%',
    group: 'endocrine',
    direction: 'neutral',
    description: 'Rise of cortisol in the 30 min after the final awakening.',
  },
  {
    id: 'cortisolNextEvening',
    label: 'Cortisol next evening',
    unit: 'nmol/L',
    group: 'endocrine',
    direction: 'lower',
    description: 'Mean plasma cortisol 18:00–23:00 the day after.',
  },
  {
    id: 'tshNight',
    label: 'TSH at night',
    unit: 'mU/L',
    group: 'endocrine',
    direction: 'neutral',
    description: 'Mean plasma TSH from lights-off to lights-on (young adults asleep ≈ 1.3 mU/L).',
  },
  {
    id: 't3Change_pct',
    label: 'T3 change overnight',
    unit: '%',
    group: 'endocrine',
    direction: 'neutral',
    description:
      'Change of free T3 from lights-off to the morning test (2 h after wake): small after sleep, a rise after a night awake (TSH unchecked by sleep).',
  },
  {
    id: 'testosteroneNextDay',
    label: 'Testosterone next day',
    unit: 'nmol/L',
    group: 'endocrine',
    direction: 'higher',
    description:
      'Mean total testosterone over the waking day after (wake + 1 h to wake + 15 h), at the person’s own level (young men ≈ 15–17, women ≈ 1 nmol/L).',
  },
  {
    id: 'estradiolNextDay',
    label: 'Estradiol next day',
    unit: 'pmol/L',
    group: 'endocrine',
    direction: 'neutral',
    description:
      'Mean estradiol over the waking day after: a woman’s follows her menstrual-cycle day; constant in men and after menopause.',
  },
  {
    id: 'progesteroneNextDay',
    label: 'Progesterone next day',
    unit: 'nmol/L',
    group: 'endocrine',
    direction: 'neutral',
    description:
      'Mean progesterone over the waking day after: low in the follicular phase, peaking mid-luteal; constant in men and after menopause.',
  },
  // ── restoration ─────────────────────────────────────────────────────────
  {
    id: 'synapticStrengthChange_pct',
    label: 'Synaptic strength change',
    unit: '%',
    group: 'restoration',
    direction: 'lower',
    description: 'Net synaptic strength from bedtime to wake; negative = downscaling.',
  },
  {
    id: 'isfVolumeFraction_wake',
    label: 'ISF volume, wake',
    unit: 'fraction',
    group: 'restoration',
    direction: 'neutral',
    description: 'Interstitial volume fraction in the wake before the focal night.',
  },
  {
    id: 'isfVolumeFraction_sleep',
    label: 'ISF volume, sleep',
    unit: 'fraction',
    group: 'restoration',
    direction: 'higher',
    description: 'Interstitial volume fraction during focal NREM sleep.',
  },
  {
    id: 'clearanceSleepToWakeRatio',
    label: 'Clearance sleep / wake',
    unit: 'ratio',
    group: 'restoration',
    direction: 'higher',
    description: 'Glymphatic clearance rate in focal sleep relative to the preceding wake.',
  },
  {
    id: 'abetaOvernightChange_pct',
    label: 'Amyloid-β overnight change',
    unit: '%',
    group: 'restoration',
    direction: 'lower',
    description: 'Change of interstitial amyloid-β from bedtime to wake.',
  },
  {
    id: 'tauOvernightChange_pct',
    label: 'Tau overnight change',
    unit: '%',
    group: 'restoration',
    direction: 'lower',
    description: 'Change of interstitial tau from bedtime to wake.',
  },
  {
    id: 'memoryConsolidation',
    label: 'Memory consolidation',
    unit: '0–1',
    group: 'restoration',
    direction: 'higher',
    description:
      "Share of the day's learning (encoded in the 16 h before lights-off) moved to the stable store by coupled SO–spindle events by the morning test, 2 h after wake; none when nothing was learnt (learningLoad 0).",
  },
  {
    id: 'memoryRetained_pct',
    label: 'Memory retained',
    unit: '%',
    group: 'restoration',
    direction: 'higher',
    description:
      "Retained share of the day's learning (encoded in the 16 h before lights-off) at the morning test, 2 h after wake: labile trace still remembered plus consolidated trace; none when nothing was learnt.",
  },
  {
    id: 'spindleDensity_perMin',
    label: 'Spindle density',
    unit: '1/min',
    group: 'restoration',
    direction: 'higher',
    description: 'Mean sleep spindles per minute of N2 and N3 in the focal night.',
  },
  {
    id: 'soSpindleCoupling_pct',
    label: 'SO–spindle coupling',
    unit: '%',
    group: 'restoration',
    direction: 'higher',
    description: 'Share of the focal night’s N2/N3 spindles nested in slow-oscillation up-states.',
  },
  {
    id: 'localSwaIncrease_pct',
    label: 'Local SWA rise after learning',
    unit: '%',
    group: 'restoration',
    direction: 'neutral',
    description:
      'SWA over the trained cortex in the first 30 min of NREM after sleep onset, against the model’s own no-learning level (the global SWA it equals at learningLoad 0).',
  },
  {
    id: 'neurotransmitterBalance_pct',
    label: 'Neurotransmitter balance',
    unit: '%',
    group: 'restoration',
    direction: 'higher',
    description:
      'Receptor homeostasis at the morning test: 100 × (1 − mean departure from rest of D2/D3 availability, 5-HT2A binding and the LC reserve); 100 = fully restored.',
  },
  {
    id: 'learningCapacity_pct',
    label: 'Learning capacity',
    unit: '%',
    group: 'restoration',
    direction: 'higher',
    description:
      'Synaptic head-room for new learning at the morning test, against the reference night’s (100 = as much as after the default baseline night).',
  },
  {
    id: 'energyRestored_pct',
    label: 'Brain energy at the test',
    unit: '%',
    group: 'restoration',
    direction: 'higher',
    description:
      'Brain energy store (ATP and glycogen, one relative store) at the morning test, 2 h after wake, as % of the reference night’s (default baseline, seed 1); a night awake leaves it ≈ 40% lower.',
  },
  {
    id: 'repairIndex_pct',
    label: 'Overnight repair',
    unit: '%',
    group: 'restoration',
    direction: 'higher',
    description:
      'Repair need met from lights-off to lights-on (GH- and testosterone-driven anabolic repair, a hypothesis) as % of the reference night’s; a recovery night can exceed 100.',
  },
  // ── outcome, 2 h after wake ─────────────────────────────────────────────
  {
    id: 'pvtLapsesNextMorning',
    label: 'PVT lapses',
    unit: 'lapses',
    group: 'outcome',
    direction: 'lower',
    description: '10-min PVT lapses (> 500 ms), 2 h after wake.',
  },
  {
    id: 'kssNextMorning',
    label: 'Sleepiness (KSS)',
    unit: '1–9',
    group: 'outcome',
    direction: 'lower',
    description: 'Karolinska Sleepiness Scale, 2 h after wake.',
  },
  {
    id: 'mentalAcuity',
    label: 'Mental acuity',
    unit: 'score',
    group: 'outcome',
    direction: 'higher',
    description:
      'Attention, speed and working memory, 2 h after wake; 100 = rested attention, the synaptic headroom and the brain energy store of the reference night (default baseline, seed 1); more scores above 100.',
  },
  {
    id: 'emotionalResilience',
    label: 'Emotional resilience',
    unit: 'score',
    group: 'outcome',
    direction: 'higher',
    description:
      'Emotional regulation, 2 h after wake: 100 × the amygdala reactivity of the reference night (default baseline, seed 1) ÷ this night’s; a night that leaves less reactivity scores above 100.',
  },
  {
    id: 'amygdalaReactivity_pct',
    label: 'Amygdala reactivity',
    unit: '% of rested',
    group: 'outcome',
    direction: 'lower',
    description:
      'Amygdala response to negative stimuli 2 h after wake, % of the reference night’s (default baseline, seed 1): raised by time awake, lowered by REM sleep.',
  },
  {
    id: 'readinessScore',
    label: 'Readiness',
    unit: 'score',
    group: 'outcome',
    direction: 'higher',
    description:
      'Weighted composite of the readiness parts; 100 = every part at 100. A night better than the reference night can score above 100.',
  },
  {
    id: 'readiness_alertness',
    label: 'Readiness: alertness',
    unit: 'score',
    group: 'outcome',
    direction: 'higher',
    description:
      'Homeostatic and circadian alertness at test time; 100 = PVT lapses at the rested level (the lapse model does not go below it), 37 = 8 lapses more.',
  },
  {
    id: 'readiness_sleepQuantity',
    label: 'Readiness: sleep quantity',
    unit: 'score',
    group: 'outcome',
    direction: 'higher',
    description: 'Total sleep against need; 100 = the 8.16-h need met (sleep beyond it does not score higher).',
  },
  {
    id: 'readiness_sleepQuality',
    label: 'Readiness: sleep quality',
    unit: 'score',
    group: 'outcome',
    direction: 'higher',
    description:
      'Continuity and slow-wave sleep; 100 = all sleep recuperative and as much SWA as the reference night (default baseline, seed 1); more SWA scores above 100.',
  },
  {
    id: 'readiness_circadianAlignment',
    label: 'Readiness: circadian alignment',
    unit: 'score',
    group: 'outcome',
    direction: 'higher',
    description:
      'Sleep placed at the right circadian phase; 100 = mid-sleep 2 h before the CBT minimum, 0 = 12 h away.',
  },
  {
    id: 'readiness_recovery',
    label: 'Readiness: recovery',
    unit: 'score',
    group: 'outcome',
    direction: 'higher',
    description:
      'Synaptic, glymphatic and anabolic (GH- and testosterone-driven repair) restoration; 100 = as much of each as the reference night (default baseline, seed 1); a night that restores more scores above 100.',
  },
] as const);

export type MetricId = (typeof METRICS)[number]['id'];
export type MetricUnit = (typeof METRICS)[number]['unit'];

/**
 * Below this size (in the unit's own terms) a difference between two nights counts as no change,
 * neither better nor worse: the Δ every table, card and report colours (compare.ts `metricDelta`).
 * Declared per unit, so a metric with a new unit does not compile until it has one. Why these
 * sizes: one epoch is 0.5 min, so a minute is two epochs' scoring; a percentage or score point
 * below one half is under what the screen rounds a value of tens to; the small scales (0–1,
 * ratios, S) at a hundredth of their range or finer; lapses and KSS at a tenth of one.
 */
export const NO_CHANGE_BELOW: Readonly<Record<MetricUnit, number>> = {
  min: 1,
  '%': 0.5,
  '% TST': 0.5,
  '% of rested': 0.5,
  score: 0.5,
  lapses: 0.1,
  '1–9': 0.1,
  cycles: 0.5,
  'clock h': 0.05,
  h: 0.05,
  'S (0–1)': 0.005,
  '0–1': 0.005,
  fraction: 0.001,
  ratio: 0.01,
  'rel.': 0.01,
  '1/min': 0.01,
  'mU/L': 0.01,
  'nmol/L': 0.1,
  'pmol/L': 1,
  'µg·h/L': 0.1,
};

/** The no-change threshold of a metric (0 for a unit not declared here: any difference counts). */
export function noChangeBelow(metric: Pick<MetricInfo, 'unit'>): number {
  return (NO_CHANGE_BELOW as Readonly<Record<string, number>>)[metric.unit] ?? 0;
}
export type Metrics = { readonly [K in MetricId]: number | null };

const BY_ID: ReadonlyMap<string, MetricInfo> = new Map(METRICS.map((m) => [m.id, m]));

export function metricInfo(id: string): MetricInfo | undefined {
  return BY_ID.get(id);
}

export function isMetricId(id: string): id is MetricId {
  return BY_ID.has(id);
}
