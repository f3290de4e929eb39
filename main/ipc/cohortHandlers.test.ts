// The cohort channels through handleInvoke (payload validation included), on the real worker and
// engine: three people with progress events, refusals naming their field, and a cancel.
import { describe, expect, it } from 'vitest';
import { handleInvoke } from './handlers';
import { expectCancelOfRunning, handlersWithProgress } from './testing/handlerSetup';
import type { CohortRunRequest } from '../../shared/ipc';
import type { CohortLabResult } from '../../shared/cohort';

const { handlers, progress } = handlersWithProgress('cohortProgress', 'cohort-handlers');

const night = { scenario: 'baseline', params: {}, events: [] };
const request = (over: Partial<CohortRunRequest>): CohortRunRequest => ({
  nights: { a: night, b: { ...night, scenario: 'evening-caffeine' } },
  population: 'young-adults',
  n: 3,
  seed: 2,
  thresholds: [{ metric: 'totalSleepTime_min', op: '<', value: -30 }],
  ...over,
});

describe('cohort:run and cohort:cancel', () => {
  it('runs three people with progress events and the share beyond the threshold', async () => {
    progress.length = 0;
    const reply = await handleInvoke(handlers, 'cohort:run', request({}));
    expect(reply.ok).toBe(true);
    const result = (reply as { value: CohortLabResult }).value;
    expect(result.done).toBe(3);
    expect(result.summary.thresholds[0]).toMatchObject({ threshold: 'totalSleepTime_min<-30', of: 3 });
    expect(result.summary.model).toBe('m 1');
    expect(progress[0]).toMatchObject({ done: 0, total: 3 });
    expect(progress.at(-1)).toMatchObject({ done: 3, total: 3 });
  }, 120_000);

  it('refuses a bad payload, a bad threshold metric and a bad night with the field named, before running', async () => {
    progress.length = 0;
    const none = await handleInvoke(handlers, 'cohort:run', request({ n: 0 }));
    expect(none).toMatchObject({ ok: false, error: { code: 'invalid-payload', field: 'n' } });
    const preset = await handleInvoke(handlers, 'cohort:run', { ...request({}), population: 'astronauts' });
    expect(preset).toMatchObject({ ok: false, error: { code: 'invalid-payload', field: 'population' } });
    const metric = await handleInvoke(
      handlers,
      'cohort:run',
      request({ thresholds: [{ metric: 'happiness', op: '<', value: 1 }] }),
    );
    expect(metric).toMatchObject({ ok: false, error: { code: 'invalid-parameters', field: 'thresholds.0.metric' } });
    const param = await handleInvoke(
      handlers,
      'cohort:run',
      request({ nights: { a: night, b: { ...night, params: { caffeine_mg: -5 } } } }),
    );
    expect(param).toMatchObject({ ok: false, error: { code: 'invalid-parameters', field: 'params.caffeine_mg' } });
    expect(progress).toEqual([]);
  });

  it("runs an edited population (its lists replace the preset's, its id says so), and refuses a bad one naming the row", async () => {
    const caffeine = {
      param: 'caffeineHalfLife_h',
      marginal: { kind: 'lognormal', median: 4, sdLog: 0.1, min: 3, max: 5 },
      source: 'narrowed in a test',
      certainty: 'assumed',
    } as const;
    const reply = await handleInvoke(
      handlers,
      'cohort:run',
      request({ n: 3, distributions: [caffeine], correlations: [] }),
    );
    expect(reply.ok).toBe(true);
    const result = (reply as { value: CohortLabResult }).value;
    expect(result.population).toBe('young-adults (edited)');
    // The persons drew the edited list alone: the only parameter any metric's spread is traced to.
    expect(new Set(result.summary.metrics.flatMap((m) => m.drivers.map((d) => d.param)))).toEqual(
      new Set(['caffeineHalfLife_h']),
    );

    progress.length = 0;
    const wide = await handleInvoke(
      handlers,
      'cohort:run',
      request({ distributions: [{ ...caffeine, marginal: { ...caffeine.marginal, min: 1, max: 12 } }] }),
    );
    expect(wide).toEqual({
      ok: false,
      error: {
        code: 'invalid-payload',
        field: 'distributions.0.marginal',
        message:
          "bad request on cohort:run: distributions.0.marginal: is refused: caffeineHalfLife_h: the distribution reaches [1, 12] h, outside the parameter's range [1.5, 10] h",
      },
    });
    const pair = await handleInvoke(
      handlers,
      'cohort:run',
      request({ correlations: [{ a: 'age', b: 'age', rho: 0.5, source: '' }] }),
    );
    expect(pair).toMatchObject({ ok: false, error: { code: 'invalid-payload', field: 'correlations.0.b' } });
    expect(progress).toEqual([]);
  }, 120_000);

  it('cancels a running cohort: its reply is cancelled, and a second cancel finds nothing', async () => {
    progress.length = 0;
    await expectCancelOfRunning(
      handlers,
      progress,
      { channel: 'cohort:run', payload: request({ n: 400 }) },
      'cohort:cancel',
    );
  }, 120_000);
});
