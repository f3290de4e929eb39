/**
 * Colours and dashes of every chart, on screen and exported: the Okabe & Ito (2008)
 * colour-blind-safe palette, one colour per series within a chart, and the hypnogram's stage
 * colours. NightLabel A is drawn solid and night B dashed wherever they share axes, so the nights
 * never depend on colour.
 */
export const OKABE_ITO = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#999999',
] as const;

export function seriesColour(index: number): string {
  return OKABE_ITO[index % OKABE_ITO.length]!;
}

/**
 * Stage colours indexed by STAGE_CODE: W, R, N1, N2, N3, for print and the light screen. REM is
 * red, as clinical and YASA hypnograms mark it (YASA's plot_hypnogram highlights REM in red;
 * matplotlib's tab:red, a red that stays apart from the blues for every common colour vision); wake a neutral grey, so the long waking hours around the night do not
 * outshout it; NREM blues deepening with depth. Each stage also has its own level, so colour is
 * never the only thing that tells them apart.
 */
export const STAGE_COLOURS = ['#8C8C8C', '#D62728', '#56B4E9', '#0072B2', '#004466'] as const;

/** The same stages on the dark screen: the deep blues lightened to stand off a near-black page. */
export const STAGE_COLOURS_DARK = ['#9AA0AC', '#FF5C5C', '#8FD0F5', '#3D9BE0', '#6C7BD9'] as const;

import type { NightLabel } from '../nights';

/**
 * Dash pattern of each night's lines. One pattern per medium: the screen's in CSS pixels (its
 * lines are 1.5–2 px whatever the chart's size), the print's in multiples of the line width (a
 * figure's lines are 0.7–0.9 pt, and its dashes must scale with them to read at print size).
 */
export const NIGHT_DASH: Readonly<Record<NightLabel, { readonly screen_px: number[]; readonly print_lw: number[] }>> = {
  A: { screen_px: [], print_lw: [] },
  B: { screen_px: [6, 4], print_lw: [4, 2.5] },
};

/** A night's dash on screen; the renderer names nights 'a' and 'b'. */
export function screenDash(night: NightLabel | 'a' | 'b'): number[] {
  return NIGHT_DASH[night.toUpperCase() as NightLabel].screen_px;
}

/** A night's dash in a figure whose lines are `lineWidth` wide. */
export function printDash(night: NightLabel, lineWidth: number): number[] {
  return NIGHT_DASH[night].print_lw.map((d) => d * lineWidth);
}

/**
 * The line styles of pinned snapshots (at most MAX_SNAPSHOTS, shared/experiment/format.ts), one
 * per snapshot: a dash pattern unlike A's solid and B's dashes, so a snapshot is told apart without
 * colour, and a colour of its own (the Okabe & Ito ones the series use least) for its legend mark
 * and its line where a chart has one series. Lines are thinner than A's and B's: the nights lead.
 */
export const SNAPSHOT_STYLES = [
  { colour: '#CC79A7', dash_px: [2, 3] },
  { colour: '#D55E00', dash_px: [10, 3, 2, 3] },
  { colour: '#009E73', dash_px: [1, 4] },
  { colour: '#56B4E9', dash_px: [14, 4] },
  { colour: '#999999', dash_px: [6, 2, 1, 2, 1, 2] },
] as const;

export const SNAPSHOT_LINE_PX = 1.25;
