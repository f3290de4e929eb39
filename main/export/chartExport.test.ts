// One chart exported as the lab would ask for it: each format read back, each comparison mode,
// and the CSV summed against the simulated arrays it came from.
import { loadImage, createCanvas } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultExperiment, type Experiment } from '../../shared/experiment';
import { readPngText } from '../../shared/export/pngText';
import { MODEL_INFO, simulateNight } from '../../shared/model/engine';
import { STAGES, type SimulationResult } from '../../shared/model/result';
import { resolveParameters } from '../../shared/model/scenarios';
import { SERIES } from '../../shared/model/series';
import { buildChartFile, chartSpec, ChartRefError, type ChartExportInput, type ChartRef } from './chartExport';
import { slotHour } from '../../shared/time/axis';
import { checkXml } from './xmlCheck';

const EXPERIMENT: Experiment = {
  ...defaultExperiment(),
  title: 'Chart export',
  nights: [
    { label: 'Usual night', scenario: 'baseline', params: {}, events: [], seed: 3 },
    { label: 'Late night', scenario: 'evening-caffeine', params: { bedtime: 0.5 }, events: [], seed: 4 },
  ],
};

let base: Omit<ChartExportInput, 'chart' | 'format'>;
let results: [SimulationResult, SimulationResult];

beforeAll(() => {
  const params = [
    resolveParameters(EXPERIMENT.nights[0].scenario, EXPERIMENT.nights[0].params),
    resolveParameters(EXPERIMENT.nights[1].scenario, EXPERIMENT.nights[1].params),
  ] as const;
  results = [simulateNight(params[0], 3), simulateNight(params[1], 4)];
  base = {
    experiment: EXPERIMENT,
    params,
    results,
    series: SERIES,
    app: { name: 'Nocturne', version: '0.1.0' },
    model: MODEL_INFO,
    created: new Date('2026-11-26T10:00:00Z'),
    options: { size: 'single', scale: 2, background: 'white' },
  };
});

const ZOOM = { start: 22, end: 32 };
const pressure = (layout: ChartRef['layout']): ChartRef => ({
  panel: 'pressure',
  unit: SERIES.find((s) => s.id === 'processS')!.unit,
  layout,
  window: ZOOM,
});

interface CsvRow {
  night: string;
  time_h: number;
  clock: string;
  variable: string;
  unit: string;
  value: string;
}

function parseCsv(text: string): CsvRow[] {
  const lines = text.trim().split(/\r?\n/);
  expect(lines[0]).toBe('night,time_h,clock,variable,unit,value');
  // Units may hold commas inside quotes; the value and variable never do.
  return lines.slice(1).map((line) => {
    const fields = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((f) => f.replace(/,$/, '').replace(/^"|"$/g, ''));
    return {
      night: fields[0]!,
      time_h: Number(fields[1]),
      clock: fields[2]!,
      variable: fields[3]!,
      unit: fields[4]!,
      value: fields[5]!,
    };
  });
}

/** The same epochs, summed straight from the arrays: wholly inside the window. */
function inside(result: SimulationResult): number[] {
  const epochs: number[] = [];
  for (let i = 0; i < result.epochs; i++) {
    const x = slotHour(result, i);
    if (x >= ZOOM.start - 1e-9 && x + 0.5 / 60 <= ZOOM.end + 1e-9) epochs.push(i);
  }
  return epochs;
}

describe('one chart as a file', () => {
  it('PNG: the requested print size at 300 dpi × scale, with provenance, not blank', async () => {
    const file = await buildChartFile({ ...base, chart: pressure('side'), format: 'png' });
    // 85 mm at 300 dpi × 2.
    expect(file.width).toBe(Math.round((85 / 25.4) * 300 * 2));
    const image = await loadImage(Buffer.from(file.data));
    expect(image.width).toBe(file.width);
    expect(image.height).toBe(file.height);
    const canvas = createCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    const pixels = ctx.getImageData(0, 0, image.width, image.height).data;
    let ink = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 200) ink++;
    expect(ink).toBeGreaterThan(2000);
    const text = Object.fromEntries(readPngText(file.data).map((e) => [e.keyword, e.text]));
    expect(text.Source).toBe('Nocturne chart export');
    expect(JSON.parse(text['Nocturne provenance']!).nights[1].seed).toBe(4);
    expect(file.name).toMatch(/^chart-pressure-.*-side\.png$/);
  });

  it('SVG: vectors with the axis text, for each comparison mode', async () => {
    for (const layout of ['side', 'overlay', 'diff'] as const) {
      const file = await buildChartFile({ ...base, chart: pressure(layout), format: 'svg' });
      const svg = new TextDecoder().decode(file.data);
      const { problems, elements } = checkXml(svg);
      expect(problems).toEqual([]);
      expect(elements[0]!.attributes.width).toBe('85mm');
      const text = elements
        .filter((e) => e.name === 'text')
        .map((e) => e.text)
        .join(' ')
        // Skia writes word gaps as two spaces.
        .replace(/\s+/g, ' ');
      expect(text).toContain('Clock time (hh:mm)');
      expect(text).toContain(layout === 'diff' ? 'B − A' : 'A: Usual night');
      expect(svg).toContain('<metadata');
      // Plotted lines are long paths: two charts (A, B) side by side, one otherwise.
      const long = elements.filter((e) => e.name === 'path' && (e.attributes.d ?? '').split('L').length > 40);
      expect(long.length).toBeGreaterThanOrEqual(layout === 'side' ? 2 : 1);
      // The zoom (22:00 to 08:00): midnight is on the axis, noon is not.
      expect(text).toMatch(/00:00/);
      expect(text).not.toMatch(/12:00/);
    }
  });

  it('CSV: exactly the epochs the chart shows, at full resolution, for both nights', async () => {
    const file = await buildChartFile({ ...base, chart: pressure('overlay'), format: 'csv' });
    const rows = parseCsv(new TextDecoder().decode(file.data));
    const ids = SERIES.filter((s) => s.panel === 'pressure' && s.unit === pressure('side').unit).map((s) => s.id);
    expect(new Set(rows.map((r) => r.variable))).toEqual(new Set(ids));
    for (const [index, night] of (['A', 'B'] as const).entries()) {
      const result = results[index]!;
      const epochs = inside(result);
      for (const id of ids) {
        const mine = rows.filter((r) => r.night === night && r.variable === id);
        expect(mine).toHaveLength(epochs.length);
        const sum = mine.reduce((s, r) => s + Number(r.value), 0);
        const expected = epochs.reduce((s, i) => s + result.series[id]![i]!, 0);
        expect(sum).toBeCloseTo(expected, 2);
      }
    }
  });

  it('CSV of the difference: B − A paired on the clock axis', async () => {
    const file = await buildChartFile({ ...base, chart: pressure('diff'), format: 'csv' });
    const rows = parseCsv(new TextDecoder().decode(file.data)).filter((r) => r.variable === 'processS');
    expect(rows.every((r) => r.night === 'B-A')).toBe(true);
    const [a, b] = results;
    // B's lights-off is 30 min later: the same clock time is a different epoch of each night.
    for (const row of [rows[0]!, rows[100]!, rows.at(-1)!]) {
      const i = Math.round((row.time_h - b.start_h) * 120);
      const x = slotHour(b, i);
      const j = Math.round((x - slotHour(a, 0)) * 120);
      expect(Number(row.value)).toBeCloseTo(b.series.processS![i]! - a.series.processS![j]!, 5);
    }
  });

  it('CSV of the hypnogram: stage names per epoch', async () => {
    const chart: ChartRef = { panel: 'hypnogram', unit: null, layout: 'side', window: ZOOM };
    const rows = parseCsv(new TextDecoder().decode((await buildChartFile({ ...base, chart, format: 'csv' })).data));
    expect(rows.every((r) => r.variable === 'stage' && (STAGES as readonly string[]).includes(r.value))).toBe(true);
    expect(rows.filter((r) => r.night === 'A')).toHaveLength(inside(results[0]).length);
  });

  it('a chart flat in both nights (no alcohol) is the line the lab says, not a flat chart; its CSV keeps the data', async () => {
    const alcohol: ChartRef = { panel: 'pressure', unit: 'g/L', layout: 'side', window: ZOOM };
    expect(SERIES.filter((s) => s.panel === 'pressure' && s.unit === 'g/L').map((s) => s.label)).toEqual([
      'Blood alcohol',
    ]);
    const file = await buildChartFile({ ...base, chart: alcohol, format: 'svg' });
    const svg = new TextDecoder().decode(file.data);
    const { problems, elements } = checkXml(svg);
    expect(problems).toEqual([]);
    const text = elements
      .filter((e) => e.name === 'text')
      .map((e) => e.text)
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Blood alcohol: none in either night');
    expect(text).not.toContain('Clock time (hh:mm)');
    expect(elements.filter((e) => e.name === 'path' && (e.attributes.d ?? '').split('L').length > 40)).toEqual([]);
    // A drawn chart of the same panel is still drawn.
    const drawn = new TextDecoder().decode(
      (await buildChartFile({ ...base, chart: pressure('side'), format: 'svg' })).data,
    );
    expect(drawn).not.toContain('none in either night');
    const csv = parseCsv(
      new TextDecoder().decode((await buildChartFile({ ...base, chart: alcohol, format: 'csv' })).data),
    );
    expect(csv.filter((r) => r.night === 'A')).toHaveLength(inside(results[0]).length);
  });

  it('refuses a chart the lab does not draw, naming the units it has', () => {
    expect(() => chartSpec({ ...pressure('side'), unit: 'furlongs' }, SERIES)).toThrow(ChartRefError);
    expect(() => chartSpec({ ...pressure('side'), unit: 'furlongs' }, SERIES)).toThrow(/its units: "/);
    expect(() => chartSpec({ panel: 'swa', unit: null, layout: 'side', window: ZOOM }, SERIES)).toThrow(/no hypnogram/);
  });
});
