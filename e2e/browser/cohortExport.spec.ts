/**
 * A virtual cohort carried by the exports (issue 17): a small cohort (20 young adults, baseline vs
 * evening caffeine) run in the Cohort tab; its per-person table and summary saved from the tab;
 * the pressure chart exported as PNG, SVG and CSV in the overlay view with the bands on (band
 * polygons and the cohort's legend in the SVG, quantile columns in the CSV), and as SVG with them
 * off (none); then the figure pack with the PDF report printed from the print view (its cohort
 * section) and the manifest naming the cohort. Every file is read back here.
 */
import { test, expect, type Page } from '@playwright/test';
import { loadImage } from '@napi-rs/canvas';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLab, type LabHarness } from '../lab';
import { SHOTS, settled } from '../pageHelpers';

const N = 20;
const MENU = 'chart-pressure-export';
/** Filled paths at the 90 % band's opacity (0x22/255), as the SVG writer writes them. */
const bandPolygons = (svg: string) => (svg.match(/<path [^>]*fill-opacity="0\.133"/g) ?? []).length;

async function exportChart(page: Page, lab: LabHarness, format: 'png' | 'svg' | 'csv', path: string): Promise<void> {
  if (!(await page.getByTestId(MENU).isVisible())) await page.getByTestId(`${MENU}-toggle`).click();
  await page.getByTestId(`${MENU}-format-${format}`).check();
  lab.dialogs.exportFile.push(path);
  await page.getByTestId(`${MENU}-save`).click();
  await expect(page.getByTestId(`${MENU}-done`)).toContainText(path, { timeout: 60_000 });
}

test('a cohort of 20 in the exports: its table and summary, bands and quantiles in a chart, its section in the report', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const lab = await openLab(page);
  await settled(page);
  const folder = mkdtempSync(join(tmpdir(), 'nocturne-cohort-export-'));

  await page.getByTestId('tab-cohort').click();
  await page.getByTestId('cohort-population').selectOption('young-adults');
  await page.getByTestId('cohort-n').fill(String(N));
  await page.getByTestId('cohort-n').press('Enter');
  await page.getByTestId('cohort-run').click();
  await expect(page.getByTestId('cohort-share')).toContainText(`of ${N} people`, { timeout: 300_000 });
  await expect(page.getByTestId('cohort-progress')).toHaveCount(0, { timeout: 300_000 });

  // The tab's own files, as `nocturne cohort merge` writes them.
  lab.dialogs.exportFile.push(join(folder, 'cohort.csv'));
  await page.getByTestId('cohort-export-table').click();
  await expect(page.getByTestId('cohort-export-done')).toContainText('cohort.csv');
  await page.getByTestId('cohort-export').screenshot({ path: `${SHOTS}/cohort-export-buttons.png` });
  for (const [width, height] of [
    [1440, 900],
    [1024, 680],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.getByTestId('cohort-export').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/cohort-export-tab-${width}.png` });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  const table = readFileSync(join(folder, 'cohort.csv'), 'utf8').trim().split('\n');
  expect(table).toHaveLength(N + 1);
  expect(table[0]).toMatch(
    /^person,noiseSeed,age,sex,.*,totalSleepTime_min_A,totalSleepTime_min_B,totalSleepTime_min_delta/,
  );
  expect(table.slice(1).map((row) => Number(row.split(',')[0]))).toEqual([...Array(N).keys()]);
  lab.dialogs.exportFile.push(join(folder, 'summary.json'));
  await page.getByTestId('cohort-export-summary').click();
  await expect(page.getByTestId('cohort-export-done')).toContainText('summary.json');
  const summary = JSON.parse(readFileSync(join(folder, 'summary.json'), 'utf8')) as {
    format: string;
    n: number;
    seed: number;
    population: string;
    thresholds: { count: number; of: number }[];
    metrics: { metric: string; delta: { median: number } }[];
  };
  expect(summary).toMatchObject({ format: 'nocturne-cohort-summary', n: N, seed: 1, population: 'young-adults' });
  const tst = summary.metrics.find((m) => m.metric === 'totalSleepTime_min')!;
  // The table and the summary agree: the median of the table's Δ column is the summary's.
  const header = table[0]!.split(',');
  const deltas = table
    .slice(1)
    .map((row) => Number(row.split(',')[header.indexOf('totalSleepTime_min_delta')]))
    .sort((a, b) => a - b);
  expect((deltas[N / 2 - 1]! + deltas[N / 2]!) / 2).toBeCloseTo(tst.delta.median, 9);

  // The pressure chart, both nights overlaid, bands on (the lab's default).
  await page.getByTestId('tab-nights').click();
  await page.getByTestId('mode-overlay').click();
  const chart = page.getByTestId('chart-pressure-overlay');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-cohort', `${N}/${N}`);
  await exportChart(page, lab, 'svg', join(folder, 'pressure.svg'));
  const svg = readFileSync(join(folder, 'pressure.svg'), 'utf8');
  // A's and B's 90 % bands at least (the thresholds have none).
  expect(bandPolygons(svg)).toBeGreaterThanOrEqual(2);
  const words = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  expect(words).toContain(`Cohort: median (dotted), 50 % and 90 % of people; Young adults (18–30 y), n = ${N}, seed 1`);
  expect(words).toContain('Shading: a virtual cohort');

  await exportChart(page, lab, 'png', join(folder, 'pressure.png'));
  const png = await loadImage(readFileSync(join(folder, 'pressure.png')));
  expect(png.width).toBeGreaterThan(900);

  await exportChart(page, lab, 'csv', join(folder, 'pressure.csv'));
  const csv = readFileSync(join(folder, 'pressure.csv'), 'utf8').trim().split('\r\n');
  expect(csv[0]).toBe(
    'night,time_h,clock,variable,unit,value,cohort_p05,cohort_p25,cohort_median,cohort_p75,cohort_p95',
  );
  // Every 10 min a row of Process S carries the quantiles, in order p05 ≤ p25 ≤ median ≤ p75 ≤ p95.
  const banded = csv
    .slice(1)
    .map((line) => line.split(','))
    .filter((cells) => cells[3] === 'processS' && cells[6] !== '');
  expect(banded.length).toBeGreaterThan(100);
  for (const cells of banded) {
    const q = cells.slice(6).map(Number);
    expect([...q].sort((a, b) => a - b)).toEqual(q);
  }
  expect(new Set(banded.map((cells) => cells[0]))).toEqual(new Set(['A', 'B']));

  // With the bands hidden, the chart's figure has none.
  await page.getByTestId('cohort-strip-toggle').uncheck();
  // A chart redraws when on screen.
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-cohort', '');
  await exportChart(page, lab, 'svg', join(folder, 'pressure-plain.svg'));
  expect(bandPolygons(readFileSync(join(folder, 'pressure-plain.svg'), 'utf8'))).toBe(0);
  await page.getByTestId('cohort-strip-toggle').check();

  // The pack with the PDF report printed from the print view.
  await page.getByTestId('file-export').click();
  await page.getByTestId('export-format-png').uncheck();
  await page.getByTestId('export-size').selectOption('single');
  const pack = join(folder, 'pack');
  lab.dialogs.folder.push(pack);
  await page.getByTestId('export-run').click();
  await expect(page.getByTestId('export-done')).toContainText(pack, { timeout: 300_000 });
  const manifest = JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8')) as {
    cohort: {
      population: string;
      populationSha256: string;
      n: number;
      people: number;
      seed: number;
      bandsDrawn: boolean;
    };
    files: { path: string }[];
  };
  expect(manifest.cohort).toMatchObject({ population: 'young-adults', n: N, people: N, seed: 1, bandsDrawn: true });
  expect(manifest.cohort.populationSha256).toMatch(/^[0-9a-f]{64}$/);
  for (const path of ['cohort/cohort.csv', 'cohort/summary.json', 'cohort/bands.csv', 'report.pdf'])
    expect(manifest.files.map((f) => f.path)).toContain(path);
  // The pack's table is the tab's: one writer.
  expect(readFileSync(join(pack, 'cohort/cohort.csv'), 'utf8')).toBe(readFileSync(join(folder, 'cohort.csv'), 'utf8'));
  const metrics = readFileSync(join(pack, 'metrics.csv'), 'utf8').split('\r\n')[0]!;
  expect(metrics).toContain('cohort_n,cohort_A_p05');
  expect(bandPolygons(readFileSync(join(pack, 'figures/panel-pressure.svg'), 'utf8'))).toBeGreaterThanOrEqual(2);

  const report = execFileSync('pdftotext', ['-layout', join(pack, 'report.pdf'), '-'], { encoding: 'utf8' });
  expect(report).toContain('Virtual cohort');
  expect(report).toMatch(new RegExp(`\\d+ of ${N} people \\(\\d+ %\\) lose more than 30 min of total sleep time`));
  expect(report).toContain('Strongest drivers of Δ Total sleep time');
  expect(report).toContain('Cohort metrics: median [5–95 %] across people');
  expect(report).toContain('Population: Young adults (18–30 y)');
  console.log(`cohort export files in ${folder}`);
});
