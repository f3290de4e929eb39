/**
 * A hypnogram from an EDF+ file's annotations (Sleep-EDF style): "Sleep stage W/1/2/3/4/R/?"
 * with their durations, "Movement time" (an epoch without a stage), "Lights off"/"Lights on"
 * when a file has them. R&K stages 3 and 4 become N3. The recording start comes from the header.
 */
import { intervalsToEpochs, resample20to30, RESAMPLE_NOTE, type StageInterval } from './epochs';
import { readEdfAnnotations, readEdfHeader } from './edf';
import { stageOfLabel, unknownLabelProblem } from './stageLabels';
import { addSecondsIso, HypnogramImportError, type ByteSource, type MeasuredNight } from './types';

export interface HypnogramOptions {
  /** The epoch length the file is scored in; inferred (30 s, else 20 s) when absent. */
  readonly epochLength_s?: number;
}

export async function importEdfHypnogram(
  file: string,
  label: string,
  src: ByteSource,
  options: HypnogramOptions = {},
): Promise<MeasuredNight> {
  const header = await readEdfHeader(file, src);
  const annotations = await readEdfAnnotations(file, src, header);
  const intervals: StageInterval[] = [];
  const ignored = new Map<string, number>();
  let rk = 0;
  let movement = 0;
  let lightsOff_s: number | null = null;
  let lightsOn_s: number | null = null;
  for (const a of annotations) {
    const text = a.text.trim();
    const lower = text.toLowerCase();
    const isStage = lower.startsWith('sleep stage') || lower === 'movement time';
    if (lower === 'lights off') lightsOff_s = a.onset_s;
    else if (lower === 'lights on') lightsOn_s = a.onset_s;
    if (!isStage) {
      if (lower !== 'lights off' && lower !== 'lights on') ignored.set(text, (ignored.get(text) ?? 0) + 1);
      continue;
    }
    const stage = stageOfLabel(text);
    if (stage === null) throw new HypnogramImportError(file, a.where, unknownLabelProblem(text));
    if (a.duration_s === null)
      throw new HypnogramImportError(file, a.where, `"${text}" at +${a.onset_s} s has no duration`);
    if (stage.rk) rk++;
    if (stage.movement) movement++;
    intervals.push({ onset_s: a.onset_s, duration_s: a.duration_s, code: stage.code, where: a.where, label: text });
  }
  if (intervals.length === 0)
    throw new HypnogramImportError(
      file,
      null,
      `no "Sleep stage …" annotations among its ${annotations.length} annotations`,
    );
  const grid = intervalsToEpochs(file, intervals, options.epochLength_s);
  const notes = [...grid.notes];
  if (rk > 0) notes.push(`R&K stages 3 and 4 scored as N3 (${rk} annotations)`);
  if (movement > 0) notes.push(`"Movement time" kept as epochs without a stage (${movement} annotations)`);
  if (grid.start_s !== 0) notes.push(`the hypnogram starts ${grid.start_s} s after the recording start`);
  for (const [text, n] of ignored) notes.push(`ignored ${n} annotation(s) "${text}"`);
  let stages = grid.stages;
  let L = grid.epochLength_s;
  if (L === 20) {
    stages = resample20to30(stages);
    L = 30;
    notes.push(RESAMPLE_NOTE);
  }
  const toEpoch = (t: number | null): number | null =>
    t === null ? null : Math.min(stages.length, Math.max(0, Math.round((t - grid.start_s) / L)));
  return {
    label,
    source: `EDF+ annotations (${header.reserved || 'EDF'}, ${header.records} data record${header.records === 1 ? '' : 's'})`,
    recordingStart: addSecondsIso(header.start, grid.start_s),
    epochLength_s: L,
    stages,
    lightsOff: toEpoch(lightsOff_s),
    lightsOn: toEpoch(lightsOn_s),
    notes,
  };
}
