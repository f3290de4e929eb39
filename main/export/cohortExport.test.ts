// A virtual cohort carried by the exports: a small synthetic cohort (20 people whose series are
// the two simulated nights shifted person by person) laid over real nights, then each file read
// back: band polygons and the legend in the SVG, quantile columns and their values in the CSVs,
// the per-person table as the CLI writes it, the pack's cohort files, manifest and report.
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  POPULATION_PRESETS,
  cohortLabResult,
  compilePopulation,
  drawPerson,
  personNoiseSeed,
  sampleOnGrid,
  sectionPopulation,
  summaryJson,
  tableHeader,
  type CohortLabResult,
  type LabPerson,
  type MetricRow,
} from '../../shared/cohort';
import { defaultExperiment, type Experiment } from '../../shared/experiment';
import { exportCohort, populationSha256 } from '../../shared/export/cohort';
import { COHORT_FILES, cohortSummaryJson, cohortTableCsv } from '../../shared/export/cohortFiles';
import { csvNumber } from '../../shared/export/csv';
import { cohortReportTables } from '../../shared/export/reportCohort';
import { metricsCsv } from '../../shared/export/metricsCsv';
import { CohortExportSchema } from '../../shared/ipc';
import { MODEL_INFO, simulateNight } from '../../shared/model/engine';
import { METRICS } from '../../shared/model/metrics';
import type { SimulationResult } from '../../shared/model/result';
import { resolveParameters } from '../../shared/model/scenarios';
import { SERIES } from '../../shared/model/series';
import { epochAt } from '../../shared/time/axis';
import { buildChartFile, type ChartExportInput, type ChartRef } from './chartExport';
import { buildFigurePack } from './pack';
import type { PackManifest } from './packLayout';
import { checkXml } from './xmlCheck';

const SEED = 5;
const N = 20;
const EXPERIMENT: Experiment = {
  ...defaultExperiment(),
  title: 'Cohort export',
  nights: [
    { label: 'Usual night', scenario: 'baseline', params: {}, events: [], seed: 3 },
    { label: 'Coffee', scenario: 'evening-caffeine', params: {}, events: [], seed: 3 },
  ],
  cohort: {
    population: 'young-adults',
    n: N,
    seed: SEED,
    thresholds: [{ metric: 'totalSleepTime_min', op: '<', value: -10 }],
  },
};

let results: [SimulationResult, SimulationResult];
let result: CohortLabResult;
let base: Omit<ChartExportInput, 'chart' | 'format'>;

/** Person i: the nights' own series shifted by (i − 9.5)/100 in A and twice that in B, TST 420 − i in A and 420 − 3i in B. */
function synthetic(): CohortLabResult {
  const population = compilePopulation(POPULATION_PRESETS['young-adults']);
  const grids = results.map(sampleOnGrid);
  const persons: LabPerson[] = Array.from({ length: N }, (_, i) => {
    const shift = (i - (N - 1) / 2) / 100;
    const series = (night: 0 | 1) =>
      Object.fromEntries(['processS', 'swa'].map((id) => [id, grids[night]![id]!.map((v) => v + shift * (night + 1))]));
    const metrics = (night: 0 | 1): MetricRow => {
      const out: Record<string, number | null> = {};
      for (const m of METRICS) out[m.id] = results[night].metrics[m.id] ?? null;
      out.totalSleepTime_min = 420 - (night === 0 ? i : 3 * i);
      return out as MetricRow;
    };
    return {
      index: i,
      values: drawPerson(population, SEED, i),
      a: metrics(0),
      b: metrics(1),
      seriesA: series(0),
      seriesB: series(1),
    };
  });
  return cohortLabResult(
    persons,
    {
      n: N,
      seed: SEED,
      population: 'young-adults',
      populationSha256: populationSha256(POPULATION_PRESETS['young-adults']),
      model: MODEL_INFO.name,
      params: population.params,
    },
    EXPERIMENT.cohort!.thresholds!,
  );
}

beforeAll(() => {
  const params = [
    resolveParameters(EXPERIMENT.nights[0].scenario, EXPERIMENT.nights[0].params),
    resolveParameters(EXPERIMENT.nights[1].scenario, EXPERIMENT.nights[1].params),
  ] as const;
  results = [simulateNight(params[0], 3), simulateNight(params[1], 3)];
  result = synthetic();
  base = {
    experiment: EXPERIMENT,
    params,
    results,
    series: SERIES,
    app: { name: 'Nocturne', version: '0.1.0' },
    model: MODEL_INFO,
    created: new Date('2026-12-07T09:00:00Z'),
    options: { size: 'single', scale: 1, background: 'white' },
  };
});

const pressure = (layout: ChartRef['layout']): ChartRef => ({
  panel: 'pressure',
  unit: SERIES.find((s) => s.id === 'processS')!.unit,
  layout,
  window: { start: 20, end: 34 },
});
const cohortOf = (bands: boolean) => exportCohort({ result, bands }, EXPERIMENT);
const text = (data: Uint8Array) => new TextDecoder().decode(data);
/** Band polygons: filled paths at the 90 % and 50 % bands' opacities (0x22/255, 0x44/255). */
const bandPaths = (svg: string, opacity: string) =>
  (svg.match(new RegExp(`<path [^>]*fill-opacity="${opacity}"`, 'g')) ?? []).length;

describe('chart figures', () => {
  it('draw the bands of A and B, a legend naming the cohort, and a caption that says so', async () => {
    const file = await buildChartFile({ ...base, chart: pressure('side'), format: 'svg', cohort: cohortOf(true) });
    const svg = text(file.data);
    checkXml(svg);
    // One polygon per band, per night column (processS has bands; its thresholds do not).
    expect(bandPaths(svg, '0.133')).toBeGreaterThanOrEqual(2);
    expect(bandPaths(svg, '0.267')).toBeGreaterThanOrEqual(2);
    const flat = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(flat).toContain('median (dotted), 50 % and 90 % of people');
    expect(flat).toContain('n = 20, seed 5');
    expect(flat).toContain('Shading: a virtual cohort');
    expect(svg).toContain(populationSha256(POPULATION_PRESETS['young-adults']));
  });

  it('say in the caption when the nights changed after the cohort ran', async () => {
    const stale = exportCohort({ result, bands: true, stale: true }, EXPERIMENT);
    const file = await buildChartFile({ ...base, chart: pressure('side'), format: 'svg', cohort: stale });
    const words = text(file.data)
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(words).toContain('The cohort ran before the nights last changed');
  });

  it('draw none while the lab hides the bands, yet name the cohort in the provenance', async () => {
    const file = await buildChartFile({ ...base, chart: pressure('side'), format: 'svg', cohort: cohortOf(false) });
    const svg = text(file.data);
    expect(bandPaths(svg, '0.133')).toBe(0);
    expect(svg).not.toContain('Shading: a virtual cohort');
    expect(svg).toMatch(/bandsDrawn(&quot;|")\s*:\s*false/);
  });

  it('draw the Δ band alone in the difference view', async () => {
    const file = await buildChartFile({ ...base, chart: pressure('diff'), format: 'svg', cohort: cohortOf(true) });
    const svg = text(file.data);
    expect(bandPaths(svg, '0.133')).toBeGreaterThanOrEqual(1);
    expect(svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain('Cohort Δ: median');
  });

  it('draw the bands into a PNG too (more pixels differ from the plain chart)', async () => {
    const plain = await buildChartFile({ ...base, chart: pressure('overlay'), format: 'png' });
    const banded = await buildChartFile({ ...base, chart: pressure('overlay'), format: 'png', cohort: cohortOf(true) });
    expect(banded.width).toBe(plain.width);
    expect(Buffer.compare(Buffer.from(plain.data), Buffer.from(banded.data))).not.toBe(0);
  });
});

describe('CSVs', () => {
  const rows = (csv: string) =>
    csv
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));

  it('the chart CSV carries the quantiles at the grid points, for A, B and B-A', async () => {
    for (const layout of ['side', 'diff'] as const) {
      const file = await buildChartFile({ ...base, chart: pressure(layout), format: 'csv', cohort: cohortOf(true) });
      const [header, ...body] = rows(text(file.data));
      expect(header).toEqual([
        'night',
        'time_h',
        'clock',
        'variable',
        'unit',
        'value',
        'cohort_p05',
        'cohort_p25',
        'cohort_median',
        'cohort_p75',
        'cohort_p95',
      ]);
      // 00:00 is grid point (24 − 12) × 6 = 72; its row is the epoch that holds it.
      const k = 72;
      const night = layout === 'diff' ? 'B-A' : 'A';
      const result0 = layout === 'diff' ? results[1] : results[0];
      const epoch = epochAt(result0, 24);
      const hour = (result0.start_h + epoch * (30 / 3600)).toFixed(6).replace(/\.?0+$/, '');
      const row = body.find((r) => r[0] === night && r[1] === hour && r[3] === 'processS')!;
      const bands = result.bands.processS![layout === 'diff' ? 'delta' : 'a'];
      expect(row.slice(6)).toEqual(
        [bands.p05, bands.p25, bands.median, bands.p75, bands.p95].map((b) => csvNumber(b[k])),
      );
      // The epoch after it holds no grid point: its quantile cells are empty.
      const next = body.find((r) => r[0] === night && Number(r[1]) > Number(hour) && r[3] === 'processS')!;
      expect(next.slice(6)).toEqual(['', '', '', '', '']);
      // The thresholds have no bands: empty quantiles throughout.
      expect(body.filter((r) => r[3] === 'thresholdUpper').every((r) => r.slice(6).join('') === '')).toBe(true);
    }
  });

  it('the chart CSV has its plain columns when the lab hides the bands', async () => {
    const file = await buildChartFile({ ...base, chart: pressure('side'), format: 'csv', cohort: cohortOf(false) });
    expect(text(file.data).split('\r\n')[0]).toBe('night,time_h,clock,variable,unit,value');
  });

  it('metrics.csv carries each metric’s quantiles of A, B and Δ', () => {
    const [header = [], ...body] = rows(metricsCsv(results[0].metrics, results[1].metrics, result.summary));
    expect(header.slice(6, 8)).toEqual(['cohort_n', 'cohort_A_p05']);
    expect(header.at(-1)).toBe('cohort_delta_p95');
    const tst = body.find((r) => r[0] === 'totalSleepTime_min')!;
    const at = (column: string) => tst[header.indexOf(column)];
    // Δ of person i is −2i: 0 … −38; median −19, 5th percentile −36.1 (type 7).
    expect(at('cohort_n')).toBe('20');
    expect(at('cohort_delta_median')).toBe('-19');
    expect(at('cohort_delta_p05')).toBe('-36.1');
    expect(at('cohort_A_p95')).toBe(
      csvNumber(result.summary.metrics.find((m) => m.metric === 'totalSleepTime_min')!.a.p95),
    );
  });

  it('the per-person table is the CLI’s: its header, the drawn people, their metrics', () => {
    const cohort = cohortOf(true);
    const lines = cohortTableCsv(cohort).trim().split('\n');
    const params = compilePopulation(POPULATION_PRESETS['young-adults']).params;
    expect(lines[0]).toBe(tableHeader(params).join(','));
    expect(lines).toHaveLength(N + 1);
    const header = lines[0]!.split(',');
    const person7 = lines[8]!.split(',');
    expect(person7[0]).toBe('7');
    expect(person7[1]).toBe(String(personNoiseSeed(SEED, 7)));
    expect(person7[header.indexOf('circadianPeriod_h')]).toBe(
      String(drawPerson(compilePopulation(POPULATION_PRESETS['young-adults']), SEED, 7).circadianPeriod_h),
    );
    expect(person7[header.indexOf('totalSleepTime_min_A')]).toBe('413');
    expect(person7[header.indexOf('totalSleepTime_min_delta')]).toBe('-14');
    expect(cohortSummaryJson(cohort)).toBe(summaryJson(result.summary));
  });
});

describe('the request', () => {
  it('accepts the lab’s result and refuses one whose arrays disagree with its people', () => {
    expect(CohortExportSchema.safeParse({ result, bands: true }).success).toBe(true);
    const bad = CohortExportSchema.safeParse({ result: { ...result, persons: new Int32Array(3) }, bands: true });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toContain('holds 3 people, not 20');
  });

  it('refuses a result of another population than the file names', () => {
    const older = { ...EXPERIMENT, cohort: { ...EXPERIMENT.cohort!, population: 'older-adults' as const } };
    expect(() => exportCohort({ result, bands: true }, older)).toThrow(/run the cohort again/);
    // A file without a cohort section: the preset the result names.
    expect(exportCohort({ result, bands: true }, { ...EXPERIMENT, cohort: undefined }).population.id).toBe(
      'young-adults',
    );
  });

  it('refuses a result whose population was edited again after the run (same id, another SHA-256)', () => {
    const preset = POPULATION_PRESETS['young-adults'];
    const edit = (median: number) => ({
      ...EXPERIMENT,
      cohort: {
        ...EXPERIMENT.cohort!,
        distributions: preset.distributions.map((d) =>
          d.param === 'caffeineHalfLife_h' ? { ...d, marginal: { ...d.marginal, median } } : d,
        ),
        correlations: [...preset.correlations],
      },
    });
    const ran = edit(6);
    const ranPopulation = sectionPopulation(ran.cohort);
    const edited = {
      ...result,
      population: ranPopulation.id,
      populationSha256: populationSha256(ranPopulation),
    };
    expect(exportCohort({ result: edited, bands: true }, ran).population.id).toBe('young-adults (edited)');
    expect(() => exportCohort({ result: edited, bands: true }, edit(7))).toThrow(
      /another definition of the population "young-adults \(edited\)".*run the cohort again/,
    );
  });
});

describe('the report', () => {
  it('counts by the tab’s threshold as it is now, the run’s when it sends none', () => {
    const now = exportCohort(
      { result, bands: true, threshold: { metric: 'totalSleepTime_min', op: '<', value: -20 } },
      EXPERIMENT,
    );
    // Δ of person i is −2i: below −20 are persons 11 … 19.
    expect(cohortReportTables(now).share).toBe(
      // Worked out apart from the code: Wilson's 90 % interval of 9 of 20 is 0.284–0.628; the median's
      // is the 6th and 15th of the 20 sorted Δ (Campbell & Gardner's ranks), −28 and −10.
      '9 of 20 people (45 %) lose more than 20 min of total sleep time (Δ = B − A < −20 min). In the population they were drawn from (90 % intervals): share 28–63 %, median Δ −28 to −10 min.',
    );
    expect(cohortReportTables(cohortOf(true)).share).toMatch(/^14 of 20 people \(70 %\) lose more than 10 min/);
    expect(cohortReportTables(now).driversOf).toBe('Total sleep time');
    // Each driver's ρ with its 90 % interval, which holds it: "+0.12", "−0.27 to +0.48".
    const tables = cohortReportTables(now);
    expect(tables.driversInterval).toBe('90 % interval');
    expect(tables.drivers.length).toBeGreaterThan(0);
    const num = (v: string) => Number(v.replace('−', '-'));
    for (const d of tables.drivers) {
      const [low, high] = /^([+−]\d\.\d\d) to ([+−]\d\.\d\d)$/.exec(d.interval)!.slice(1).map(num);
      expect(low).toBeLessThanOrEqual(num(d.rho));
      expect(high).toBeGreaterThanOrEqual(num(d.rho));
    }
  });
});

describe('the pack', () => {
  it('holds the cohort’s files, names it in the manifest and gives the report a cohort section', async () => {
    const files = await buildFigurePack(
      { ...base, cohort: cohortOf(true) },
      { formats: ['csv', 'pdf'], size: 'single', scale: 1, background: 'white', paper: 'a4' },
    );
    const byPath = new Map(files.map((f) => [f.path, f.data]));
    for (const path of Object.values(COHORT_FILES)) expect(byPath.has(path)).toBe(true);
    expect(text(byPath.get('cohort/bands.csv')!).split('\r\n')[0]).toBe(
      'night,slot_h,clock,variable,unit,people,p05,p25,median,p75,p95',
    );
    const manifest = JSON.parse(text(byPath.get('manifest.json')!)) as PackManifest;
    expect(manifest.cohort).toEqual({
      population: 'young-adults',
      label: POPULATION_PRESETS['young-adults'].label,
      populationSha256: populationSha256(POPULATION_PRESETS['young-adults']),
      n: N,
      people: N,
      seed: SEED,
      bandsDrawn: true,
      nightsChanged: false,
    });
    let pdfText: string;
    try {
      pdfText = execFileSync('pdftotext', ['-layout', '-', '-'], { input: byPath.get('report.pdf')! }).toString();
    } catch {
      return; // poppler-utils absent: the files and manifest above are checked
    }
    expect(pdfText).toContain('Virtual cohort');
    expect(pdfText).toMatch(/14 of 20 people \(70 %\) lose more than 10 min of total sleep time/);
    expect(pdfText).toContain('Strongest drivers of Delta Total sleep time');
    expect(pdfText).toMatch(/Spearman rho with Delta +90 % interval/);
    expect(pdfText).toContain('Population: Young adults');
  }, 120_000);
});
