/**
 * The circadian fit's synthetic cases, shared by its tests and the CLI's: a baseline protocol
 * (10-day run-in), optionally with three days in dim light (5 lux from 07:00 to 23:00, days −3 to
 * −1), its light written as a light log and read back, and DLMOs of a full engine run at known
 * values with seeded noise, written as a DLMO file and read back.
 */
import { compileProtocol } from '../../model/protocol';
import type { ProtocolEvent } from '../../model/protocolEvents';
import { resolveParameters } from '../../model/scenarios';
import { importDlmo, type DlmoSet } from '../../report/import/dlmo';
import { importLightLog } from '../../report/import/lightLog';
import { CircadianModel, type CircadianValues } from '../circadianModel';
import { lightProtocol } from '../lightProtocol';
import { syntheticDlmoText, syntheticLightLogText } from './syntheticCircadian';

export const CIRCADIAN_FOCAL_DATE = '2026-03-10';
export const CIRCADIAN_RUN_IN_DAYS = 10;

/** Three days of dim light: the clock drifts at its own period there. */
export const DIM_DAYS: readonly ProtocolEvent[] = [-3, -2, -1].map((day): ProtocolEvent => ({
  kind: 'light',
  at: 7,
  day,
  duration_h: 16,
  lux: 5,
}));

export interface CircadianCase {
  readonly model: CircadianModel;
  readonly lightText: string;
  readonly dlmoText: string;
  readonly dlmo: DlmoSet;
  readonly measured_h: number;
  readonly protocol_h: number;
}

export function circadianCase(
  truth: CircadianValues,
  lightEvents: readonly ProtocolEvent[],
  dlmoDays: readonly number[],
  noiseSeed: number,
  noise_h = 0.25,
): CircadianCase {
  const params = resolveParameters('baseline', { runInDays: CIRCADIAN_RUN_IN_DAYS });
  const lightText = syntheticLightLogText(compileProtocol(params, lightEvents), CIRCADIAN_FOCAL_DATE);
  const log = importLightLog('light.csv', 'light.csv', lightText);
  const lit = lightProtocol(params, [], log, CIRCADIAN_FOCAL_DATE);
  const dlmoText = syntheticDlmoText(params, lit.timeline, truth, dlmoDays, CIRCADIAN_FOCAL_DATE, noise_h, noiseSeed);
  return {
    model: new CircadianModel(params, 1, lit.timeline),
    lightText,
    dlmoText,
    dlmo: importDlmo('dlmo.csv', 'dlmo.csv', dlmoText),
    measured_h: lit.light.measured_h,
    protocol_h: lit.light.protocol_h,
  };
}
