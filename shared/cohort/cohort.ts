/**
 * A cohort from end to end, as the CLI, the golden file and the benchmark run it: persons
 * [start, end) through both nights into the per-person table, and a table's text back into the
 * summary. One path, so what is pinned and measured is what `nocturne cohort` writes.
 */
import { METRICS } from '../model/metrics';
import type { ParameterId } from '../model/parameters';
import type { CompiledPopulation } from './population';
import { usePerson, type CohortNight, type SimulateNight } from './run';
import { summarise, type CohortSummary } from './summary';
import { readTableRows, tableHeader, tableRow, toCsv } from './table';
import type { DeltaThreshold } from './thresholds';

/** The CSV of persons [start, end): header, then one row per person. `onPerson` is told after each. */
export function runCohortTable(
  nights: readonly [CohortNight, CohortNight],
  population: CompiledPopulation,
  seed: number,
  [start, end]: readonly [number, number],
  simulate: SimulateNight,
  onPerson: (index: number) => void = () => {},
): string {
  const rows = [tableHeader(population.params)];
  for (let person = start; person < end; person++) {
    // The row is text: nothing of the person's arrays outlives usePerson's arena.
    rows.push(usePerson(nights, population, seed, person, simulate, (run) => tableRow(run, population.params)));
    onPerson(person);
  }
  return toCsv(rows);
}

/** The first metric's A column: where the parameters' columns of a header end. */
export const FIRST_METRIC_COLUMN = `${METRICS[0].id}_A`;

/** The summary of a whole table's text (header and rows, persons in index order). */
export function summariseTable(
  csv: string,
  context: { seed: number; population: string; model: string },
  thresholds: readonly DeltaThreshold[],
): CohortSummary {
  const lines = csv.split('\n').filter((l) => l !== '');
  const header = lines.shift()!.split(',');
  const params = header.slice(2, header.indexOf(FIRST_METRIC_COLUMN)) as ParameterId[];
  return summarise(readTableRows(lines, header, params), params, context, thresholds);
}
