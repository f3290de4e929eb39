/**
 * Emotional processing: reads this range's cortisol (the cortisol module) and noradrenaline (the
 * neurotransmitters), so it is stepped after both.
 * The module as the engine sees it (../module.ts): its declarations and how it is stepped.
 */
import { defineRestorationModule } from '../module';
import { defineCouplings } from '../../couplingSpec';
import { EMOTION_PARAMETERS } from './parameters';
import { Emotion, type EmotionInputs } from './emotion';

export const emotion = defineRestorationModule({
  id: 'emotion',
  node: {
    label: 'Emotional processing',
    kind: 'restoration',
    description:
      'Amygdala reactivity: sensitised by time awake, depotentiated by REM sleep while noradrenaline is low.',
  },
  couplings: defineCouplings([
    {
      id: 'timeAwakeSensitisesAmygdala',
      from: 'homeostat',
      to: 'emotion',
      label: 'Time awake sensitises the amygdala',
      description:
        'In wake, amygdala reactivity rises at a rate proportional to Process S: the longer awake, the faster (emotion/emotion.ts).',
      strength: 'emotionSensitisation_perH',
      evidence: 'supported',
      sources: 'Yoo, Gujar, Hu, Jolesz & Walker 2007, Curr Biol 17:R877',
      knockout: { metric: 'amygdalaReactivity_pct', direction: 'down', minChange: 5 },
    },
    {
      id: 'remDepotentiatesAmygdala',
      from: 'sleepWake',
      to: 'emotion',
      label: 'REM sleep depotentiates the amygdala',
      description:
        'In REM, the day’s amygdala sensitisation decays exponentially: more REM, lower reactivity next morning (emotion/emotion.ts).',
      strength: 'emotionRemDepotentiation_perH',
      evidence: 'supported',
      sources:
        'van der Helm, Yao, Dutt, Rao, Saletin & Walker 2011, Curr Biol 21:2029; Walker & van der Helm 2009, Psychol Bull 135:731; Rosales-Lagarde et al. 2012, Front Behav Neurosci 6:25',
      knockout: { metric: 'amygdalaReactivity_pct', direction: 'up', minChange: 5 },
    },
    {
      id: 'noradrenalineGatesDepotentiation',
      from: 'neurotransmitters',
      to: 'emotion',
      label: 'Noradrenaline blocks REM depotentiation',
      description:
        'REM depotentiation works at efficacy 1 − gate·NE: while locus-coeruleus noradrenaline is still high (the first minutes of a REM bout, as NE falls from its NREM level) it depotentiates less (emotion/emotion.ts).',
      strength: 'emotionNoradrenalineGate',
      evidence: 'supported',
      sources:
        'van der Helm, Yao, Dutt, Rao, Saletin & Walker 2011, Curr Biol 21:2029; Walker & van der Helm 2009, Psychol Bull 135:731',
      // NE in REM falls to ≈ 0.02 within minutes, so the gate costs ≈ 1 % of the morning's
      // reactivity on the baseline night (99.2 % without it): a small effect, stated as such.
      knockout: { metric: 'amygdalaReactivity_pct', direction: 'down', minChange: 0.5 },
    },
    {
      id: 'cortisolSensitisesAmygdala',
      from: 'cortisol',
      to: 'emotion',
      label: 'Cortisol sensitises the amygdala',
      description:
        'The waking sensitisation rate rises with plasma cortisol: the raised cortisol of a night awake adds to the next morning’s reactivity (emotion/emotion.ts).',
      strength: 'emotionCortisolGain_per100nmolPerL',
      evidence: 'hypothesis',
      sources:
        'Mitra & Sapolsky 2008, PNAS 105:5573, rats; contrary human data: Henckens et al. 2010, J Neurosci 30:12725; Leproult et al. 1997, Sleep 20:865 for cortisol after sleep loss',
      knockout: { metric: 'amygdalaReactivity_pct', direction: 'down', scenario: 'one-night-awake', minChange: 5 },
    },
  ]),
  parameters: EMOTION_PARAMETERS,
  series: [
    {
      id: 'amygdalaReactivity',
      label: 'Amygdala reactivity',
      unit: 'rel.',
      panel: 'emotion',
      description:
        'Amygdala response to a negative stimulus, 1 = fully depotentiated; rises in wake, falls in REM sleep.',
    },
  ],
  writes: [],
  reads: ['noradrenaline', 'cortisol'],
  init: (core, p: EmotionInputs) => new Emotion(core, p),
  step: (s, from, to, t) => s.run(from, to, t.cortisol, t.noradrenaline),
  output: (s) => ({
    amygdalaReactivity: s.amygdala,
  }),
});
