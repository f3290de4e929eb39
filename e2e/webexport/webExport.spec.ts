/**
 * The web edition's exports in real Chromium against the desktop's, for the same two nights and
 * creation time. The page runs web/exports.ts as it ships (bundled here by esbuild into one
 * module: no app build needed, the export module on its own); the desktop's files come from
 * main/export in this Node process. What must match: a PNG's pixel size, density and text chunks;
 * SVG, CSV and the pack's non-raster files byte for byte; the report's pages. What may differ are
 * the raster bytes (another Skia build, docs/WEB.md). Renders are saved to test-output/screenshots.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { expect, test, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { buildChartFile } from '../../main/export/chartExport';
import { FONT_FILES } from '../../main/export/fonts';
import { desktopFigureBackend } from '../../main/export/nodeCanvas';
import { buildFigurePack } from '../../main/export/pack';
import { defaultExperiment, type Experiment } from '../../shared/experiment';
import type { ChartFormat } from '../../shared/export/options';
import type { PackManifest } from '../../shared/export/packLayout';
import { readPngDensity, readPngText } from '../../shared/export/pngText';
import { reportFigureSvgs } from '../../shared/export/reportFigures';
import type { ExportSource } from '../../shared/export/source';
import type { ExportChartRequest, ExportPackRequest, Reply } from '../../shared/ipc';
import { MODEL_INFO, simulateNight } from '../../shared/model/engine';
import { resolveParameters } from '../../shared/model/scenarios';
import { SERIES } from '../../shared/model/series';
import type { Setup } from './page';
import { toBase64, toWire } from './wire';
import { SHOTS } from '../pageHelpers';

const ORIGIN = 'https://nocturne-webexport.test';
const CREATED = new Date('2026-11-26T12:34:56.000Z');
const APP = { name: 'Nocturne', version: '0.1.0' };

const EXPERIMENT: Experiment = {
  ...defaultExperiment(),
  title: 'Coffee & the night',
  notes: 'Does 200 mg of caffeine at 19:00 change the night?',
  nights: [
    { label: 'Usual night', scenario: 'baseline', params: {}, events: [], seed: 7 },
    { label: 'Coffee & late', scenario: 'evening-caffeine', params: { bedtime: 0.5 }, events: [], seed: 8 },
  ],
};

let source: ExportSource;
let setup: Setup;
let bundle: string;

test.beforeAll(async () => {
  const params = [
    resolveParameters(EXPERIMENT.nights[0].scenario, EXPERIMENT.nights[0].params),
    resolveParameters(EXPERIMENT.nights[1].scenario, EXPERIMENT.nights[1].params),
  ] as const;
  // Over the whole protocol, as main's exportInputs asks its pool.
  const results = [simulateNight(params[0], 7), simulateNight(params[1], 8)] as const;
  source = { experiment: EXPERIMENT, params, results, series: SERIES, app: APP, model: MODEL_INFO, created: CREATED };
  setup = {
    results: toWire(results),
    seeds: [7, 8],
    created: CREATED.toISOString(),
    fonts: { regular: toBase64(readFileSync(FONT_FILES.regular)), bold: toBase64(readFileSync(FONT_FILES.bold)) },
    app: APP,
  };
  const out = await build({
    entryPoints: ['e2e/webexport/page.ts'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'error',
  });
  bundle = out.outputFiles[0]!.text.replaceAll('</script', '<\\/script');
  mkdirSync(SHOTS, { recursive: true });
});

async function openPage(page: Page): Promise<void> {
  await page.route(`${ORIGIN}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><meta charset="utf-8"></head><body><script type="module">${bundle}</script></body></html>`,
    }),
  );
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => 'webExport' in globalThis);
}

/** Runs one web export in the page and returns its reply and the file it downloaded. */
async function webExport(
  page: Page,
  method: 'exportChart' | 'exportPack',
  request: ExportChartRequest | ExportPackRequest,
): Promise<{ reply: Reply<unknown>; name: string; data: Buffer }> {
  const [download, reply] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.evaluate(
      ({ method, request, setup }) =>
        (globalThis as unknown as Record<string, Record<string, (r: unknown, s: unknown) => Promise<Reply<unknown>>>>)
          .webExport![method]!(request, setup),
      { method, request, setup },
    ),
  ]);
  return { reply, name: download.suggestedFilename(), data: readFileSync(await download.path()) };
}

const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

/** Share of pixels whose colour differs by more than `levels` in any channel between two PNGs of one size. */
async function pixelDifference(a: Uint8Array, b: Uint8Array, levels: number): Promise<number> {
  const pixels = async (png: Uint8Array) => {
    const image = await loadImage(Buffer.from(png));
    const ctx = createCanvas(image.width, image.height).getContext('2d');
    ctx.drawImage(image, 0, 0);
    return ctx.getImageData(0, 0, image.width, image.height).data;
  };
  const [x, y] = await Promise.all([pixels(a), pixels(b)]);
  let differing = 0;
  for (let i = 0; i < x.length; i += 4) {
    const d = Math.max(Math.abs(x[i]! - y[i]!), Math.abs(x[i + 1]! - y[i + 1]!), Math.abs(x[i + 2]! - y[i + 2]!));
    if (d > levels) differing++;
  }
  return differing / (x.length / 4);
}

const chartRequest = (format: ChartFormat, scale = 1): ExportChartRequest => ({
  experiment: EXPERIMENT,
  chart: { panel: 'pressure', unit: 'S (0–1)', layout: 'side', window: { start: 20, end: 34 } },
  format,
  target: 'file',
  options: { size: 'double', scale, background: 'white' },
});

test('a chart: PNG at the desktop size and density with its text, SVG and CSV byte for byte', async ({ page }) => {
  test.setTimeout(180_000);
  await openPage(page);
  for (const [format, scale] of [
    ['png', 1],
    ['png', 2],
    ['svg', 1],
    ['csv', 1],
  ] as const) {
    const request = chartRequest(format, scale);
    const web = await webExport(page, 'exportChart', request);
    const desktop = await buildChartFile({ ...source, chart: request.chart, format, options: request.options });
    expect(web.reply.ok, JSON.stringify(web.reply)).toBe(true);
    expect(web.name).toBe(desktop.name);
    expect(web.reply).toMatchObject({
      ok: true,
      value: { path: desktop.name, name: desktop.name, bytes: web.data.length },
    });
    if (format === 'png') {
      expect(pngSize(web.data)).toEqual(pngSize(desktop.data));
      expect(pngSize(web.data)).toEqual({ width: desktop.width, height: desktop.height });
      expect(readPngDensity(web.data)).toEqual({ x: 300 * scale, y: 300 * scale });
      expect(readPngDensity(web.data)).toEqual(readPngDensity(desktop.data));
      expect(readPngText(web.data)).toEqual(readPngText(desktop.data));
      // The same drawing: only anti-aliasing differs (measured: 2 % of pixels at 1×, 0.01 % by more than 64 levels).
      expect(await pixelDifference(web.data, desktop.data, 0)).toBeLessThan(0.05);
      expect(await pixelDifference(web.data, desktop.data, 64)).toBeLessThan(0.002);
      writeFileSync(join(SHOTS, `webexport-chart-web-${scale}x.png`), web.data);
      writeFileSync(join(SHOTS, `webexport-chart-desktop-${scale}x.png`), desktop.data);
    } else {
      expect(web.data.equals(Buffer.from(desktop.data)), `${format} bytes`).toBe(true);
    }
  }
});

test('the figure pack: one zip of the desktop pack, same files, manifest and report pages', async ({ page }) => {
  test.setTimeout(300_000);
  await openPage(page);
  const options = {
    formats: ['png', 'svg', 'csv', 'pdf'],
    size: 'single',
    scale: 1,
    background: 'white',
    paper: 'a4',
  } as const;
  const request: ExportPackRequest = {
    experiment: EXPERIMENT,
    folder: null,
    options: { ...options, formats: [...options.formats] },
  };
  const web = await webExport(page, 'exportPack', request);
  const desktop = await buildFigurePack(source, { ...options, formats: [...options.formats] });
  expect(web.name).toBe('coffee-the-night-figures.zip');
  const entries = unzipSync(web.data);
  const files = Object.fromEntries(
    Object.entries(entries).map(([path, data]) => [path.replace(/^coffee-the-night-figures\//, ''), Buffer.from(data)]),
  );
  expect(Object.keys(files)).toEqual(desktop.map((f) => f.path));
  expect(web.reply).toMatchObject({
    ok: true,
    value: { folder: web.name, files: desktop.length, bytes: Object.values(files).reduce((s, d) => s + d.length, 0) },
  });
  for (const file of desktop) {
    const mine = files[file.path]!;
    if (file.path.endsWith('.png')) {
      expect(pngSize(mine), file.path).toEqual(pngSize(file.data));
      expect(readPngDensity(mine), file.path).toEqual(readPngDensity(file.data));
      expect(readPngText(mine), file.path).toEqual(readPngText(file.data));
    } else if (file.path === 'report.pdf') {
      const [a, b] = await Promise.all([PDFDocument.load(mine), PDFDocument.load(file.data)]);
      expect(a.getPageCount()).toBe(b.getPageCount());
      expect(a.getPages().map((p) => [p.getWidth(), p.getHeight()])).toEqual(
        b.getPages().map((p) => [p.getWidth(), p.getHeight()]),
      );
      expect([a.getTitle(), a.getSubject(), a.getProducer(), a.getCreationDate()?.toISOString()]).toEqual([
        b.getTitle(),
        b.getSubject(),
        b.getProducer(),
        b.getCreationDate()?.toISOString(),
      ]);
    } else if (file.path === 'manifest.json') {
      // The same manifest but the raster files' sizes and hashes (another rasteriser's bytes).
      const raster = (path: string) => path.endsWith('.png') || path === 'report.pdf';
      const strip = (m: PackManifest) => ({ ...m, files: m.files.filter((f) => !raster(f.path)) });
      const mineManifest = JSON.parse(mine.toString('utf8')) as PackManifest;
      const theirs = JSON.parse(Buffer.from(file.data).toString('utf8')) as PackManifest;
      expect(strip(mineManifest)).toEqual(strip(theirs));
      expect(mineManifest.files.map((f) => f.path)).toEqual(theirs.files.map((f) => f.path));
    } else {
      expect(mine.equals(Buffer.from(file.data)), `${file.path} bytes`).toBe(true);
    }
  }
  writeFileSync(join(SHOTS, 'webexport-pack-side-by-side-web.png'), files['figures/side-by-side.png']!);
  const pdf = join(SHOTS, 'webexport-report-web.pdf');
  writeFileSync(pdf, files['report.pdf']!);
  // The browser's report as a reader draws it (poppler), for a look: its key-panels page.
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '4', pdf, join(SHOTS, 'webexport-report-web')]);
});

test('the print view data: the same key figures (SVG) and tables as the desktop', async ({ page }) => {
  await openPage(page);
  const reply = await page.evaluate(
    ({ setup, experiment }) =>
      (globalThis as unknown as Record<string, Record<string, (r: unknown, s: unknown) => Promise<Reply<unknown>>>>)
        .webExport!.prepareReport!({ experiment, paper: 'letter' }, setup),
    { setup, experiment: EXPERIMENT },
  );
  expect(reply.ok).toBe(true);
  const value = (reply as { value: { figures: { id: string; svg: string }[]; title: string } }).value;
  expect(value.title).toBe(EXPERIMENT.title);
  expect(value.figures).toEqual(reportFigureSvgs(source, desktopFigureBackend().measure));
});

test('a bad request is a reply naming the field, not a download', async ({ page }) => {
  await openPage(page);
  const reply = await page.evaluate(
    ({ setup, request }) =>
      (globalThis as unknown as Record<string, Record<string, (r: unknown, s: unknown) => Promise<Reply<unknown>>>>)
        .webExport!.exportChart!(request, setup),
    { setup, request: { ...chartRequest('svg'), chart: { ...chartRequest('svg').chart, unit: 'furlongs' } } },
  );
  expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-payload', field: 'chart.unit' } });
  expect((reply as { error: { message: string } }).error.message).toMatch(/no chart in "furlongs"; its units: "/);
});
