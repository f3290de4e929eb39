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
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { Flow, GREY, MARGIN } from './pdfFlow';
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
import { STALE_NOTE, type ReportCohort } from './reportCohort';

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
  /** A virtual cohort of these nights (reportCohort.ts): its section follows the metrics. */
  readonly cohort?: ReportCohort;
}

/** A figure across the page's width, never enlarged past print size (1 px = 72/300 pt). */
async function placeFigure(flow: Flow, png: Uint8Array): Promise<void> {
  const image = await flow.doc.embedPng(png);
  const scale = Math.min(flow.width / image.width, 72 / 300);
  const width = image.width * scale;
  const height = image.height * scale;
  flow.need(height + 6);
  flow.page.drawImage(image, { x: MARGIN + (flow.width - width) / 2, y: flow.y - height, width, height });
  flow.y -= height + 6;
}

/** The cohort: who, how many, the threshold's share, the Δ distribution, every metric's spread, the drivers, the population. */
async function cohortSection(flow: Flow, { tables, figure }: ReportCohort): Promise<void> {
  flow.newPage();
  flow.heading('Virtual cohort');
  flow.paragraph(
    `${tables.line}. Population "${tables.population.id}"${tables.population.edited ? ' (edited in the file)' : ''}, ` +
      `SHA-256 ${tables.population.sha256}. Each person is simulated in night A and night B with one noise seed, ` +
      "so Delta = B - A is that person's own effect." +
      (tables.partial ? ' The run was cut short: these are the people done so far.' : '') +
      (tables.stale ? STALE_NOTE : ''),
    { size: 9 },
  );
  if (tables.share) flow.paragraph(tables.share, { size: 11, bold: true, after: 6 });
  await placeFigure(flow, figure);
  flow.heading(`Strongest drivers of Delta ${tables.driversOf}`);
  if (tables.drivers.length === 0) flow.paragraph('None: no person parameter varies with it.', { size: 9 });
  else {
    flow.table(
      [
        { title: 'Person parameter', share: 0.5 },
        { title: 'Spearman rho with Delta', share: 0.25, align: 'right' },
        { title: tables.driversInterval, share: 0.25, align: 'right' },
      ],
      tables.drivers.map((d) => [d.parameter, d.rho, d.interval]),
      9,
    );
  }
  flow.paragraph(
    `rho is a rank association, not a share of variance. Its ${tables.driversInterval} (Fisher's z, Bonett & Wright 2000) ` +
      'is the cohort sampling error alone; one that holds 0 does not tell the parameter apart from none.',
    {
      size: 8,
      colour: GREY,
    },
  );
  flow.heading('Cohort metrics: median [5-95 %] across people');
  const rows: string[][] = [];
  for (const group of tables.summary) {
    rows.push([group.title]);
    for (const r of group.rows) rows.push([r.label, r.unit, r.a, r.b, r.delta]);
  }
  flow.table(
    [
      { title: 'Metric', share: 0.3 },
      { title: 'Unit', share: 0.09 },
      { title: 'A', share: 0.18, align: 'right' },
      { title: 'B', share: 0.18, align: 'right' },
      { title: 'Delta = B - A', share: 0.25, align: 'right' },
    ],
    rows,
    7.5,
  );
  flow.heading(`Population: ${tables.population.label}`);
  if (tables.population.description) flow.paragraph(tables.population.description, { size: 9 });
  flow.table(
    [
      { title: 'Parameter', share: 0.28 },
      { title: 'Distribution', share: 0.5 },
      { title: 'Certainty', share: 0.22 },
    ],
    tables.distributions.map((d) => [d.parameter, d.distribution, d.certainty]),
    7.5,
  );
  flow.paragraph(
    tables.correlations.length > 0 ? `Correlations: ${tables.correlations.join('; ')}.` : 'No correlations.',
    { size: 8, colour: GREY },
  );
  flow.paragraph('Sources:', { size: 8, bold: true, after: 1 });
  tables.distributions.forEach((d) => flow.paragraph(`${d.parameter}: ${d.source}`, { size: 7.5, after: 1 }));
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

  if (input.cohort) await cohortSection(flow, input.cohort);

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
