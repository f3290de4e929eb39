// One threshold everywhere: the share beyond a threshold is a recount of the per-person Δ
// (shareBeyond), so after the tab's threshold changes from the run's, the tab, the report and the
// exported summary.json all count by the new one and give the same count.
import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { ExportCohortRequest, CohortRunRequest, LabApi } from '../../../shared/ipc';
import {
  POPULATION_PRESETS,
  cohortLabResult,
  compilePopulation,
  drawPerson,
  populationSha256,
  type CohortLabResult,
  type LabPerson,
  type MetricRow,
} from '../../../shared/cohort';
import { exportCohort } from '../../../shared/export/cohort';
import { cohortSummaryJson } from '../../../shared/export/cohortFiles';
import { cohortReportTables } from '../../../shared/export/reportCohort';
import { METRICS } from '../../../shared/model/metrics';
import { useCohortStore } from './cohort';
import { useExportStore } from './export';
import { useFileStore } from './file';

const N = 20;
const SEED = 5;
const RUN_THRESHOLD = { metric: 'totalSleepTime_min', op: '<', value: -10 } as const;

/** Person i loses 2i min of total sleep (A 420 − i, B 420 − 3i); person 3 has no B (a NaN Δ, counted by no one). */
function result(): CohortLabResult {
  const population = compilePopulation(POPULATION_PRESETS['young-adults']);
  const persons: LabPerson[] = Array.from({ length: N }, (_, i) => {
    const metrics = (tst: number | null): MetricRow => {
      const out: Record<string, number | null> = {};
      for (const m of METRICS) out[m.id] = 1;
      out.totalSleepTime_min = tst;
      return out as MetricRow;
    };
    return {
      index: i,
      values: drawPerson(population, SEED, i),
      a: metrics(420 - i),
      b: metrics(i === 3 ? null : 420 - 3 * i),
      seriesA: {},
      seriesB: {},
    };
  });
  const spec = POPULATION_PRESETS['young-adults'];
  const context = {
    n: N,
    seed: SEED,
    population: spec.id,
    populationSha256: populationSha256(spec),
    model: 'test',
    params: population.params,
  };
  return cohortLabResult(persons, context, [RUN_THRESHOLD]);
}

function fakeLab() {
  const exports: ExportCohortRequest[] = [];
  const ran = result();
  const api = {
    on: () => () => undefined,
    runCohort: async (_: CohortRunRequest) => ({ ok: true, value: ran }),
    exportCohort: async (request: ExportCohortRequest) => {
      exports.push(request);
      return { ok: true, value: { path: 'x', name: 'x', bytes: 0 } };
    },
  };
  Object.defineProperty(window, 'lab', { value: api as unknown as LabApi, configurable: true, writable: true });
  return exports;
}

describe('the share beyond a threshold', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('is counted by the tab’s threshold as it is now in the tab, the report and summary.json alike', async () => {
    const exports = fakeLab();
    const cohort = useCohortStore();
    Object.assign(cohort.threshold, RUN_THRESHOLD);
    await cohort.run();
    // The run counted by −10: persons 6 … 19 but 3 (Δ = −2i < −10), of the 19 with a Δ.
    expect(cohort.result!.summary.thresholds[0]).toMatchObject({ count: 14, of: 19 });
    expect(cohort.recountedFrom, 'nothing to say while the threshold is the run’s').toBeNull();
    // The tab's threshold changed after the run: below −20 are persons 11 … 19.
    cohort.threshold.value = -20;
    expect(cohort.share).toMatchObject({ count: 9, of: 19 });
    expect(cohort.recountedFrom, 'the tab says the share is a recount').toMatchObject({ value: -10, count: 14 });
    cohort.threshold.value = -10;
    expect(cohort.recountedFrom).toBeNull();
    cohort.threshold.value = -20;

    await useExportStore().exportCohortFile('summary', '/tmp/summary.json');
    const sent = exports[0]!;
    const exported = exportCohort(sent.cohort, useFileStore().current());
    const summary = JSON.parse(cohortSummaryJson(exported)) as { thresholds: unknown[] };
    expect(summary.thresholds).toEqual([
      {
        threshold: 'totalSleepTime_min<-20',
        metric: 'totalSleepTime_min',
        op: '<',
        value: -20,
        count: 9,
        of: 19,
        share: 9 / 19,
        // Wilson's 90 % interval of 9 of 19 (z = 1.644854), worked out apart from the code.
        low: expect.closeTo(0.300651, 6),
        high: expect.closeTo(0.653278, 6),
      },
    ]);
    // The median's 90 % interval: the 6th and 14th of the 19 sorted Δ (person 3 has none), −28 and −12.
    expect(cohortReportTables(exported).share).toBe(
      '9 of 19 people (47 %) lose more than 20 min of total sleep time (Δ = B − A < −20 min). In the population they were drawn from (90 % intervals): share 30–65 %, median Δ −28 to −12 min.',
    );
  });
});
