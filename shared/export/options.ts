/**
 * The choices of an export, as plain data: formats, figure widths, print resolution, backgrounds
 * and paper sizes. Kept apart from the renderers so the CLI can check arguments without loading
 * the canvas, Chart.js and pdf-lib (about a second).
 */

export const PACK_FORMATS = ['png', 'svg', 'csv', 'pdf'] as const;
export type PackFormat = (typeof PACK_FORMATS)[number];

export const FIGURE_SIZES = {
  /** One journal column. */
  single: { width_mm: 85 },
  /** A full page width (two columns). */
  double: { width_mm: 180 },
} as const;
export type FigureSize = keyof typeof FIGURE_SIZES;

/** Print resolution of PNG figures at scale 1; journals ask for at least 300 dpi for line art with text. */
export const PNG_DPI = 300;

/** PNG scale factors allowed (multiplying PNG_DPI). */
export const SCALE_RANGE = { min: 1, max: 4 } as const;

export const BACKGROUNDS = ['white', 'transparent'] as const;
export type Background = (typeof BACKGROUNDS)[number];

/** Page sizes in points: ISO A4 and US Letter (the values pdf-lib's PageSizes uses). */
export const PAPER_SIZES = { a4: [595.28, 841.89], letter: [612, 792] } as const;
export type PaperSize = keyof typeof PAPER_SIZES;

export const PT_PER_MM = 72 / 25.4;

/**
 * The choices of a figure pack, as the pack is built from them (main/export/pack.ts). They are
 * checked where they enter, once: by ExportPackRequestSchema (shared/ipc.ts) from the lab, by the
 * argument parser (cli/export.ts) from the command line.
 */
export interface PackOptions {
  readonly formats: readonly PackFormat[];
  readonly size: FigureSize;
  /** SCALE_RANGE, multiplies the PNGs' pixel density. */
  readonly scale: number;
  readonly background: Background;
  readonly paper: PaperSize;
}

/** What a pack is made with unless the person chooses otherwise: the lab's dialog starts here, the CLI falls back here. */
export const DEFAULT_PACK_OPTIONS: PackOptions = {
  formats: PACK_FORMATS,
  size: 'double',
  scale: 1,
  background: 'white',
  paper: 'a4',
};

/**
 * What one chart of the lab is exported as unless the person chooses otherwise: a PNG one journal
 * column wide (a single chart usually goes into a column), at 300 dpi, on white.
 */
export const DEFAULT_CHART_OPTIONS: { readonly format: ChartFormat } & Pick<
  PackOptions,
  'size' | 'scale' | 'background'
> = {
  format: 'png',
  size: 'single',
  scale: 1,
  background: 'white',
};

/** The bundled font of every figure (assets/fonts/DejaVuSans*.ttf). */
export const FIGURE_FONT = 'DejaVu Sans';

/** What one chart of the lab can be exported as (a figure pack adds the PDF report). */
export const CHART_FORMATS = ['png', 'svg', 'csv'] as const;
export type ChartFormat = (typeof CHART_FORMATS)[number];

/** What a single exported file may be: a chart's formats, or a cohort's summary (JSON). */
export type ExportFileFormat = ChartFormat | 'json';
