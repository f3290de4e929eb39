/**
 * The web edition's LabApi in-process: its pool's workers are stand-ins that run the desktop
 * worker's own request handler (main/simulation/serve.ts) on the same thread, so a request goes
 * the whole way (payload schema, resolution, pool, engine) without a browser.
 */
import { describe, expect, it } from 'vitest';
import { JobPool, type PoolWorker } from '../shared/pool/jobPool';
import type { SimulationProtocol } from '../main/simulation/messages';
import { serveSimulation } from '../main/simulation/serve';
import { MODEL_INFO } from '../shared/model/engine';
import { defaultExperiment } from '../shared/experiment';
import type { CohortRunRequest, LabApi } from '../shared/ipc';
import { createWebHandlers, createWebLabApi, webInvoke, type WebHandlers } from './labApi';
import { checkRequest } from '../main/ipc/invoke';
import { WebAutosave } from './autosave';
import { FitRunnerCore } from '../main/fit/runnerCore';
import { serveFit } from '../main/fit/serve';

function inProcessPool(): JobPool<SimulationProtocol> {
  return new JobPool<SimulationProtocol>(
    (events): PoolWorker<SimulationProtocol> => ({
      post: (request) => queueMicrotask(() => serveSimulation(request, (reply) => events.message(reply))),
      terminate: () => undefined,
    }),
    { size: 2 },
  );
}

const appInfo = { app: { name: 'Nocturne', version: '0.1.0' }, model: MODEL_INFO, platform: 'web' };

function deps() {
  // No IndexedDB here: these tests do not touch the autosave.
  return {
    pool: inProcessPool(),
    fits: new FitRunnerCore((events) => ({
      post: ({ task }) => queueMicrotask(() => serveFit(task, (reply) => events.message(reply))),
      terminate: () => undefined,
    })),
    appInfo,
    autosave: new WebAutosave({} as IDBFactory),
  };
}

function lab(): LabApi {
  return createWebLabApi(deps());
}

describe('the web LabApi', () => {
  it('has every member of the contract', () => {
    const api = lab();
    for (const member of ['info', 'simulate', 'openFile', 'saveFile', 'runSweep', 'exportChart', 'on'])
      expect(typeof (api as unknown as Record<string, unknown>)[member]).toBe('function');
  });

  it('simulates a night through the pool, with progress events for its night', async () => {
    const api = lab();
    const progress: string[] = [];
    api.on('progress', ({ night, fraction }) => progress.push(`${night}:${fraction}`));
    const reply = await api.simulate({ night: 'b', scenario: 'evening-caffeine', params: {}, seed: 1 });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.value.night).toBe('b');
    expect(reply.value.result.stage).toBeInstanceOf(Uint8Array);
    expect(reply.value.result.stage.length).toBeGreaterThan(100);
    expect(progress[0]).toBe('b:0');
  });

  it('refuses requests as main does: a bad payload, an unknown parameter, a value off its range', async () => {
    const api = lab();
    expect(await api.simulate({ night: 'c' as 'a', scenario: 'baseline', params: {}, seed: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', field: 'night' },
    });
    expect(await api.simulate({ night: 'a', scenario: 'baseline', params: { bedtme: 23 }, seed: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-parameters', field: 'params.bedtme', message: 'unknown parameter "bedtme"' },
    });
    expect(await api.simulate({ night: 'a', scenario: 'baseline', params: { bedtime: 30 }, seed: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-parameters', message: 'bedtime must be between 0 and 24 clock h, got 30' },
    });
  });

  it('a newer run of the same night cancels the older one (the pool’s rule)', async () => {
    const api = lab();
    const first = api.simulate({ night: 'a', scenario: 'baseline', params: {}, seed: 1 });
    const second = api.simulate({ night: 'a', scenario: 'baseline', params: { caffeine_mg: 100 }, seed: 1 });
    expect(await first).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect((await second).ok).toBe(true);
  });

  it('runs a small sweep on the pool', async () => {
    const reply = await lab().runSweep({
      night: { scenario: 'baseline', params: {}, events: [], seed: 1 },
      definition: { param: 'caffeine_mg', from: 0, to: 400, steps: 3 },
    });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.value.points).toHaveLength(3);
  });

  it('answers what a page cannot do as the desktop answers an empty case, or with a typed error', async () => {
    const api = lab();
    expect(await api.recentFiles(undefined)).toEqual({ ok: true, value: { paths: [] } });
    expect(await api.openFile({ path: '/home/me/a.nocturne' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-file', message: expect.stringContaining('was not opened in this browser tab') },
    });
    // No fit is running: the desktop's answer.
    expect(await api.cancelFit(undefined)).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('refuses to save an experiment that would not read back, naming the field', async () => {
    const experiment = { ...defaultExperiment(), nights: [] };
    expect(await lab().saveFile({ experiment, path: null })).toMatchObject({
      ok: false,
      error: { code: 'invalid-file' },
    });
  });

  it("runs a cohort's edited population as main does, and refuses one out of its parameter's range", async () => {
    const api = lab();
    const night = { scenario: 'baseline', params: {}, events: [] };
    const caffeine = {
      param: 'caffeineHalfLife_h',
      marginal: { kind: 'lognormal', median: 9, sdLog: 0.05, min: 8, max: 9.5 },
      source: 'slow metabolisers',
      certainty: 'assumed',
    } as const;
    const request: CohortRunRequest = {
      nights: { a: night, b: { ...night, scenario: 'evening-caffeine' } },
      population: 'young-adults',
      distributions: [caffeine],
      correlations: [],
      n: 2,
      seed: 1,
    };
    const reply = await api.runCohort(request);
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.value.population).toBe('young-adults (edited)');
    expect(reply.value.done).toBe(2);
    expect(
      await api.runCohort({
        ...request,
        distributions: [{ ...caffeine, marginal: { ...caffeine.marginal, max: 12 } }],
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 'invalid-payload',
        field: 'distributions.0.marginal',
        message:
          "bad request on cohort:run: distributions.0.marginal: is refused: caffeineHalfLife_h: the distribution reaches [8, 12] h, outside the parameter's range [1.5, 10] h",
      },
    });
  });

  it('webInvoke refuses an unknown channel and a bad payload as main does (checkRequest), running no handler', async () => {
    const called: string[] = [];
    const real = createWebHandlers(deps(), () => undefined);
    const handlers = new Proxy(real, {
      get: (target, channel: string) => {
        called.push(channel);
        return target[channel as keyof WebHandlers];
      },
    });
    const unknown = await webInvoke(handlers, 'fs:write', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(unknown).toEqual(checkRequest('fs:write', {}));
    const bad = { night: 'c', scenario: 'baseline', params: {}, seed: 1 };
    const reply = await webInvoke(handlers, 'sim:run', bad);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-payload', field: 'night' } });
    expect(reply).toEqual(checkRequest('sim:run', bad));
    expect(called).toEqual([]);
    // A good request does reach its handler.
    expect(await webInvoke(handlers, 'file:recent', undefined)).toEqual({ ok: true, value: { paths: [] } });
    expect(called).toEqual(['file:recent']);
  });
});
