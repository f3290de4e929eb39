/**
 * The hypnogram hero, drawn straight onto a canvas (pure functions of a 2D context): a row per
 * night on one time axis, each stage a lane in its colour (W on top, N3 at the bottom), each run
 * of a stage a block in its lane, a thin step line for the transitions, REM in red as clinical
 * and YASA hypnograms mark it, and the NREM–REM cycles numbered above the row. Not Chart.js: a
 * hypnogram is lanes and blocks, not a line, and drawing it directly keeps every row's plot area
 * at exactly the same x, which the protocol strip and the cursor rely on.
 */
import { EPOCH_S, STAGES, type SimulationResult } from '../../../shared/model/result';
import { timeTickLabel } from '../../../shared/plot/timeLabel';
import { STAGE_COLOURS, STAGE_COLOURS_DARK } from '../../../shared/plot/palette';
import { countedCycles, scoreSleep, UNSCORED, type SleepReport } from '../../../shared/report/sleepReport';
import { epochAt, epochsInside, slotHour, type SlotWindow } from '../../../shared/time/axis';
import type { ChartLook } from './chart';
import { tickStep, thinTimeTicks, Y_AXIS_MIN_PX } from './timeTicks';

/** A run of one stage, [from, to) in slot hours. */
export interface StageRun {
  readonly code: number;
  readonly from: number;
  readonly to: number;
}

/**
 * The runs of one stage inside (and just around) the window, in order. Unscored epochs (a
 * measured night's artefacts, time outside its recording) make no run: a gap.
 */
export function stageRuns(result: SimulationResult, window: SlotWindow): StageRun[] {
  // One epoch either side, so a run crossing the window's edge reaches it.
  const first = Math.max(0, epochAt(result, window.start));
  const last = Math.min(result.epochs, epochAt(result, window.end) + 1);
  const runs: StageRun[] = [];
  let start = first;
  for (let i = first + 1; i <= last; i++) {
    if (i < last && result.stage[i] === result.stage[start]) continue;
    const code = result.stage[start]!;
    if (code !== UNSCORED && start < last) runs.push({ code, from: slotHour(result, start), to: slotHour(result, i) });
    start = i;
  }
  return runs;
}

/** A numbered NREM–REM cycle, [from, to) in slot hours. */
export interface CycleSpan {
  readonly n: number;
  readonly from: number;
  readonly to: number;
}

/** A night as the hero shows it: its cycles, numbered, and its sleep report (null: no time in bed). */
export interface HeroNight {
  readonly cycles: readonly CycleSpan[];
  readonly report: SleepReport | null;
}

/**
 * A night scored as the sleep report scores it (shared/report/sleepReport.ts), its cycles
 * numbered as the report counts them (countedCycles). A simulated night is scored between its
 * focal lights-off and lights-on (a whole protocol has other nights); `wholeRecord` scores every
 * epoch (a measured night on the grid, whose lights-off the agreement box handles).
 */
export function heroNight(result: SimulationResult, wholeRecord = false): HeroNight {
  let from = 0;
  let to = result.epochs;
  if (!wholeRecord) {
    if (!(result.focalTimeInBed_h > 0)) return { cycles: [], report: null };
    from = Math.max(0, epochAt(result, result.focalLightsOff_clock_h));
    to = Math.min(result.epochs, epochAt(result, result.focalLightsOff_clock_h + result.focalTimeInBed_h));
    if (to <= from) return { cycles: [], report: null };
  }
  const scoring = scoreSleep(result.stage, EPOCH_S, wholeRecord ? {} : { lightsOff: from, lightsOn: to });
  const cycles = countedCycles(scoring).map((c, i) => ({
    n: i + 1,
    from: slotHour(result, c.start),
    to: slotHour(result, c.end),
  }));
  return { cycles, report: scoring.report };
}

/** The numbered cycles of a night (heroNight). */
export function cycleSpans(result: SimulationResult, wholeRecord = false): CycleSpan[] {
  return [...heroNight(result, wholeRecord).cycles];
}

/** A night's report in a line: "TST 7 h 26 min · REM 22 % · 5 cycles". */
export function nightSummary(report: SleepReport | null): string {
  if (!report) return 'no time in bed';
  const tst = Math.round(report.TST_min);
  const parts = [`TST ${Math.floor(tst / 60)} h ${String(tst % 60).padStart(2, '0')} min`];
  if (report.REM_pct !== null) parts.push(`REM ${Math.round(report.REM_pct)} %`);
  if (report.N3_pct !== null) parts.push(`N3 ${Math.round(report.N3_pct)} %`);
  parts.push(`${report.cycles} ${report.cycles === 1 ? 'cycle' : 'cycles'}`);
  return parts.join(' · ');
}

/** Sizes of a row (CSS px): the y gutter matches the other charts' y axes, so times line up. */
export const HERO = {
  left: Y_AXIS_MIN_PX,
  /** Room right of the plot for half the last clock label. */
  right: 16,
  /** The cycle numbers' line above the lanes. */
  cycles: 16,
  /** The clock labels under the bottom row. */
  axis: 20,
  /** One stage's lane. */
  lane: 15,
} as const;

/** The vertical sizes of a row: a night's (HERO), or a pinned snapshot's, thinner (PIN_ROW). */
export interface RowSize {
  /** The line above the lanes (the cycle numbers in a night's row). */
  readonly cycles: number;
  readonly lane: number;
}

/**
 * A pinned snapshot's row under the nights: the same lanes and axis at under half the height, no
 * cycle numbers (the caption's report counts them), so five pins fit under A and B.
 */
export const PIN_ROW: RowSize = { cycles: 4, lane: 7 };

/** A row's height for its lanes, cycle line and (bottom row) axis. */
export function rowHeight(axis: boolean, size: RowSize = HERO): number {
  return size.cycles + STAGES.length * size.lane + (axis ? HERO.axis : 4);
}

export interface PlotBox {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** The plot area of a row; its x (left, right) is the same for every row size, so rows line up. */
export function plotBox(width: number, size: RowSize = HERO): PlotBox {
  const top = size.cycles;
  return {
    left: HERO.left,
    right: Math.max(HERO.left + 1, width - HERO.right),
    top,
    bottom: top + STAGES.length * size.lane,
  };
}

/** The slot hour at a pixel x of the plot, and back. */
export function xScale(box: PlotBox, window: SlotWindow) {
  const k = (box.right - box.left) / (window.end - window.start);
  return {
    px: (x: number) => box.left + (x - window.start) * k,
    hour: (px: number) => window.start + (px - box.left) / k,
  };
}

/** Lane label of a stage: REM spelt out, as on a clinical hypnogram. */
export const laneLabel = (code: number): string => (STAGES[code] === 'R' ? 'REM' : (STAGES[code] ?? ''));

export interface HeroDraw {
  readonly result: SimulationResult;
  readonly cycles: readonly CycleSpan[];
  readonly window: SlotWindow;
  readonly look: ChartLook;
  /** Clock labels under this row (the bottom one). */
  readonly axis: boolean;
  readonly cursor: number | null;
  /** Canvas size in CSS px. */
  readonly width: number;
  readonly height: number;
  /** The row's sizes (default: a night's, HERO). */
  readonly size?: RowSize;
  /**
   * A pinned snapshot's line style (SNAPSHOT_STYLES): a rule over its lanes in that colour and
   * dash, as on the line charts (so it reads as that pin without its colour), and its step line
   * in that colour.
   */
  readonly line?: { readonly colour: string; readonly dash: readonly number[] };
}

/** Draws one row (the context already scaled to CSS px). */
export function drawHeroRow(ctx: CanvasRenderingContext2D, d: HeroDraw): PlotBox {
  const colours = d.look.dark ? STAGE_COLOURS_DARK : STAGE_COLOURS;
  const size = d.size ?? HERO;
  const lane = size.lane;
  const box = plotBox(d.width, size);
  const { px } = xScale(box, d.window);
  const laneTop = (code: number) => box.top + code * lane;
  ctx.clearRect(0, 0, d.width, d.height);
  ctx.textBaseline = 'middle';

  // The lanes: a faint band per stage, its label in the gutter (a thin row labels its top and
  // bottom lanes only, in smaller type: five labels would overlap).
  const thin = lane < 11;
  ctx.font = thin ? '9px system-ui, sans-serif' : '11px system-ui, sans-serif';
  for (let code = 0; code < STAGES.length; code++) {
    ctx.fillStyle = `${colours[code]}1f`;
    ctx.fillRect(box.left, laneTop(code), box.right - box.left, lane);
    if (thin && code !== 0 && code !== STAGES.length - 1) continue;
    ctx.fillStyle = d.look.text;
    ctx.textAlign = 'right';
    ctx.fillText(laneLabel(code), box.left - 6, laneTop(code) + lane / 2);
  }
  ctx.font = '11px system-ui, sans-serif';

  // Clock grid lines (and, under the bottom row, their labels).
  const span = d.window.end - d.window.start;
  const step = tickStep(span);
  const ticks: { value: number }[] = [];
  for (let t = Math.ceil(d.window.start / step) * step; t <= d.window.end + 1e-9; t += step) ticks.push({ value: t });
  const shown = thinTimeTicks(ticks, step, box.right - box.left);
  ctx.strokeStyle = d.look.grid;
  ctx.lineWidth = 1;
  for (const t of shown) {
    const x = Math.round(px(t.value)) + 0.5;
    ctx.beginPath();
    ctx.moveTo(x, box.top);
    ctx.lineTo(x, box.bottom);
    ctx.stroke();
  }
  if (d.axis) {
    ctx.fillStyle = d.look.text;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    for (const t of shown) ctx.fillText(timeTickLabel(t.value, span), px(t.value), box.bottom + 5);
    ctx.textBaseline = 'middle';
  }

  ctx.save();
  ctx.beginPath();
  ctx.rect(box.left, 0, box.right - box.left, d.height);
  ctx.clip();

  // Each run a block in its lane; then the step line through the lanes' middles.
  const runs = stageRuns(d.result, d.window);
  const inset = thin ? 1 : 2;
  for (const r of runs) {
    ctx.fillStyle = colours[r.code] ?? colours[3];
    const x0 = px(r.from);
    ctx.fillRect(x0, laneTop(r.code) + inset, Math.max(1, px(r.to) - x0), lane - 2 * inset);
  }
  // A pin's step line in its colour (solid: its dash on a line this jagged would be noise).
  ctx.strokeStyle = d.line ? d.line.colour : d.look.text;
  ctx.lineWidth = d.line ? 1.25 : 1;
  ctx.beginPath();
  let previous: StageRun | null = null;
  for (const r of runs) {
    const y = laneTop(r.code) + lane / 2;
    if (previous && Math.abs(previous.to - r.from) < 1e-9) ctx.lineTo(px(r.from), y);
    else ctx.moveTo(px(r.from), y);
    ctx.lineTo(px(r.to), y);
    previous = r;
  }
  ctx.stroke();
  ctx.lineWidth = 1;
  // A pin's line style as a rule over its lanes, in its colour and dash, as its caption's mark
  // and its lines on the charts: the row is told apart without colour.
  if (d.line) {
    ctx.strokeStyle = d.line.colour;
    ctx.lineWidth = 2;
    ctx.setLineDash([...d.line.dash]);
    ctx.beginPath();
    ctx.moveTo(box.left, box.top - 2);
    ctx.lineTo(box.right, box.top - 2);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.lineWidth = 1;
  }

  // The cycles: a bracket over each, its number in the middle.
  ctx.strokeStyle = d.look.text;
  ctx.fillStyle = d.look.text;
  ctx.textAlign = 'center';
  for (const c of d.cycles) {
    const x0 = px(c.from) + 1;
    const x1 = px(c.to) - 1;
    if (x1 < box.left || x0 > box.right) continue;
    const y = box.top - 4;
    ctx.beginPath();
    ctx.moveTo(x0, y + 3);
    ctx.lineTo(x0, y);
    ctx.lineTo(x1, y);
    ctx.lineTo(x1, y + 3);
    ctx.stroke();
    const label = String(c.n);
    const w = ctx.measureText(label).width + 6;
    const mid = (x0 + x1) / 2;
    if (x1 - x0 > w) {
      ctx.clearRect(mid - w / 2, y - 7, w, 8);
      ctx.fillText(label, mid, y - 2);
    }
  }

  if (d.cursor !== null) {
    const x = px(d.cursor);
    if (x >= box.left && x <= box.right) {
      ctx.strokeStyle = d.look.cursor;
      ctx.setLineDash([3, 3]);
      ctx.beginPath();
      ctx.moveTo(x, 0);
      ctx.lineTo(x, box.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
    }
  }
  ctx.restore();
  return box;
}

/** Epochs of a night in each stage inside a window (the row's text alternative counts them). */
export function stageMinutes(result: SimulationResult, window: SlotWindow): Record<string, number> {
  const [first, last] = epochsInside(result, window);
  const out: Record<string, number> = Object.fromEntries(STAGES.map((s) => [s, 0]));
  for (let i = first; i < last; i++) {
    const s = STAGES[result.stage[i]!];
    if (s) out[s]! += EPOCH_S / 60;
  }
  return out;
}
