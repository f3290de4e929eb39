/**
 * Chart.js datasets for one chart of a panel: a night alone, both nights overlaid (A solid,
 * B dashed), or the difference B − A; pinned snapshots are more traces, each in its own style.
 */
import type { NightId } from '../../../shared/ipc';
import type { SeriesInfo, SimulationResult } from '../../../shared/model/result';
import type { LineDataset } from './chart';
import {
  SNAPSHOT_LINE_PX,
  SNAPSHOT_STYLES,
  STAGE_COLOURS,
  screenDash,
  seriesColour,
} from '../../../shared/plot/palette';
import { stageHeight } from '../../../shared/plot/points';
import type { SlotWindow } from '../../../shared/time/axis';
import { screenDifferencePoints, screenSeriesPoints, screenStagePoints } from './traces';

export interface Trace {
  readonly night: NightId;
  readonly label: string;
  readonly result: SimulationResult;
  /** The job that produced the result, so a drawn chart can say which results it shows. */
  readonly jobId: number;
  /**
   * A pinned snapshot (stores/pins.ts): its index in SNAPSHOT_STYLES. `night` is then the night it
   * was pinned from and `label` its name; absent for night A and B themselves.
   */
  readonly snapshot?: number;
}

/** How a trace's line looks beside the others: A solid, B dashed, a snapshot its own dash, thinner. */
function lineStyle(trace: Trace, colour: string, alone: boolean, singleSeries: boolean) {
  if (trace.snapshot !== undefined) {
    const style = SNAPSHOT_STYLES[trace.snapshot % SNAPSHOT_STYLES.length]!;
    // With one series the snapshot's own colour tells it apart too; with several, the series' colour
    // says which series it is, and the dash which snapshot.
    const own = singleSeries ? style.colour : colour;
    return {
      borderColor: own,
      backgroundColor: own,
      borderDash: [...style.dash_px],
      borderWidth: SNAPSHOT_LINE_PX,
      snapshot: true,
    };
  }
  return {
    borderColor: colour,
    backgroundColor: colour,
    borderDash: alone ? [] : screenDash(trace.night),
    borderWidth: 1.5,
  };
}

export function hypnogramDatasets(traces: readonly Trace[], window?: SlotWindow): LineDataset[] {
  return traces.map((trace) => ({
    label: `Night ${trace.label}`,
    data: screenStagePoints(trace.result, window),
    stepped: 'before' as const,
    borderWidth: trace.night === 'a' ? 2 : 1.5,
    borderDash: traces.length > 1 ? screenDash(trace.night) : [],
    pointRadius: 0,
    borderColor: STAGE_COLOURS[3],
    // Each level takes the colour of its stage. Chart.js "before" steps draw at the first point's level
    // until the next point, so a segment's stage is that of p0 (points are changes of stage).
    segment: {
      borderColor: (ctx) => STAGE_COLOURS[stageHeight(Math.round(ctx.p0.parsed.y ?? 0))] ?? STAGE_COLOURS[3],
    },
  }));
}

/** `buckets`: about one per pixel column of the chart, the resolution points are thinned to. */
export function seriesDatasets(
  series: readonly SeriesInfo[],
  traces: readonly Trace[],
  diff: boolean,
  window?: SlotWindow,
  buckets?: number,
): LineDataset[] {
  const out: LineDataset[] = [];
  series.forEach((info, index) => {
    const colour = seriesColour(index);
    if (diff) {
      const [a, b] = traces;
      if (!a || !b) return;
      out.push({
        label: `${info.label}, ${b.label} − ${a.label}`,
        data: screenDifferencePoints(a.result, b.result, info.id, window, buckets, info.wakingOnly),
        borderColor: colour,
        backgroundColor: colour,
        borderWidth: 1.5,
        pointRadius: 0,
      });
      return;
    }
    for (const trace of traces) {
      out.push({
        label: traces.length > 1 ? `${info.label} (${trace.label})` : info.label,
        data: screenSeriesPoints(trace.result, info.id, window, buckets, info.wakingOnly),
        ...lineStyle(trace, colour, traces.length === 1, series.length === 1),
        pointRadius: 0,
      });
    }
  });
  return out;
}
