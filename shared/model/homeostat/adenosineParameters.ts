/**
 * Constants of the homeostat's adenosine and A1 receptor read-out (Homeostat.updateAdenosine,
 * switchDrive). A list of their own, apart from HOMEOSTAT_PARAMETERS, because PARAMETERS (the
 * order of the sliders and of the docs table) places them after the melatonin constants.
 */
import { CALIBRATED, advanced, defineParameters, type ValuesOf } from '../parameterSpec';

export const ADENOSINE_PARAMETERS = defineParameters([
  // ── adenosine and A1 receptors ────────────────────────────────────────────
  // source: calibrated to ADO-02 direction (Porkka-Heiskanen 1997/2000)
  advanced({
    id: 'adenosineGain',
    label: 'Adenosine gain on S',
    unit: '',
    default: 1.6,
    min: 0,
    max: 5,
    step: 0.05,
    description: 'Relative change of extracellular adenosine per unit of Process S.',
    citation: `${CALIBRATED} (ADO-01…03, Porkka-Heiskanen et al. 2000)`,
    readBy: 'core',
  }),
  // source: Porkka-Heiskanen et al. 2000, Neuroscience 99:507 (15–20 % lower in sleep)
  advanced({
    id: 'adenosineSleepDrop',
    label: 'Adenosine drop in sleep',
    unit: '',
    default: 0.15,
    min: 0,
    max: 0.5,
    step: 0.01,
    description: 'Fractional fall of extracellular adenosine during sleep relative to wake at the same S.',
    citation: 'Porkka-Heiskanen et al. 2000, Neuroscience 99:507',
    readBy: 'core',
  }),
  // source: design choice; minutes-scale extracellular kinetics
  advanced({
    id: 'adenosineTau_h',
    label: 'Adenosine time constant',
    unit: 'h',
    default: 0.5,
    min: 0.05,
    max: 4,
    step: 0.05,
    description: 'Time constant with which extracellular adenosine follows its target.',
    citation: 'Design choice',
    readBy: 'core',
  }),
  // source: Phillips, Klerman & Butler 2017, PLoS Comput Biol 13:e1005759 (days-scale receptor adaptation)
  advanced({
    id: 'a1AdaptationTau_d',
    label: 'A1 receptor adaptation',
    unit: 'days',
    default: 3,
    min: 0.5,
    max: 20,
    step: 0.1,
    description: 'Time constant of A1 receptor up-regulation (sleep debt, caffeine tolerance).',
    citation: 'Phillips, Klerman & Butler 2017, PLoS Comput Biol 13:e1005759; Elmenhorst et al. 2017, PNAS 114:4243',
    readBy: 'core',
  }),
  // source: calibrated: ADO-04 direction
  advanced({
    id: 'a1AdenosineGain',
    label: 'A1 up-regulation by adenosine',
    unit: '',
    default: 0.3,
    min: 0,
    max: 2,
    step: 0.01,
    description: 'Relative A1 receptor up-regulation per unit of adenosine excess.',
    citation: `${CALIBRATED} (ADO-04)`,
    readBy: 'core',
  }),
  // source: design choice; calibrated CAF-04, CAF-06 and Drake et al. 2013 while caffeine acted on
  // sleep through it. Since issue 13 caffeine reaches the sleep switch with its own share
  // (caffeineOnsetShare), and this share carries the receptor debt in the core and caffeine's
  // alerting in the restoration.
  advanced({
    id: 'a1ShareOfDrive',
    label: 'A1 share of sleep drive',
    unit: '',
    default: 0.2,
    min: 0,
    max: 1,
    step: 0.01,
    description:
      'Share of the homeostatic sleep drive that passes through A1 receptor signalling: what receptor up-regulation by sleep debt amplifies (caffeine acts on the sleep switch through caffeineOnsetShare).',
    citation: `${CALIBRATED} (CAF-04, CAF-06) and to Drake et al. 2013, J Clin Sleep Med 9:1195 before the caffeine channels of issue 13; Landolt 2008, Biochem Pharmacol 75:2070`,
    readBy: 'core',
  }),
]);

export type AdenosineParameters = ValuesOf<typeof ADENOSINE_PARAMETERS>;
