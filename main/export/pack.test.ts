// The figure pack for real: the app's engine (once per file), every format written into a temp
// folder, then each file read back the way a colleague's tools would read it. Over 400 lines
// because the pack is built once (the slow part) and every file of it is checked against that build.
import { loadImage, createCanvas } from '@napi-rs/canvas';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultExperiment, parseExperiment, type Experiment } from '../../shared/experiment';
import { readPngText } from '../../shared/export/pngText';
import { formatMetricValue } from '../../shared/export/reportTables';
import { MODEL_INFO, simulateNight } from '../../shared/model/engine';
import { METRICS } from '../../shared/model/metrics';
import type { ParameterValues } from '../../shared/model/parameters';
import { EPOCH_H, STAGES, type SimulationResult } from '../../shared/model/result';
import { resolveParameters } from '../../shared/model/scenarios';
import { SERIES } from '../../shared/model/series';
import { collapseFlat, keyFigure, panelFigures } from './figureSpec';
import { focalWindow, slotHour } from '../../shared/time/axis';
import { figureStyle, layoutFigure, pngPixelSize, renderFigurePng, renderFigureSvg } from './figures';
import { buildFigurePack, notDrawn, renderPackFiles } from './pack';
import type { PackManifest } from './packLayout';
import { writeFigurePack } from './packWriter';
import { buildReportPdf } from './report';
import { buildProvenance } from '../../shared/export/provenance';
import { checkXml } from './xmlCheck';
import { csvRows } from '../../shared/export/testing/csvRows';

const CREATED = new Date('2026-11-26T12:34:56.000Z');
const APP = { name: 'Nocturne', version: '0.1.0' };

const EXPERIMENT: Experiment = {
  ...defaultExperiment(),
  title: 'Coffee & the night <test>',
  notes: 'Does 200 mg of caffeine at 19:00 change the night?\nSecond paragraph: Δ ≥ 5 % in Aβ.',
  nights: [
    { label: 'Usual night', scenario: 'baseline', params: {}, events: [], seed: 7 },
    { label: 'Coffee & late', scenario: 'evening-caffeine', params: { bedtime: 0.5 }, events: [], seed: 8 },
  ],
};

let dir: string;
let params: [ParameterValues, ParameterValues];
let results: [SimulationResult, SimulationResult];
let manifest: PackManifest;
const read = (path: string) => readFile(join(dir, path));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nocturne-pack-'));
  params = [
    resolveParameters(EXPERIMENT.nights[0].scenario, EXPERIMENT.nights[0].params),
    resolveParameters(EXPERIMENT.nights[1].scenario, EXPERIMENT.nights[1].params),
  ];
  results = [simulateNight(params[0], 7), simulateNight(params[1], 8)];
  const files = await buildFigurePack(
    { experiment: EXPERIMENT, params, results, series: SERIES, app: APP, model: MODEL_INFO, created: CREATED },
    { formats: ['png', 'svg', 'csv', 'pdf'], size: 'single', scale: 1, background: 'white', paper: 'letter' },
  );
  await writeFigurePack(join(dir, 'pack'), files);
  dir = join(dir, 'pack');
  manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
}, 180_000);

afterAll(async () => {
  if (dir) await rm(join(dir, '..'), { recursive: true, force: true });
});

const FIGURE_IDS = [keyFigure(), ...panelFigures()].map((f) => f.id);

describe('the pack folder and its manifest', () => {
  it('holds exactly the files the manifest lists, plus the manifest, and every SHA-256 verifies', async () => {
    const onDisk = [
      ...(await readdir(dir)).filter((f) => f !== 'figures'),
      ...(await readdir(join(dir, 'figures'))).map((f) => `figures/${f}`),
    ].sort();
    expect(onDisk).toEqual([...manifest.files.map((f) => f.path), 'manifest.json'].sort());
    expect(manifest.files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['experiment.nocturne', 'timeseries.csv', 'metrics.csv', 'report.pdf']),
    );
    for (const id of FIGURE_IDS) {
      expect(onDisk).toContain(`figures/${id}.png`);
      expect(onDisk).toContain(`figures/${id}.svg`);
    }
    for (const file of manifest.files) {
      const data = await read(file.path);
      expect(data.length, file.path).toBe(file.bytes);
      expect(createHash('sha256').update(data).digest('hex'), file.path).toBe(file.sha256);
    }
    // No temporary files of the atomic writer left behind.
    expect(onDisk.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('says, not draws, a chart flat in both nights, as the lab does: in its figure, the manifest and the report', async () => {
    // Neither night drinks: the blood-alcohol chart of the pressure panel is one line; the panel's other charts stay.
    expect(manifest.notDrawn).toContainEqual({
      figure: 'panel-pressure',
      title: expect.any(String),
      omitted: false,
      lines: ['Blood alcohol: none in either night'],
    });
    const svg = (await read('figures/panel-pressure.svg')).toString('utf8');
    expect(svg).toContain('none in either night');
    expect(svg).toContain('Clock time (hh:mm)');
  });

  it('has no figure for a panel of nothing but flat charts, and says so', async () => {
    // Every energy series held at zero in both nights: that panel has nothing to draw.
    const energy = new Set(SERIES.filter((s) => s.panel === 'energy').map((s) => s.id));
    expect(energy.size).toBeGreaterThan(0);
    const flat = (r: SimulationResult): SimulationResult => ({
      ...r,
      series: Object.fromEntries(
        Object.entries(r.series).map(([id, v]) => [id, energy.has(id) ? new Float32Array(v!.length) : v]),
      ),
    });
    const input = {
      experiment: EXPERIMENT,
      params,
      results: [flat(results[0]), flat(results[1])] as [SimulationResult, SimulationResult],
      series: SERIES,
      app: APP,
      model: MODEL_INFO,
      created: CREATED,
    };
    const said = notDrawn(input).find((n) => n.figure === 'panel-energy')!;
    expect(said.omitted).toBe(true);
    expect(said.lines.length).toBe(energy.size);
    expect(said.lines.every((line) => line.endsWith(': none in either night'))).toBe(true);
    const files = await renderPackFiles(
      input,
      { formats: ['svg'], size: 'single', scale: 1, background: 'white', paper: 'a4' },
      { printedReport: false },
    );
    const paths = files.map((f) => f.path);
    expect(paths).not.toContain('figures/panel-energy.svg');
    expect(paths).toContain('figures/panel-pressure.svg');
  }, 60_000);

  it('records versions, the injected created time, and each night with its seed and full parameters', () => {
    expect(manifest).toMatchObject({
      format: 'nocturne-figure-pack',
      version: 1,
      app: APP,
      model: { name: MODEL_INFO.name, version: MODEL_INFO.version },
      created: '2026-11-26T12:34:56.000Z',
      experiment: { title: EXPERIMENT.title },
      options: {
        figureSize: 'single',
        figureWidth_mm: 85,
        pngDpi: 300,
        scale: 1,
        background: 'white',
        paper: 'letter',
      },
    });
    expect(manifest.nights.map((n) => [n.night, n.label, n.scenario, n.seed])).toEqual([
      ['A', 'Usual night', 'baseline', 7],
      ['B', 'Coffee & late', 'evening-caffeine', 8],
    ]);
    expect(manifest.nights[0].params).toEqual({ ...params[0] });
    expect(manifest.nights[1].params).toEqual({ ...params[1] });
    expect(manifest.nights[1].params.bedtime).toBe(0.5);
  });

  it('carries the experiment file, which reads back to the same experiment', async () => {
    const parsed = parseExperiment((await read('experiment.nocturne')).toString('utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.experiment.title).toBe(EXPERIMENT.title);
    expect(parsed.experiment.notes).toBe(EXPERIMENT.notes);
    expect(parsed.experiment.nights).toEqual(EXPERIMENT.nights);
    expect(parsed.experiment.createdWith).toEqual({ app: APP.version, model: MODEL_INFO.version });
  });
});

describe('PNG figures', () => {
  it.each(FIGURE_IDS)('%s decodes at the requested size, is not blank, and carries its provenance', async (id) => {
    const bytes = await read(`figures/${id}.png`);
    const image = await loadImage(bytes);
    // As drawn: the charts flat in both nights said in a line (collapseFlat), as in the pack.
    const spec = collapseFlat(
      [keyFigure(), ...panelFigures()].find((f) => f.id === id)!,
      ...results,
    );
    // The footnote's length can change the layout's height, so take it from the real text.
    const footnote = `Nocturne 0.1.0, model ${MODEL_INFO.name} ${MODEL_INFO.version}. A: baseline, seed 7; B: evening-caffeine, seed 8. Created 2026-11-26T12:34:56.000Z.`;
    const layout = layoutFigure(spec, { footnote }, figureStyle('single'));
    const expected = pngPixelSize('single', 1, layout.height);
    // 85 mm at 300 dpi.
    expect(image.width).toBe(Math.round((85 / 25.4) * 300));
    expect([image.width, image.height]).toEqual([expected.width, expected.height]);

    const canvas = createCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, image.width, image.height);
    let sum = 0;
    let sumSq = 0;
    let blue = 0;
    let opaque = 0;
    for (let i = 0; i < data.length; i += 4) {
      const luminance = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
      sum += luminance;
      sumSq += luminance * luminance;
      if (data[i + 3] === 255) opaque++;
      // Okabe–Ito blue (#0072B2), the first series of every chart and the N2 stage, in the right
      // half: night B's plots (legend swatches of that colour always start at the left margin).
      const x = (i / 4) % image.width;
      const isBlue =
        Math.abs(data[i]! - 0x00) < 40 && Math.abs(data[i + 1]! - 0x72) < 40 && Math.abs(data[i + 2]! - 0xb2) < 40;
      if (isBlue && x > image.width / 2) blue++;
    }
    const n = data.length / 4;
    const variance = sumSq / n - (sum / n) ** 2;
    expect(variance).toBeGreaterThan(200);
    expect(opaque).toBe(n); // white background
    expect(blue).toBeGreaterThan(300);

    const text = Object.fromEntries(readPngText(bytes).map((e) => [e.keyword, e]));
    for (const entry of Object.values(text)) expect(entry.crcOk).toBe(true);
    expect(text.Title!.text).toBe(`${spec.title} - ${EXPERIMENT.title}`);
    expect(text.Software!.text).toBe(`Nocturne 0.1.0, model ${MODEL_INFO.name} ${MODEL_INFO.version}`);
    expect(text['Creation Time']!.text).toBe('2026-11-26T12:34:56.000Z');
    const provenance = JSON.parse(text['Nocturne provenance']!.text);
    expect(provenance.nights.map((n: { seed: number }) => n.seed)).toEqual([7, 8]);
    expect(provenance.nights[1].params).toEqual({ ...params[1] });
  });

  it('scales: double column at 2× is 180 mm at 600 dpi, and a transparent background stays transparent', async () => {
    const spec = panelFigures().find((f) => f.id === 'panel-synapses')!;
    const nights = [
      { night: 'A' as const, label: 'A', result: results[0] },
      { night: 'B' as const, label: 'B', result: results[1] },
    ] as const;
    const figure = await renderFigurePng(spec, nights, {
      size: 'double',
      scale: 2,
      background: 'transparent',
      text: { footnote: 'test' },
    });
    const image = await loadImage(figure.png);
    expect(image.width).toBe(Math.round((180 / 25.4) * 600));
    expect([image.width, image.height]).toEqual([figure.width, figure.height]);
    expect(figure.ppi).toBe(600);
    const canvas = createCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, image.width, image.height);
    let clear = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] === 0) clear++;
    expect(data[3]).toBe(0); // the top-left corner is margin
    expect(clear / (data.length / 4)).toBeGreaterThan(0.5);
    expect(clear).toBeLessThan(data.length / 4); // and something is drawn
  });
});

describe('SVG figures', () => {
  it.each(FIGURE_IDS)(
    '%s is well-formed XML with plotted paths, axis text, a print size and provenance',
    async (id) => {
      const svg = (await read(`figures/${id}.svg`)).toString('utf8');
      const { problems, elements } = checkXml(svg);
      expect(problems).toEqual([]);
      const root = elements[0]!;
      expect(root.name).toBe('svg');
      expect(root.attributes.width).toBe('85mm');
      expect(root.attributes.viewBox).toMatch(/^0 0 240\.945 \d+$/);
      // Plotted lines: long paths in the first series' colour (or the hypnogram's stage colours).
      const long = elements.filter((e) => e.name === 'path' && (e.attributes.d ?? '').split('L').length > 40);
      expect(long.length).toBeGreaterThan(1);
      const text = elements
        .filter((e) => e.name === 'text')
        .map((e) => e.text)
        .join(' ');
      expect(text).toMatch(/00:00/); // clock ticks
      expect(text).toMatch(/Usual/); // column header A
      if (id === 'panel-hypnogram' || id === 'side-by-side') for (const stage of STAGES) expect(text).toContain(stage);
      if (id === 'panel-pressure') expect(text).toContain('mg/L');
      expect(text).toMatch(/Clock/);
      const fonts = new Set(elements.filter((e) => e.name === 'text').map((e) => e.attributes['font-family']));
      expect([...fonts]).toEqual(['DejaVu Sans, Verdana, Arial, sans-serif']);
      const metadata = elements.find((e) => e.name === 'metadata');
      expect(JSON.parse(metadata!.text)).toMatchObject({ created: '2026-11-26T12:34:56.000Z', model: MODEL_INFO });
      expect(elements.find((e) => e.name === 'title')!.text).toContain('Coffee & the night <test>');
    },
  );
});

const readCsv = (text: string): string[][] => csvRows(text).rows;

const close = (text: string, value: number) => Math.abs(Number(text) - value) <= 5e-6 * Math.max(1, Math.abs(value));

describe('CSV', () => {
  it('timeseries.csv round-trips to the simulated numbers over each night focal window', async () => {
    const rows = readCsv((await read('timeseries.csv')).toString('utf8'));
    expect(rows[0]).toEqual(['night', 'time_h', 'clock', 'variable', 'unit', 'value']);
    const variables = 1 + SERIES.length;
    for (const [index, key] of (['A', 'B'] as const).entries()) {
      const result = results[index]!;
      const mine = rows.filter((r) => r[0] === key);
      const window = focalWindow(result);
      const first = Math.round((window.start - slotHour(result, 0)) / EPOCH_H);
      const epochs = Math.round((window.end - window.start) / EPOCH_H);
      expect(mine.length).toBe(epochs * variables);
      // Every 97th epoch, every variable: the value is the simulated Float32 to six significant digits.
      for (let k = 0; k < epochs; k += 97) {
        const i = first + k;
        const block = mine.slice(k * variables, (k + 1) * variables);
        expect(Number(block[0]![1])).toBeCloseTo(result.start_h + i * EPOCH_H, 5);
        expect(block[0]!.slice(3)).toEqual(['stage', '', STAGES[result.stage[i]!]!]);
        SERIES.forEach((s, j) => {
          const cell = block[j + 1]!;
          expect(cell.slice(3, 5)).toEqual([s.id, s.unit]);
          expect(close(cell[5]!, result.series[s.id]![i]!), `${key} ${s.id} epoch ${i}: ${cell[5]}`).toBe(true);
        });
      }
    }
    // Night B goes to bed at 00:30: its first row is 12:00, 12.5 h before its own lights-off.
    expect(rows.find((r) => r[0] === 'B')!.slice(1, 3)).toEqual(['-12.5', '12:00']);
  });

  it('metrics.csv holds both nights metrics and B − A', async () => {
    const rows = readCsv((await read('metrics.csv')).toString('utf8'));
    expect(rows[0]).toEqual(['metric', 'unit', 'A', 'B', 'delta', 'delta_pct']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(METRICS.map((m) => m.id));
    for (const row of rows.slice(1)) {
      const a = results[0].metrics[row[0]!];
      const b = results[1].metrics[row[0]!];
      if (typeof a === 'number' && Number.isFinite(a)) expect(close(row[2]!, a), row[0]).toBe(true);
      else expect(row[2]).toBe('');
      if (typeof a === 'number' && typeof b === 'number' && Number.isFinite(a) && Number.isFinite(b)) {
        expect(Math.abs(Number(row[4]) - (b - a)), row[0]).toBeLessThan(1e-5 * Math.max(1, Math.abs(b - a)) + 1e-9);
      }
    }
  });
});

describe('PDF report', () => {
  it('has its pages, Letter paper and provenance in the info dictionary', async () => {
    const pdf = await PDFDocument.load(await read('report.pdf'), { updateMetadata: false });
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(3);
    for (const page of pdf.getPages()) expect([page.getWidth(), page.getHeight()]).toEqual([612, 792]);
    expect(pdf.getTitle()).toBe(EXPERIMENT.title);
    expect(pdf.getSubject()).toContain('A: Usual night (baseline, seed 7)');
    expect(pdf.getKeywords()).toContain(`model ${MODEL_INFO.name} ${MODEL_INFO.version}`);
    expect(pdf.getProducer()).toContain('Nocturne 0.1.0');
    expect(pdf.getCreationDate()?.toISOString()).toBe('2026-11-26T12:34:56.000Z');
  });

  const pdftotext = '/usr/bin/pdftotext';
  it.skipIf(!existsSync(pdftotext))(
    'reads (pdftotext) with the title, notes, parameter differences, metric values and references',
    async () => {
      const text = execFileSync(pdftotext, ['-layout', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain('Coffee & the night <test>');
      expect(text).toContain('Second paragraph: delta >= 5 % in Abeta.');
      expect(text).toMatch(/Bedtime \(focal night\)\s+23:00\s+00:30/);
      expect(text).toMatch(/Caffeine dose\s+0 mg\s+200 mg/);
      for (const id of ['totalSleepTime_min', 'sleepOnsetLatency_min', 'dlmo_clock_h', 'readinessScore']) {
        const metric = METRICS.find((m) => m.id === id)!;
        const a = formatMetricValue(metric, results[0].metrics[id]);
        const b = formatMetricValue(metric, results[1].metrics[id]);
        expect(text, id).toMatch(
          new RegExp(`${metric.label.replace(/[()]/g, '\\$&')}\\s+${metric.unit}\\s+${a}\\s+${b}`),
        );
      }
      expect(text).toMatch(/Sleep onset latency\s+min\s+\S+\s+\S+\s+\S+\s+\S+\s+(better|worse)/);
      expect(text).toContain(`Simulated with ${MODEL_INFO.name} ${MODEL_INFO.version}`);
      expect(text).toContain('Daan, Beersma & Borbély 1984');
      expect(text).toContain('Key panels, night A and night B');
    },
  );
});

describe('determinism', () => {
  it('draws the same PNG, SVG and PDF bytes from the same results and creation time', async () => {
    const spec = panelFigures().find((f) => f.id === 'panel-synapses')!;
    const nights = [
      { night: 'A' as const, label: 'A', result: results[0] },
      { night: 'B' as const, label: 'B', result: results[1] },
    ] as const;
    const options = { size: 'single' as const, scale: 1, background: 'white' as const, text: { footnote: 'f' } };
    const [png1, png2] = await Promise.all([
      renderFigurePng(spec, nights, options),
      renderFigurePng(spec, nights, options),
    ]);
    expect(Buffer.from(png1.png).equals(Buffer.from(png2.png))).toBe(true);
    expect(renderFigureSvg(spec, nights, options)).toBe(renderFigureSvg(spec, nights, options));
    const provenance = buildProvenance(EXPERIMENT, params, { app: APP, model: MODEL_INFO }, CREATED);
    const report = () =>
      buildReportPdf({ experiment: EXPERIMENT, provenance, params, results, figures: [png1.png], paper: 'a4' });
    const [pdf1, pdf2] = [await report(), await report()];
    expect(Buffer.from(pdf1).equals(Buffer.from(pdf2))).toBe(true);
  });
});
