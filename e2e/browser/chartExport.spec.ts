/**
 * Exporting one chart as a person does: open its Export menu, pick a format and size, save or
 * copy. Each file is read back: the PNG decodes at the chosen print size, the SVG holds vectors
 * and axis text, and the CSV's values add up to the checksum of what the chart on screen draws
 * (the chart and the file represent the same epochs of the same simulated night).
 */
import { test, expect, type Page } from '@playwright/test';
import { loadImage } from '@napi-rs/canvas';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLab, type LabHarness } from '../lab';

interface Row {
  night: string;
  clock: string;
  variable: string;
  value: string;
}

function readCsv(path: string): Row[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  expect(header).toBe('night,time_h,clock,variable,unit,value');
  return lines.map((line) => {
    // night,time_h,clock,variable come first and hold no commas; value is last.
    const fields = line.split(',');
    return { night: fields[0]!, clock: fields[2]!, variable: fields[3]!, value: fields.at(-1)! };
  });
}

const sum = (rows: readonly Row[]) => rows.reduce((total, row) => total + Number(row.value), 0);

async function ready(page: Page): Promise<LabHarness> {
  const lab = await openLab(page);
  await expect(page.getByTestId('status-a')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
  return lab;
}

async function exportChart(page: Page, lab: LabHarness, menu: string, format: 'png' | 'svg' | 'csv', path: string) {
  if (!(await page.getByTestId(menu).isVisible())) await page.getByTestId(`${menu}-toggle`).click();
  await page.getByTestId(`${menu}-format-${format}`).check();
  lab.dialogs.exportFile.push(path);
  await page.getByTestId(`${menu}-save`).click();
  await expect(page.getByTestId(`${menu}-done`)).toContainText(path, { timeout: 30_000 });
}

test('a chart saved as PNG, SVG and CSV: print size, vectors, and exactly the plotted data', async ({ page }) => {
  test.setTimeout(120_000);
  const lab = await ready(page);
  const folder = mkdtempSync(join(tmpdir(), 'nocturne-chart-'));
  const menu = 'chart-pressure-export';

  await page.getByTestId(`${menu}-toggle`).click();
  await page.getByTestId(`${menu}-format-png`).check();
  await page.getByTestId(`${menu}-size`).selectOption('single');
  await page.getByTestId(`${menu}-scale`).selectOption('2');
  await page.screenshot({ path: 'test-output/screenshots/chart-export-menu.png' });
  await exportChart(page, lab, menu, 'png', join(folder, 'pressure.png'));
  const png = await loadImage(readFileSync(join(folder, 'pressure.png')));
  // 85 mm at 300 dpi × 2.
  expect(png.width).toBe(Math.round((85 / 25.4) * 600));
  expect(png.height).toBeGreaterThan(800);

  await exportChart(page, lab, menu, 'svg', join(folder, 'pressure.svg'));
  const svg = readFileSync(join(folder, 'pressure.svg'), 'utf8');
  expect(svg).toMatch(/^<\?xml|^<svg/);
  expect(svg).toContain('width="85mm"');
  expect(svg).toContain('<metadata');
  expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(10);
  expect(svg.replace(/\s+/g, ' ')).toContain('Clock time (hh:mm)');

  await exportChart(page, lab, menu, 'csv', join(folder, 'pressure.csv'));
  const rows = readCsv(join(folder, 'pressure.csv'));
  for (const night of ['a', 'b'] as const) {
    const checksum = Number(await page.getByTestId(`chart-pressure-${night}`).getAttribute('data-checksum'));
    expect(sum(rows.filter((r) => r.night === night.toUpperCase()))).toBeCloseTo(checksum, 1);
  }
});

test('a zoomed difference chart exports B − A over the zoomed window only', async ({ page }) => {
  test.setTimeout(120_000);
  const lab = await ready(page);
  const folder = mkdtempSync(join(tmpdir(), 'nocturne-chart-'));
  await page.getByTestId('mode-diff').click();
  const chart = page.getByTestId('chart-pressure-diff');
  // Charts draw when on screen; the answer bar, hypnograms and pins stand above this one.
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).not.toHaveAttribute('data-checksum', '');
  // Zoom in twice from the keyboard, as a person would on the focused chart.
  await chart.focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await page.waitForTimeout(300);
  const checksum = Number(await chart.getAttribute('data-checksum'));

  await exportChart(page, lab, 'chart-pressure-export', 'csv', join(folder, 'diff.csv'));
  const rows = readCsv(join(folder, 'diff.csv'));
  expect(new Set(rows.map((r) => r.night))).toEqual(new Set(['B-A']));
  expect(sum(rows)).toBeCloseTo(checksum, 1);
  // The night's 18 h shown at first; two zoom steps of 0.8 leave about 11.5 h, so fewer epochs than the whole.
  const epochs = new Set(rows.map((r) => r.clock)).size;
  expect(epochs).toBeLessThan(12 * 60);
  expect(epochs).toBeGreaterThan(10 * 60);
});

test('Copy puts the chart on the clipboard: an image for PNG, text for CSV', async ({ page }) => {
  test.setTimeout(120_000);
  const lab = await ready(page);
  const menu = 'chart-hypnogram-export';
  await page.getByTestId(`${menu}-toggle`).click();
  await page.getByTestId(`${menu}-format-png`).check();
  await page.getByTestId(`${menu}-copy`).click();
  await expect(page.getByTestId(`${menu}-done`)).toContainText('Copied the image');
  const image = lab.clipboard.at(-1)!;
  expect(image.kind).toBe('image');
  if (image.kind === 'image') expect((await loadImage(Buffer.from(image.png))).width).toBeGreaterThan(900);

  await page.getByTestId(`${menu}-format-csv`).check();
  await page.getByTestId(`${menu}-copy`).click();
  await expect(page.getByTestId(`${menu}-done`)).toContainText('Copied the CSV text');
  const text = lab.clipboard.at(-1)!;
  expect(text.kind === 'text' && text.text.startsWith('night,time_h,clock,variable,unit,value')).toBe(true);
  expect(text.kind === 'text' && /\nA,[^,]+,\d\d:\d\d,stage,,(W|R|N1|N2|N3)/.test(text.text)).toBe(true);
});
