// The export channels through handleInvoke with the real worker pool: what a request writes,
// where, and what it refuses, as the renderer would call them.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import workerPath from '../simulation/worker?modulePath';
import { SimulationPool } from '../simulation/pool';
import { createHandlers, handleInvoke } from './handlers';
import fitWorkerPath from '../fit/worker?modulePath';
import type { ExportChartRequest } from '../../shared/ipc';
import { TEST_APP_INFO, testFileDeps } from './testing/handlerSetup';
import type { PrintReportData } from '../../shared/export/printReport';
import { defaultExperiment } from '../../shared/experiment';

const pool = new SimulationPool({ workerPath, size: 2 });
const folder = mkdtempSync(join(tmpdir(), 'nocturne-export-handlers-'));
afterAll(async () => {
  await pool.close();
  rmSync(folder, { recursive: true, force: true });
});
const exportPaths: (string | null)[] = [];
const clipboard: (Uint8Array | string)[] = [];
const handlers = createHandlers({
  pool,
  fitWorkerPath,
  appInfo: TEST_APP_INFO,
  emit: () => undefined,
  files: testFileDeps(folder, {
    dialogs: { chooseExportPath: async () => exportPaths.shift() ?? null },
    clipboard: {
      writeImage: async (png) => void clipboard.push(png),
      writeText: async (text) => void clipboard.push(text),
    },
  }),
});

const experiment = defaultExperiment();
const chart = (over: Partial<ExportChartRequest> = {}): ExportChartRequest => ({
  experiment,
  chart: { panel: 'swa', unit: 'rel.', layout: 'side', window: { start: 20, end: 32 } },
  format: 'png',
  target: 'file',
  options: { size: 'single', scale: 1, background: 'transparent' },
  ...over,
});

describe('export:chart', () => {
  it('writes the chart where the person picks, and says its size', async () => {
    const path = join(folder, 'swa.png');
    exportPaths.push(path);
    const reply = await handleInvoke(handlers, 'export:chart', chart());
    expect(reply).toMatchObject({ ok: true, value: { path, width: 1004, name: 'chart-swa-rel-side.png' } });
    expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG');
  });

  it('puts a PNG on the clipboard as an image and a CSV as text, writing no file', async () => {
    const before = readdirSync(folder).length;
    expect(await handleInvoke(handlers, 'export:chart', chart({ target: 'clipboard' }))).toMatchObject({
      ok: true,
      value: { path: null },
    });
    expect(clipboard.at(-1)).toBeInstanceOf(Uint8Array);
    await handleInvoke(handlers, 'export:chart', chart({ target: 'clipboard', format: 'csv' }));
    expect(String(clipboard.at(-1))).toMatch(/^night,time_h,clock,variable,unit,value\r?\nA,/);
    expect(readdirSync(folder).length).toBe(before);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const before = readdirSync(folder).length;
    expect(await handleInvoke(handlers, 'export:chart', chart({ format: 'svg' }))).toMatchObject({
      ok: false,
      error: { code: 'cancelled' },
    });
    expect(readdirSync(folder).length).toBe(before);
  });

  it.each([
    ['a unit the panel has not', { panel: 'swa', unit: 'mg/L' }, 'chart.unit', /its units: "rel\."/],
    ['a hypnogram outside its panel', { panel: 'swa', unit: null }, 'chart.unit', /no hypnogram/],
    ['an unknown panel', { panel: 'lungs' }, 'chart.panel', /panel/],
    ['a window under 15 minutes', { window: { start: 22, end: 22.1 } }, 'chart.window.end', /15 minutes/],
  ])('refuses %s, naming the field', async (_name, over, field, message) => {
    const request = chart();
    const reply = await handleInvoke(handlers, 'export:chart', { ...request, chart: { ...request.chart, ...over } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-payload', field } });
    expect(reply.ok ? '' : reply.error.message).toMatch(message);
  });
});

describe('export:report and a printed report.pdf', () => {
  it('gives the print view its tables, key figures as SVG, and references', async () => {
    const reply = await handleInvoke(handlers, 'export:report', { experiment, paper: 'a4' });
    expect(reply.ok).toBe(true);
    const report = (reply as { value: PrintReportData }).value;
    expect(report.figures.length).toBe(2);
    for (const figure of report.figures) expect(figure.svg).toMatch(/<svg[^>]*width="180mm"/);
    expect(report.parameters.map((p) => p.id)).toContain('caffeine_mg');
    expect(report.metricGroups.map((g) => g.title)).toContain('Next-morning outcome');
    expect(report.references.length).toBeGreaterThan(10);
  });

  it('puts the printed PDF in the pack, stamped with provenance; pdf-lib writes it without a printer', async () => {
    const printed = await PDFDocument.create();
    printed.addPage([612, 792]);
    const printedBytes = await printed.save();
    const papers: string[] = [];
    const printToPdf = async (paper: string) => {
      papers.push(paper);
      return printedBytes;
    };
    const request = {
      experiment,
      options: { formats: ['pdf'], size: 'single', scale: 1, background: 'white', paper: 'letter' },
      printView: true,
    };
    const withPrinter = join(folder, 'printed');
    expect(
      await handleInvoke(handlers, 'export:pack', { ...request, folder: withPrinter }, { printToPdf }),
    ).toMatchObject({ ok: true });
    expect(papers).toEqual(['letter']);
    const doc = await PDFDocument.load(readFileSync(join(withPrinter, 'report.pdf')), { updateMetadata: false });
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getProducer()).toMatch(/printed from the lab by Chromium/);
    expect(doc.getSubject()).toMatch(/A: Baseline night \(baseline, seed \d+\)/);

    // No window to print (the CLI's case): the pdf-lib report, several pages.
    const headless = join(folder, 'headless');
    expect(await handleInvoke(handlers, 'export:pack', { ...request, folder: headless })).toMatchObject({ ok: true });
    const pdfLib = await PDFDocument.load(readFileSync(join(headless, 'report.pdf')), { updateMetadata: false });
    expect(pdfLib.getPageCount()).toBeGreaterThan(2);
    expect(pdfLib.getProducer()).toMatch(/pdf-lib/);
    expect(existsSync(join(headless, 'manifest.json'))).toBe(true);
  });
});

describe('export:pack with an event off its night’s protocol', () => {
  it('is refused naming the event before anything is simulated or written', async () => {
    const bad = {
      ...experiment,
      nights: [
        experiment.nights[0],
        { ...experiment.nights[1], events: [{ kind: 'nap', at: 14, day: -30, duration_h: 1 }] },
      ],
    };
    const target = join(folder, 'refused');
    const reply = await handleInvoke(handlers, 'export:pack', {
      experiment: bad,
      folder: target,
      options: { formats: ['csv'], size: 'single', scale: 1, background: 'white', paper: 'a4' },
      printView: false,
    });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('invalid-parameters');
    expect(reply.error.field).toBe('events[0].day');
    expect(existsSync(target)).toBe(false);
  });
});
