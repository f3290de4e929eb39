/**
 * The PDF report of a comparison, written with pdf-lib (plain JavaScript: the desktop and the
 * browser write the same file from the same run): title and notes, the two
 * nights, the parameters that differ, the metrics table (A, B, Δ, Δ%), the key figure, the model
 * version and its references. Provenance also goes into the PDF's info dictionary.
 *
 * Fonts: pdf-lib embeds TrueType fonts only through @pdf-lib/fontkit, which this project does not
 * install, so the report uses the standard Helvetica (WinAnsi). Characters outside WinAnsi are
 * spelled in ASCII here only (toWinAnsi: − → -, Δ → delta, β → beta); figures and CSVs keep them.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Experiment } from '../experiment';
import { nightsLine, softwareLine, type Provenance } from './provenance';
import { METRIC_GROUP_TITLES } from './printReport';
import { metricRows, modelReferences, parameterRows } from './reportTables';
import { toWinAnsi } from './winAnsi';
import { METRICS, type MetricGroup } from '../model/metrics';
import { describeEvent } from '../model/protocolEvents';
import type { ParameterValues } from '../model/parameters';
import type { SimulationResult } from '../model/result';
import { PAPER_SIZES, type PaperSize } from './options';

export { PAPER_SIZES, type PaperSize } from './options';

export interface ReportInput {
  readonly experiment: Experiment;
  readonly provenance: Provenance;
  readonly params: readonly [ParameterValues, ParameterValues];
  readonly results: readonly [SimulationResult, SimulationResult];
  /** Figures (PNG) to place one per page after the tables: the key panels of both nights. */
  readonly figures: readonly Uint8Array[];
  /** Charts said, not drawn (flat in both nights), one line each; the lab says the same. */
  readonly notDrawn?: readonly string[];
  readonly paper: PaperSize;
}

const MARGIN = 50;
const INK = rgb(0.1, 0.1, 0.1);
const GREY = rgb(0.4, 0.4, 0.4);
const RULE = rgb(0.75, 0.75, 0.75);

/** A cursor that flows text and tables down pages, starting a new page when one is full. */
class Flow {
  page!: PDFPage;
  y = 0;
  readonly pages: PDFPage[] = [];

  constructor(
    readonly doc: PDFDocument,
    readonly size: readonly [number, number],
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  get width(): number {
    return this.size[0] - 2 * MARGIN;
  }

  newPage(): void {
    this.page = this.doc.addPage([this.size[0], this.size[1]]);
    this.pages.push(this.page);
    this.y = this.size[1] - MARGIN;
  }

  /** Room for `height` points, or a new page. */
  need(height: number): void {
    if (this.y - height < MARGIN + 20) this.newPage();
  }

  fit(text: string, font: PDFFont, size: number, width: number): string {
    let out = toWinAnsi(text);
    if (font.widthOfTextAtSize(out, size) <= width) return out;
    while (out.length > 1 && font.widthOfTextAtSize(`${out}...`, size) > width) out = out.slice(0, -1);
    return `${out.trimEnd()}...`;
  }

  wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    // Paragraphs first: toWinAnsi turns line breaks into spaces.
    for (const paragraph of text.split(/\r?\n/).map((p) => toWinAnsi(p).replace(/ +/g, ' '))) {
      let line = '';
      for (const word of paragraph.split(' ').filter(Boolean)) {
        const next = line ? `${line} ${word}` : word;
        if (line && font.widthOfTextAtSize(next, size) > width) {
          lines.push(line);
          line = word;
        } else line = next;
      }
      lines.push(line);
    }
    return lines;
  }

  paragraph(
    text: string,
    options: { size?: number; bold?: boolean; colour?: ReturnType<typeof rgb>; after?: number } = {},
  ): void {
    const size = options.size ?? 10;
    const font = options.bold ? this.bold : this.regular;
    for (const line of this.wrap(text, font, size, this.width)) {
      this.need(size * 1.35);
      this.y -= size * 1.35;
      this.page.drawText(line, { x: MARGIN, y: this.y + size * 0.3, size, font, color: options.colour ?? INK });
    }
    this.y -= options.after ?? size * 0.5;
  }

  heading(text: string): void {
    this.need(60);
    this.y -= 8;
    this.paragraph(text, { size: 13, bold: true, after: 4 });
  }

  /** A table: header row in bold, a rule under it, then the rows; columns given as fractions of the width. */
  table(
    columns: readonly { title: string; share: number; align?: 'left' | 'right' }[],
    rows: readonly (readonly string[])[],
    size = 8.5,
  ): void {
    const rowHeight = size * 1.5;
    const xs: number[] = [];
    let x = MARGIN;
    for (const column of columns) {
      xs.push(x);
      x += column.share * this.width;
    }
    const drawRow = (cells: readonly string[], font: PDFFont, colour = INK) => {
      this.y -= rowHeight;
      cells.forEach((cell, i) => {
        const column = columns[i]!;
        const width = column.share * this.width - 6;
        const text = this.fit(cell, font, size, width);
        const textWidth = font.widthOfTextAtSize(text, size);
        const left = column.align === 'right' ? xs[i]! + width - textWidth : xs[i]!;
        this.page.drawText(text, { x: left, y: this.y + size * 0.45, size, font, color: colour });
      });
    };
    const header = () => {
      drawRow(
        columns.map((c) => c.title),
        this.bold,
      );
      this.page.drawLine({
        start: { x: MARGIN, y: this.y + 1 },
        end: { x: MARGIN + this.width, y: this.y + 1 },
        thickness: 0.6,
        color: RULE,
      });
    };
    this.need(rowHeight * 3);
    header();
    for (const row of rows) {
      if (this.y - rowHeight < MARGIN + 20) {
        this.newPage();
        header(); // a table that runs over keeps its header on the new page
      }
      // A row of one cell is a group heading inside the table.
      if (row.length === 1) drawRow([row[0]!, ...columns.slice(1).map(() => '')], this.bold, GREY);
      else drawRow(row, this.regular);
    }
    this.y -= size;
  }
}

/** Title, subject, keywords, software and dates: the provenance a PDF reader shows. */
function setReportInfo(doc: PDFDocument, provenance: Provenance, title: string, producer: string): void {
  const created = new Date(provenance.created);
  doc.setTitle(title || 'Nocturne report', { showInWindowTitleBar: true });
  doc.setSubject(`Nocturne comparison of two simulated nights: ${nightsLine(provenance)}`);
  doc.setKeywords([
    'Nocturne',
    'sleep simulation',
    `${provenance.app.name} ${provenance.app.version}`,
    `model ${provenance.model.name} ${provenance.model.version}`,
    ...provenance.nights.map((n) => `${n.night}: ${n.scenario} seed ${n.seed}`),
  ]);
  doc.setProducer(`${softwareLine(provenance)}; ${producer}`);
  doc.setCreator(`${provenance.app.name} ${provenance.app.version} figure pack`);
  doc.setCreationDate(created);
  doc.setModificationDate(created);
}

export async function buildReportPdf(input: ReportInput): Promise<Uint8Array> {
  const { experiment, provenance } = input;
  // No automatic metadata: pdf-lib would stamp the wall clock and itself; the report states its own.
  const doc = await PDFDocument.create({ updateMetadata: false });
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  setReportInfo(doc, provenance, experiment.title, 'pdf-lib');

  const flow = new Flow(doc, PAPER_SIZES[input.paper], regular, bold);
  flow.paragraph(experiment.title || 'Untitled experiment', { size: 20, bold: true, after: 6 });
  flow.paragraph(`Nocturne report, created ${provenance.created}`, { size: 9, colour: GREY, after: 2 });
  flow.paragraph(softwareLine(provenance), { size: 9, colour: GREY, after: 10 });
  flow.heading('Notes');
  flow.paragraph(experiment.notes.trim() || 'No notes.', { size: 10 });

  flow.heading('Nights');
  flow.table(
    [
      { title: 'Night', share: 0.1 },
      { title: 'Label', share: 0.45 },
      { title: 'Scenario', share: 0.3 },
      { title: 'Seed', share: 0.15, align: 'right' },
    ],
    provenance.nights.map((n) => [n.night, n.label, n.scenario, String(n.seed)]),
    9,
  );

  const events = provenance.nights.flatMap((n) => (n.events ?? []).map((e) => [n.night, describeEvent(e)]));
  if (events.length > 0) {
    flow.heading('Protocol events');
    flow.table(
      [
        { title: 'Night', share: 0.1 },
        { title: 'Event (clock time, day from the focal night)', share: 0.9 },
      ],
      events,
      9,
    );
  }

  flow.heading('Parameters that differ');
  const parameters = parameterRows(input.params[0], input.params[1]);
  if (parameters.length === 0) flow.paragraph('None: both nights use the same parameters.', { size: 10 });
  else {
    flow.table(
      [
        { title: 'Parameter', share: 0.5 },
        { title: 'A', share: 0.25, align: 'right' },
        { title: 'B', share: 0.25, align: 'right' },
      ],
      parameters.map((p) => [p.label, p.a, p.b]),
      9,
    );
  }
  flow.paragraph('The full parameter sets of both nights are in manifest.json and the experiment file.', {
    size: 8,
    colour: GREY,
  });

  flow.heading('Metrics');
  flow.paragraph(
    'Delta = B - A. Clock times as hh:mm; their delta is in hours and has no percentage. "B is" says whether B is better or worse than A where the metric has a better direction.',
    {
      size: 8,
      colour: GREY,
    },
  );
  const rows = metricRows(input.results[0].metrics, input.results[1].metrics);
  const tableRows: string[][] = [];
  let group: MetricGroup | undefined;
  rows.forEach((row, index) => {
    const metric = METRICS[index]!;
    if (metric.group !== group) {
      group = metric.group;
      tableRows.push([METRIC_GROUP_TITLES[group]]);
    }
    tableRows.push([row.label, row.unit, row.a, row.b, row.delta, row.deltaPct, row.verdict]);
  });
  flow.table(
    [
      { title: 'Metric', share: 0.33 },
      { title: 'Unit', share: 0.1 },
      { title: 'A', share: 0.12, align: 'right' },
      { title: 'B', share: 0.12, align: 'right' },
      { title: 'Delta', share: 0.13, align: 'right' },
      { title: 'Delta %', share: 0.11, align: 'right' },
      { title: 'B is', share: 0.09, align: 'right' },
    ],
    tableRows,
  );

  if ((input.notDrawn ?? []).length > 0) {
    flow.heading('Not drawn');
    flow.paragraph(
      'These series hold one value throughout in both nights, so the figures say so in a line instead of drawing a flat chart, as the lab does:',
      { size: 9 },
    );
    for (const line of input.notDrawn!) flow.paragraph(line, { size: 9, after: 1 });
  }

  for (const [index, png] of input.figures.entries()) {
    flow.newPage();
    if (index === 0) flow.heading('Key panels, night A and night B');
    const image = await doc.embedPng(png);
    const room = flow.y - MARGIN - 20;
    // Never enlarged: the figures are laid out at print size, so 1 px = 72/300 pt at most.
    const scale = Math.min(flow.width / image.width, room / image.height, 72 / 300);
    const width = image.width * scale;
    const height = image.height * scale;
    flow.page.drawImage(image, { x: MARGIN + (flow.width - width) / 2, y: flow.y - height, width, height });
    flow.y -= height + 6;
  }

  flow.heading('Model and references');
  flow.paragraph(
    `Simulated with ${provenance.model.name} ${provenance.model.version} in ${provenance.app.name} ${provenance.app.version}. ` +
      'Parameter defaults, ranges and scenarios come from these sources:',
    { size: 9 },
  );
  modelReferences().forEach((reference, index) => flow.paragraph(`${index + 1}. ${reference}`, { size: 8, after: 1 }));

  const total = flow.pages.length;
  flow.pages.forEach((page, index) => {
    const footer = toWinAnsi(`${softwareLine(provenance)}  -  page ${index + 1} of ${total}`);
    page.drawText(footer, { x: MARGIN, y: MARGIN / 2, size: 7, font: regular, color: GREY });
  });
  return doc.save({ useObjectStreams: false });
}

/**
 * Provenance into the info dictionary of a PDF printed elsewhere (the lab's print view through
 * Chromium), as buildReportPdf writes it into its own.
 */
export async function stampReportInfo(pdf: Uint8Array, provenance: Provenance, title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  setReportInfo(doc, provenance, title, 'printed from the lab by Chromium');
  return doc.save({ useObjectStreams: false });
}
