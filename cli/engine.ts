/** The app's own engine behind the CLI's Engine interface: same code as the worker, same bytes. */
import { MODEL_INFO, simulateNight } from '../shared/model/engine';
import { SERIES } from '../shared/model/series';
import type { Engine } from './io';

export function loadEngine(): Engine {
  return { info: MODEL_INFO, series: SERIES, simulateNight };
}
