/**
 * A cohort's own files, as `nocturne cohort` and `cohort merge` write them (docs/COHORT.md), from
 * the lab's result: the per-person table (cohort.csv, shared/cohort/table.ts: the same header, rows
 * and number format) and the summary (summary.json, the result's own summary: summarise, as the
 * merge computes it, its threshold share recounted by the export's threshold). A person's drawn
 * parameters are not in the lab's result, so they are drawn again here: person i is a function of
 * (population, seed, i) alone (drawPerson), as is the noise seed. And bands.csv: the bands over
 * time the charts draw, in tidy long form.
 */
import { compilePopulation, drawPerson, personNoiseSeed } from '../cohort/population';
import type { MetricRow } from '../cohort/run';
import { personDeltas, shareBeyond, summaryJson, type CohortSummary } from '../cohort/summary';
import { tableHeader, tableRow, toCsv } from '../cohort/table';
import { METRICS } from '../model/metrics';
import { formatClock } from '../model/parameters';
import type { SeriesInfo } from '../model/result';
import type { ExportCohort } from './cohort';
import type { ExportFileFormat } from './options';
import { COHORT_QUANTILE_KEYS } from './chartCsv';
import { csvFixed, csvNumber, csvRow } from './csv';

/** The pack's cohort folder and the names the Cohort tab suggests. */
export const COHORT_FILES = { table: 'cohort/cohort.csv', summary: 'cohort/summary.json', bands: 'cohort/bands.csv' };

/** cohort.csv of the result's persons (index order), byte for byte what the CLI writes for them. */
export function cohortTableCsv(cohort: ExportCohort): string {
  const population = compilePopulation(cohort.population);
  const { result } = cohort;
  const rows = [tableHeader(population.params)];
  result.persons.forEach((index, k) => {
    const metrics = (night: 'a' | 'b'): MetricRow => {
      const out: Record<string, number | null> = {};
      for (const m of METRICS) {
        const v = result.values[m.id]?.[night][k];
        out[m.id] = v === undefined || Number.isNaN(v) ? null : v;
      }
      return out as MetricRow;
    };
    const run = {
      index,
      noiseSeed: personNoiseSeed(result.seed, index),
      values: drawPerson(population, result.seed, index),
      a: metrics('a'),
      b: metrics('b'),
    };
    rows.push(tableRow(run, population.params));
  });
  return toCsv(rows);
}

/**
 * summary.json as `cohort merge` writes it, its threshold share recounted by the export's threshold
 * (the tab's as it is now, written beside the count), as the tab and the report count it
 * (shareBeyond, shared/cohort/summary.ts); the run's shares when the export names none.
 */
export function cohortSummary(cohort: ExportCohort): CohortSummary {
  const { result, threshold } = cohort;
  if (!threshold) return result.summary;
  return { ...result.summary, thresholds: [shareBeyond(threshold, personDeltas(result.values[threshold.metric]))] };
}

export function cohortSummaryJson(cohort: ExportCohort): string {
  return summaryJson(cohortSummary(cohort));
}

export const BANDS_COLUMNS = ['night', 'slot_h', 'clock', 'variable', 'unit', 'people', ...COHORT_QUANTILE_KEYS];

/**
 * The bands of every series the cohort has, in tidy long form: night (A, B or B-A), slot_h and
 * clock of the grid point, the series, its unit, how many people had a value, and the quantiles.
 */
export function cohortBandsCsv(cohort: ExportCohort, series: readonly SeriesInfo[]): string {
  const parts = [csvRow(BANDS_COLUMNS)];
  const { grid, bands } = cohort.result;
  for (const [night, key] of [
    ['A', 'a'],
    ['B', 'b'],
    ['B-A', 'delta'],
  ] as const) {
    for (const info of series) {
      const band = bands[info.id]?.[key];
      if (!band) continue;
      for (let k = 0; k < band.median.length; k++) {
        if (band.count[k] === 0) continue;
        const slot = grid.start + k * grid.step_h;
        parts.push(
          csvRow([
            night,
            csvFixed(slot, 6),
            formatClock(slot),
            info.id,
            info.unit,
            String(band.count[k]),
            ...COHORT_QUANTILE_KEYS.map((q) => csvNumber(band[q][k])),
          ]),
        );
      }
    }
  }
  return parts.join('');
}

/** One of the Cohort tab's files: the per-person table or the summary, with a name that says which cohort. */
export function cohortExportFile(
  cohort: ExportCohort,
  file: 'table' | 'summary',
): { name: string; format: ExportFileFormat; data: Uint8Array } {
  const stem = `cohort-${cohort.population.id.replace(/[^\w-]+/g, '-').replace(/-+$/, '')}-n${cohort.result.done}-seed${cohort.result.seed}`;
  return file === 'table'
    ? { name: `${stem}.csv`, format: 'csv', data: new TextEncoder().encode(cohortTableCsv(cohort)) }
    : { name: `${stem}-summary.json`, format: 'json', data: new TextEncoder().encode(cohortSummaryJson(cohort)) };
}
