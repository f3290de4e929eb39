// The global sensitivity channels through handleInvoke (payload validation included), on the real
// worker and engine: a small Morris screening with progress events, a refusal naming its field, and
// a cancel that the running analysis answers as 'cancelled'.
import { describe, expect, it } from 'vitest';
import { handleInvoke } from './handlers';
import { expectCancelOfRunning, handlersWithProgress } from './testing/handlerSetup';
import type { GlobalSensitivityRequest } from '../../shared/ipc';
import type { GlobalSensitivityResult } from '../../shared/sensitivity/model';

const { handlers, progress } = handlersWithProgress('globalSensitivityProgress', 'sensitivity-handlers');

const night = { scenario: 'baseline', params: {}, events: [], seed: 1 };
const request = (over: Partial<GlobalSensitivityRequest>): GlobalSensitivityRequest => ({
  nights: { a: night, b: { ...night, scenario: 'evening-caffeine' } },
  metric: 'totalSleepTime_min',
  target: 'a',
  method: 'morris',
  size: 2,
  seed: 3,
  factors: ['sTauWake_h', 'circadianPeriod_h'],
  ...over,
});

describe('sensitivity:run and sensitivity:cancel', () => {
  it('screens two factors (6 runs) with progress events, ranked by μ*', async () => {
    progress.length = 0;
    const reply = await handleInvoke(handlers, 'sensitivity:run', request({}));
    expect(reply.ok).toBe(true);
    const result = (reply as { value: GlobalSensitivityResult }).value;
    expect(result.runs).toBe(6);
    expect(result.factors.map((f) => f.id).sort()).toEqual(['circadianPeriod_h', 'sTauWake_h']);
    for (const f of result.factors) expect(Number.isFinite(f.muStar!.value)).toBe(true);
    expect(result.factors[0]!.muStar!.value).toBeGreaterThanOrEqual(result.factors[1]!.muStar!.value);
    expect(progress[0]).toMatchObject({ done: 0, total: 6 });
    expect(progress.at(-1)).toMatchObject({ done: 6, total: 6 });
  }, 60_000);

  it('refuses a bad payload and a bad size with the field named, before running', async () => {
    const bad = await handleInvoke(handlers, 'sensitivity:run', { ...request({}), method: 'anova' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-payload', field: 'method' } });
    const size = await handleInvoke(handlers, 'sensitivity:run', request({ method: 'sobol', size: 2 }));
    expect(size).toMatchObject({ ok: false, error: { code: 'invalid-parameters', field: 'n' } }); // A population crosses the bridge in the cohort section's shapes; a wrong shape is the payload's fault,
    // a correlated population the analysis's (named, before any run).
    const shape = await handleInvoke(handlers, 'sensitivity:run', {
      ...request({ factors: undefined }),
      population: { preset: 'teens' },
    });
    expect(shape).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const correlated = await handleInvoke(
      handlers,
      'sensitivity:run',
      request({
        factors: undefined,
        population: {
          preset: 'young-adults',
          correlations: [{ a: 'age', b: 'circadianPeriod_h', rho: 0.2, source: 'test' }],
        },
      }),
    );
    expect(correlated).toMatchObject({ ok: false, error: { code: 'invalid-parameters', field: 'population' } });
  });

  it('cancels a running analysis: its reply is cancelled, and a second cancel finds nothing', async () => {
    progress.length = 0;
    await expectCancelOfRunning(
      handlers,
      progress,
      { channel: 'sensitivity:run', payload: request({ method: 'sobol', size: 64 }) },
      'sensitivity:cancel',
    );
  }, 60_000);
});
