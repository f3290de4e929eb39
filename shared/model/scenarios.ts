/**
 * Scenario presets: named sets of parameter values, each with why it exists and where the
 * protocol comes from. A night's parameters are the defaults, then its scenario's values, then
 * its own overrides.
 */
import {
  DEFAULT_VALUES,
  checkParameterValue,
  type ParameterId,
  type ParameterOverrides,
  type ParameterValues,
} from './parameters';

export interface Scenario {
  readonly id: string;
  readonly label: string;
  readonly rationale: string;
  readonly source: string;
  readonly values: ParameterOverrides;
}

const defineScenarios = <const T extends readonly Scenario[]>(list: T): T => list;

export const SCENARIOS = defineScenarios([
  {
    id: 'baseline',
    label: 'Baseline night',
    rationale: 'An entrained young adult sleeping 23:00–07:00 after an ordinary day.',
    source: 'Skeldon et al. 2023, PLoS Comput Biol (entrained baseline)',
    values: {},
  },
  {
    id: 'one-night-awake',
    label: 'One night awake',
    rationale: 'Total sleep deprivation for one night; the day after is spent awake.',
    source: 'Dawson & Reid 1997, Nature 388:235; Lucey et al. 2018, Ann Neurol 83:197',
    values: { timeInBed_h: 0 },
  },
  {
    id: 'recovery-after-deprivation',
    label: 'Recovery after a night awake',
    rationale: 'The first recovery night after one night of total sleep deprivation.',
    source: 'Borbély et al. 1981, Electroencephalogr Clin Neurophysiol 51:483',
    values: { priorNights: 1, priorTimeInBed_h: 0 },
  },
  {
    id: 'chronic-restriction',
    label: 'Chronic restriction (5 h)',
    rationale: 'A week of 5-h nights by late bedtimes, then one more 5-h night.',
    source: 'Leproult & Van Cauter 2011, JAMA 305:2173; Van Dongen et al. 2003, Sleep 26:117',
    values: { priorNights: 7, priorBedtime: 0.5, priorTimeInBed_h: 5, bedtime: 0.5, timeInBed_h: 5 },
  },
  {
    id: 'late-sleeper',
    label: 'Late sleeper',
    rationale: 'A habitual 00:30 bedtime; the clock entrains later.',
    source: 'Sletten et al. 2010 (early vs late sleep timing)',
    values: { habitualBedtime: 0.5, priorBedtime: 0.5, bedtime: 0.5 },
  },
  {
    id: 'night-shift-day-sleep',
    label: 'Night shift, day sleep',
    rationale: 'Sleep from 08:00 after a night awake at work, against the circadian clock.',
    source: 'Weitzman et al. 1983; Federenko et al. 2004, Psychoneuroendocrinology 29:174',
    values: { bedtime: 8, timeInBed_h: 8 },
  },
  {
    id: 'evening-screen-light',
    label: 'Evening screen light',
    rationale: 'Brighter room and screen light for four hours before bed delays the clock.',
    source: 'Gooley et al. 2011, J Clin Endocrinol Metab 96:E463; Chang et al. 2015, PNAS 112:1232',
    values: { eveningLight_lux: 300, eveningLightHours: 4 },
  },
  {
    id: 'light-at-night',
    label: 'Light at night',
    rationale: 'A dim light left on in the bedroom all night, after ordinary dark nights.',
    source: 'Cho et al. 2016, Chronobiol Int 33:1346',
    values: { nightLight_lux: 40 },
  },
  {
    id: 'evening-caffeine',
    label: 'Evening caffeine',
    rationale: 'A strong coffee (200 mg) four hours before bed.',
    source: 'Drake et al. 2013, J Clin Sleep Med 9:1195; Landolt et al. 1995',
    values: { caffeine_mg: 200, caffeineHoursBeforeBed: 4 },
  },
  {
    id: 'alcohol-nightcap',
    label: 'Alcohol nightcap',
    rationale: 'A moderate dose of alcohol an hour before bed.',
    source: 'Ebrahim et al. 2013, Alcohol Clin Exp Res 37:539',
    values: { alcohol_gPerKg: 0.6, alcoholHoursBeforeBed: 1 },
  },
  {
    id: 'fragmented-sleep',
    label: 'Fragmented sleep',
    rationale: 'Twenty imposed arousals an hour, as in moderate sleep apnea.',
    source: 'Bonnet 1989, Sleep 12:485',
    values: { arousalsPerHour: 20 },
  },
  {
    id: 'slow-wave-disruption',
    label: 'Slow-wave disruption',
    rationale: 'Acoustic tones that suppress most slow waves without waking the sleeper.',
    source: 'Ju et al. 2017, Brain 140:2104',
    values: { swsSuppression: 0.7 },
  },
  {
    id: 'older-adult',
    label: 'Older adult (65)',
    rationale: 'Less slow-wave sleep, more wake after sleep onset, an earlier clock.',
    source: 'Ohayon et al. 2004, Sleep 27:1255; Boulos et al. 2019, Lancet Respir Med 7:533',
    values: { age: 65 },
  },
  {
    id: 'intense-learning-day',
    label: 'Intense learning day',
    rationale: 'A day of heavy learning potentiates more synapses, to be downscaled at night.',
    source: 'Huber et al. 2004, Nature 430:78; Tononi & Cirelli 2014, Neuron 81:12',
    values: { learningLoad: 1.8 },
  },
] as const);

export type ScenarioId = (typeof SCENARIOS)[number]['id'];

export const DEFAULT_SCENARIO: ScenarioId = 'baseline';

const BY_ID: ReadonlyMap<string, Scenario> = new Map(SCENARIOS.map((s) => [s.id, s]));

export function scenarioById(id: string): Scenario | undefined {
  return BY_ID.get(id);
}

export function isScenarioId(id: string): id is ScenarioId {
  return BY_ID.has(id);
}

export class ParameterError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'ParameterError';
  }
}

/**
 * Defaults, then the scenario's values, then the overrides. Throws a ParameterError naming the
 * first field that is unknown or out of range.
 */
export function resolveParameters(scenarioId: string, overrides: ParameterOverrides = {}): ParameterValues {
  const scenario = BY_ID.get(scenarioId);
  if (!scenario) {
    throw new ParameterError(
      `unknown scenario "${scenarioId}"; known: ${SCENARIOS.map((s) => s.id).join(', ')}`,
      'scenario',
    );
  }
  const merged: Record<string, number | string> = { ...DEFAULT_VALUES, ...scenario.values };
  for (const [id, value] of Object.entries(overrides)) {
    const problem = checkParameterValue(id, value);
    if (problem) throw new ParameterError(problem, `params.${id}`);
    merged[id] = value as number | string;
  }
  return Object.freeze(merged) as ParameterValues;
}

/** The overrides that differ from a scenario's values (what a file keeps). */
export function overridesAgainst(scenarioId: string, values: ParameterValues): ParameterOverrides {
  const base = resolveParameters(scenarioId);
  const out: Record<string, number | string> = {};
  for (const id of Object.keys(values) as ParameterId[]) {
    if (values[id] !== base[id]) out[id] = values[id];
  }
  return out;
}
