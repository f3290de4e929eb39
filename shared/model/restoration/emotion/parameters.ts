/**
 * Constants of the emotional module: the amygdala's sensitisation in wake, its depotentiation in
 * REM sleep under a noradrenaline gate, and the glucocorticoid term. A citation of '' marks a
 * design choice of this model ([P] in docs/MODEL-restoration.md). Each of the four is the
 * strength of one coupling into the module (index.ts): 0 removes it.
 */
import { advanced, defineParameters, type ValuesOf } from '../../parameterSpec';

export const EMOTION_PARAMETERS = defineParameters([
  // ── emotion ───────────────────────────────────────────────────────────────
  // source: calibrated (EMO-01): the rate that puts the morning after a night awake ≈ 60 % above
  // the rested morning (Yoo et al. 2007, Curr Biol 17:R877, as reported by its authors); the
  // proportionality to Process S is a design choice (reactivity rises with time awake).
  advanced({
    id: 'emotionSensitisation_perH',
    label: 'Amygdala sensitisation in wake',
    unit: '1/h per unit S',
    default: 0.04,
    min: 0,
    max: 0.5,
    step: 0.005,
    description:
      'Rise of amygdala reactivity per hour awake, per unit of Process S (0 removes the sensitisation by time awake).',
    citation: 'Calibrated in this model against EMO-01; Yoo, Gujar, Hu, Jolesz & Walker 2007, Curr Biol 17:R877',
    readBy: 'restoration',
  }),
  // source: design choice of size; the REM-sleep depotentiation itself from van der Helm et al.
  // 2011 (overnight decrease of amygdala reactivity in the sleep group, tied to REM physiology)
  // and Walker & van der Helm 2009 ("sleep to forget, sleep to remember").
  advanced({
    id: 'emotionRemDepotentiation_perH',
    label: 'Amygdala depotentiation in REM',
    unit: '1/h',
    default: 1,
    min: 0,
    max: 5,
    step: 0.05,
    description:
      'Rate at which REM sleep with silent locus coeruleus removes the day’s amygdala sensitisation (0 removes the REM depotentiation).',
    citation:
      'Van der Helm et al. 2011, Curr Biol 21:2029; Walker & van der Helm 2009, Psychol Bull 135:731 (the rate is a design choice)',
    readBy: 'restoration',
  }),
  // source: van der Helm et al. 2011 (lower REM gamma, an index of low adrenergic tone, predicts
  // the overnight decrease); Walker & van der Helm 2009. The linear gate is a design choice.
  advanced({
    id: 'emotionNoradrenalineGate',
    label: 'Noradrenaline gate on REM depotentiation',
    unit: 'per unit NE',
    default: 1,
    min: 0,
    max: 2,
    step: 0.05,
    description:
      'How much locus-coeruleus noradrenaline blocks REM depotentiation: efficacy max(0, 1 − gate·NE) (0: NE does not matter; 2: NE at half its waking level blocks it).',
    citation:
      'Van der Helm et al. 2011, Curr Biol 21:2029; Walker & van der Helm 2009, Psychol Bull 135:731 (the linear gate is a design choice)',
    readBy: 'restoration',
  }),
  // source: hypothesis. Glucocorticoids sensitise the basolateral amygdala in rats (Mitra &
  // Sapolsky 2008, PNAS 105:5573: one dose of corticosterone → BLA dendritic hypertrophy and
  // anxiety); in humans hydrocortisone acutely desensitised the amygdala (Henckens et al. 2010,
  // J Neurosci 30:12725). The size is a design choice: +10 % sensitisation per 100 nmol/L.
  advanced({
    id: 'emotionCortisolGain_per100nmolPerL',
    label: 'Cortisol sensitisation of the amygdala',
    unit: 'per 100 nmol/L',
    default: 0.1,
    min: 0,
    max: 1,
    step: 0.01,
    description:
      'Relative rise of the waking sensitisation rate per 100 nmol/L plasma cortisol (a hypothesis; 0 removes it).',
    citation:
      'Mitra & Sapolsky 2008, PNAS 105:5573 (rats, a hypothesis in humans); Henckens et al. 2010, J Neurosci 30:12725 (contrary human data: hydrocortisone acutely desensitised the amygdala, the size here is a design choice)',
    readBy: 'restoration',
  }),
]);

export type EmotionParameters = ValuesOf<typeof EMOTION_PARAMETERS>;
