import { EPOCHS_PER_HOUR, STAGE_CODE, type SimulationResult } from '../../model/result';

/**
 * A synthetic 3-day result from slot hour 0 (the midnight of day 0) to 72: asleep `bed` to
 * `bed + 8` every day (clock hours), 500 lux 07:00–19:00, 50 lux in the evening, dark asleep; a
 * pacemaker phase 0 (CBTmin) at 05:00 and dim-light melatonin rising through 4 pg/mL at 21:00.
 */
export function threeDays(bed = 23): SimulationResult {
  const epochs = 72 * EPOCHS_PER_HOUR;
  const stage = new Uint8Array(epochs);
  const light = new Float32Array(epochs);
  const phase = new Float32Array(epochs);
  const mel = new Float32Array(epochs);
  for (let i = 0; i < epochs; i++) {
    const t = i / EPOCHS_PER_HOUR;
    const clock = t % 24;
    const asleep = (((clock - bed) % 24) + 24) % 24 < 8;
    stage[i] = asleep ? STAGE_CODE.N2 : STAGE_CODE.W;
    light[i] = asleep ? 0 : clock >= 7 && clock < 19 ? 500 : 50;
    phase[i] = ((((clock - 5) % 24) + 24) % 24) * ((2 * Math.PI) / 24);
    mel[i] = clock >= 21 || clock < 7 ? 10 : 0;
  }
  return {
    model: { name: 'test', version: '0' },
    start_h: -23,
    epochs,
    focalLightsOff_clock_h: 23,
    focalTimeInBed_h: 8,
    stage,
    series: { light, circadianPhase: phase, melatoninUnmasked: mel },
    metrics: {},
  };
}
