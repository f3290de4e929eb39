/**
 * Guided experiments for a class: each sets up the two nights, asks the student to predict which
 * way one metric moves from A to B, and only then shows the model's answer, the chart that shows
 * it, and two or three sentences on why, with the source. The answer is never written here: it is
 * read from the two simulated nights when the student reveals it (`verdict`), so a lesson stays
 * true when the model changes, and a lesson whose setup stops moving its metric says "about the
 * same" rather than a stored claim.
 */
import type { MetricId } from '../model/metrics';
import type { PanelId } from '../model/panels';
import type { ParameterOverrides } from '../model/parameters';
import type { ProtocolEvent } from '../model/protocolEvents';
import type { ScenarioId } from '../model/scenarios';

export interface LessonNight {
  readonly label: string;
  readonly scenario: ScenarioId;
  readonly params: ParameterOverrides;
  readonly events: readonly ProtocolEvent[];
}

export type Prediction = 'lower' | 'same' | 'higher';
export const PREDICTIONS: readonly Prediction[] = ['lower', 'same', 'higher'];

export interface Lesson {
  readonly id: string;
  readonly title: string;
  /** The question, as a student would ask it. */
  readonly question: string;
  readonly nights: { readonly a: LessonNight; readonly b: LessonNight };
  /** The metric whose change from A to B the student predicts. */
  readonly metric: MetricId;
  /** |B − A| at or below this, in the metric's unit, counts as "about the same". */
  readonly sameWithin: number;
  /** The chart that shows the answer. */
  readonly panel: PanelId;
  /** Two or three sentences on why, shown after the reveal. */
  readonly explanation: string;
  readonly sources: readonly string[];
  /**
   * The direction the sources report. Never shown as the answer (the lab shows the model's); the
   * lesson test checks the model agrees, since an explanation the model contradicts would mislead.
   */
  readonly literature: Prediction;
}

const night = (
  label: string,
  scenario: ScenarioId,
  params: ParameterOverrides = {},
  events: readonly ProtocolEvent[] = [],
): LessonNight => ({ label, scenario, params, events });

export const LESSONS: readonly Lesson[] = [
  {
    id: 'night-awake',
    title: 'What does one night awake do?',
    question:
      'Night B stays awake all night and is tested the next morning. Compared with an ordinary night (A), how many lapses of attention will B have on the next morning’s 10-minute PVT?',
    nights: { a: night('Ordinary night', 'baseline'), b: night('One night awake', 'one-night-awake') },
    metric: 'pvtLapsesNextMorning',
    sameWithin: 1,
    panel: 'outcome',
    explanation:
      'Sleep pressure (Process S) keeps rising through a night awake, and the morning’s circadian drive cannot offset it, so attention fails in brief lapses. After about 24 h awake, performance is as impaired as after a blood-alcohol level of about 0.10 %.',
    sources: ['Dawson & Reid 1997, Nature 388:235', 'Van Dongen et al. 2003, Sleep 26:117'],
    literature: 'higher',
  },
  {
    id: 'recovery-sleep',
    title: 'How does sleep pay back a night awake?',
    question:
      'Night B is the first night of sleep after a night awake. Compared with an ordinary night (A), how much slow-wave activity will B have in its first sleep cycle?',
    nights: { a: night('Ordinary night', 'baseline'), b: night('Recovery night', 'recovery-after-deprivation') },
    metric: 'swaFirstCycle',
    sameWithin: 0.05,
    panel: 'swa',
    explanation:
      'Slow-wave activity reflects the sleep pressure built up while awake: after a longer time awake, the first cycle’s deep sleep is deeper, and it then decays faster through the night. This rebound is what the two-process model was built to explain.',
    sources: [
      'Borbély et al. 1981, Electroencephalogr Clin Neurophysiol 51:483',
      'Dijk, Brunner & Borbély 1990, Am J Physiol 258:R650',
    ],
    literature: 'higher',
  },
  {
    id: 'afternoon-coffee',
    title: 'Why does coffee at 16:00 matter?',
    question:
      'Night B has a strong coffee (200 mg caffeine) at 16:00, seven hours before going to bed at 23:00. Compared with the same night without it (A), how much slow-wave activity (deep sleep) will B have in its first sleep cycle?',
    nights: {
      a: night('No coffee', 'baseline'),
      b: night('Coffee at 16:00', 'baseline', {}, [{ kind: 'caffeine', at: 16, day: 0, mg: 200 }]),
    },
    metric: 'swaFirstCycle',
    sameWithin: 0.05,
    panel: 'swa',
    explanation:
      'Caffeine blocks adenosine receptors, hiding part of the sleep pressure. Its half-life is about five hours, so more than a third of an afternoon coffee is still in the blood at bedtime: you may fall asleep as usual, yet the first cycle’s slow waves are shallower. Caffeine even six hours before bed cut objectively measured sleep.',
    sources: ['Drake et al. 2013, J Clin Sleep Med 9:1195', 'Landolt et al. 1995, Neuropsychopharmacology 12:229'],
    literature: 'lower',
  },
  {
    id: 'teenagers',
    title: 'Why do teenagers sleep late?',
    question:
      'Night B has two things of a teenager’s evening: sleep pressure that builds more slowly (as it does in mature adolescents) and four hours of bright screen light before bed. Going to bed at 23:00 like A, how long will B take to fall asleep? (The model is of adults, 18 and over: B is an adult with these two traits.)',
    nights: {
      a: night('Adult evening', 'baseline'),
      b: night('Teen-like evening', 'baseline', { sTauWake_h: 22, eveningLight_lux: 300, eveningLightHours: 4 }),
    },
    metric: 'sleepOnsetLatency_min',
    sameWithin: 2,
    panel: 'hypnogram',
    explanation:
      'Across puberty, sleep pressure builds more slowly during the day, so a teenager is less sleepy at the usual bedtime; evening light delays the circadian clock and suppresses melatonin. Together they push sleep later, while school still starts early: a “perfect storm” of short sleep.',
    sources: ['Jenni, Achermann & Carskadon 2005, Sleep 28:1446', 'Carskadon 2011, Pediatr Clin North Am 58:637'],
    literature: 'higher',
  },
];

const BY_ID: ReadonlyMap<string, Lesson> = new Map(LESSONS.map((l) => [l.id, l]));

export function lessonById(id: string): Lesson | undefined {
  return BY_ID.get(id);
}

/** Which way the metric moved from A to B, "same" within the lesson's tolerance; null if either is undefined. */
export function verdict(lesson: Lesson, a: number | null, b: number | null): Prediction | null {
  if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  const delta = b - a;
  if (Math.abs(delta) <= lesson.sameWithin) return 'same';
  return delta > 0 ? 'higher' : 'lower';
}
