/**
 * Constants of the anabolic repair state (a hypothesis of this model, built to be tested). A
 * citation starting "Design choice" marks a choice of this model ([P] in
 * docs/MODEL-restoration.md).
 */
import { advanced, defineParameters, type ValuesOf } from '../../parameterSpec';

export const REPAIR_PARAMETERS = defineParameters([
  // ── repair ────────────────────────────────────────────────────────────────
  // source: design choice, the unit of repair need: one waking day (16 h) adds 1.
  advanced({
    id: 'repairWearRate_perH',
    label: 'Repair need accrued in wake',
    unit: '1/h',
    default: 0.0625,
    min: 0,
    max: 0.5,
    step: 0.0025,
    description: 'Repair need (wear) accrued per hour awake; 1/16 makes a 16-h day the unit of need.',
    citation: 'Design choice: the unit of repair need is one 16-h waking day',
    readBy: 'restoration',
  }),
  // source: design choice: the GH secretion rate that counts as 1, ≈ the reference night's mean
  // rate from lights-off to lights-on (≈ 60 µg/L over 8 h).
  advanced({
    id: 'repairGhReference_ugPerLPerH',
    label: 'Reference GH secretion',
    unit: 'µg/L/h',
    default: 7.5,
    min: 0.5,
    max: 50,
    step: 0.5,
    description: 'GH secretion rate at which the GH-driven repair runs at its rate constant.',
    citation: 'Design choice: ≈ the mean overnight GH secretion rate of the reference night in this model',
    readBy: 'restoration',
  }),
  // source: design choice, sized so the reference night repairs ≈ 70% of a day's need, most of it
  // with the sleep-onset GH pulse.
  advanced({
    id: 'repairGhRate_perH',
    label: 'GH-driven repair rate',
    unit: '1/h',
    default: 0.15,
    min: 0,
    max: 2,
    step: 0.01,
    description: 'Fraction of the repair need met per hour at the reference GH secretion rate.',
    citation:
      'Design choice; GH anabolic actions and the slow-wave-linked pulse: Van Cauter, Leproult & Plat 2000, JAMA 284:861; Takahashi, Kipnis & Daughaday 1968, J Clin Invest 47:2079',
    readBy: 'restoration',
  }),
  // source: design choice, a smaller share of repair from testosterone at the person's own level.
  advanced({
    id: 'repairTestosteroneRate_perH',
    label: 'Testosterone-driven repair rate',
    unit: '1/h',
    default: 0.03,
    min: 0,
    max: 0.5,
    step: 0.005,
    description:
      "Fraction of the repair need met per hour with testosterone at the person's own waking level (scaled by T / T_wake).",
    citation:
      'Design choice; testosterone is anabolic, dose-dependently: Bhasin et al. 2001, Am J Physiol Endocrinol Metab 281:E1172; with GH: Giannoulis et al. 2006, J Clin Endocrinol Metab 91:477',
    readBy: 'restoration',
  }),
  // source: strength of the coupling GH → repair (hypothesis), 0 removes it.
  advanced({
    id: 'repairGhGain',
    label: 'GH drive of repair (coupling strength)',
    unit: '×',
    default: 1,
    min: 0,
    max: 3,
    step: 0.05,
    description: 'Scales the GH-driven repair; 0 removes the coupling growth hormone → repair.',
    citation: 'Hypothesis of this model; Van Cauter, Leproult & Plat 2000, JAMA 284:861',
    readBy: 'restoration',
  }),
  // source: strength of the coupling testosterone → repair (hypothesis), 0 removes it.
  advanced({
    id: 'repairTestosteroneGain',
    label: 'Testosterone drive of repair (coupling strength)',
    unit: '×',
    default: 1,
    min: 0,
    max: 3,
    step: 0.05,
    description: 'Scales the testosterone-driven repair; 0 removes the coupling testosterone → repair.',
    citation: 'Hypothesis of this model; Bhasin et al. 2001, Am J Physiol Endocrinol Metab 281:E1172',
    readBy: 'restoration',
  }),
]);

export type RepairParameters = ValuesOf<typeof REPAIR_PARAMETERS>;
