// The fit channels (fit:run, fit:cancel) through handleInvoke with the real fit worker: a synthetic
// sleeper's PVT file fitted against night A, its progress events, its record, cancel, and the
// replies to a file that is not PVT sessions, a dialog cancelled and a malformed request.
import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fitWorkerPath from '../fit/worker?modulePath';
import type { SimulationPool } from '../simulation/pool';
import { createHandlers, handleInvoke } from './handlers';
import { TEST_APP_INFO, testFileDeps } from './testing/handlerSetup';
import type { EventPayloads, FitRequest, FitResponse, LabError, Reply } from '../../shared/ipc';
import { parseExperiment, serializeExperiment } from '../../shared/experiment';
import { FIT_PARAMETERS } from '../../shared/fit/pvtModel';
import { TRUTH, syntheticExperiment, syntheticPvt } from '../../scripts/synthetic-pvt';
import {
  CIRCADIAN_TRUTH,
  syntheticCircadianExperiment,
  syntheticCircadianFiles,
} from '../../scripts/synthetic-circadian';
import { bootstrapMessage } from '../../shared/fit/fitCommon';
import { nightFingerprint } from '../../shared/experiment/fitRecord';
import { resolveParameters } from '../../shared/model/scenarios';

const folder = mkdtempSync(join(tmpdir(), 'nocturne-fit-handlers-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const pvtAnswers: (string | null)[] = [];
/** The roles the fit's dialogs were asked for, in order. */
const roles: string[] = [];
const progress: EventPayloads['fitProgress'][] = [];
let onProgress: (() => void) | null = null;
const handlers = createHandlers({
  // A fit runs on its own worker, never in the simulation pool.
  pool: {} as SimulationPool,
  fitWorkerPath,
  appInfo: TEST_APP_INFO,
  emit: (event, payload) => {
    if (event !== 'fitProgress') return;
    progress.push(payload as EventPayloads['fitProgress']);
    onProgress?.();
  },
  files: testFileDeps(folder, {
    dialogs: {
      choosePvtPath: async (role) => {
        roles.push(role ?? 'pvt');
        return pvtAnswers.shift() ?? null;
      },
    },
  }),
});

const text = syntheticPvt(11);
const pvtPath = join(folder, 'synthetic-pvt.csv');
writeFileSync(pvtPath, text);
const hash = createHash('sha256').update(text).digest('hex');
const nightA = syntheticExperiment().nights[0];
const request = (over: Partial<FitRequest> = {}): FitRequest => ({
  night: 'a',
  spec: { label: nightA.label, scenario: nightA.scenario, params: nightA.params, events: [], seed: nightA.seed },
  ...over,
});
const fit = (payload: unknown) => handleInvoke(handlers, 'fit:run', payload) as Promise<Reply<FitResponse>>;
const failure = (reply: Reply<unknown>): LabError => {
  if (reply.ok) throw new Error('expected a failure');
  return reply.error;
};

describe('fit:run', () => {
  it('fits the file the user picks, with progress, and answers the result and its record', async () => {
    progress.length = 0;
    pvtAnswers.push(pvtPath);
    const reply = await fit(request());
    if (!reply.ok) throw new Error(reply.error.message);
    const { result, record, fileName } = reply.value;
    expect(fileName).toBe('synthetic-pvt.csv');
    expect(result.converged).toBe(true);
    expect(result.n).toBe(15);
    // Every stage reported, in order, for this file and its hash; the share grows and stays under 1.
    expect(progress.map((p) => p.message)).toEqual([
      'reading synthetic-pvt.csv',
      "simulating night A's protocol (one-night-awake)",
      `fitting ${FIT_PARAMETERS.join(', ')} to 15 observations`,
      ...FIT_PARAMETERS.map((id) => `profiling ${id}`),
      'drawing the fitted curve and its band',
    ]);
    expect(progress.every((p) => p.sha256 === hash && p.fileName === 'synthetic-pvt.csv' && p.night === 'a')).toBe(
      true,
    );
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((x, y) => x - y));
    expect(Math.max(...fractions)).toBeLessThan(1);
    // The record: the file's name (no folder) and hash, the intervals as fitted, the truth inside them.
    expect(record).toMatchObject({ kind: 'pvt', night: 'a', model: '1', converged: true, n: 15 });
    expect(record.data).toEqual([{ role: 'PVT sessions', fileName: 'synthetic-pvt.csv', sha256: hash }]);
    for (const p of record.parameters) {
      const fitted = result.parameters.find((q) => q.id === p.id)!;
      expect(p.interval).toEqual(fitted.interval);
      expect(p.status).toBe('identified');
      const truth = TRUTH[p.id as keyof typeof TRUTH];
      expect(p.interval![0]).toBeLessThan(truth);
      expect(p.interval![1]).toBeGreaterThan(truth);
    }
    expect(record.curve?.slot_h.length).toBeGreaterThan(10);
    // The record is what the file keeps: an experiment holding it is written and read back unchanged.
    const file = serializeExperiment({ ...syntheticExperiment(), fits: [record] }, { app: '0.0.0', model: '1' });
    const back = parseExperiment(file);
    if (!back.ok) throw new Error(back.error.message);
    expect(back.experiment.fits).toEqual([record]);
  }, 120_000);

  it('stops a fit of dropped bytes on fit:cancel, which then has nothing to cancel', async () => {
    progress.length = 0;
    const bytes = new TextEncoder().encode(text);
    const stopped = new Promise<void>((resolve) => {
      // Cancelled once the worker is at work (its first own message), not before it started.
      onProgress = () => {
        if (progress.length === 2) {
          void handleInvoke(handlers, 'fit:cancel', undefined).then((r) => {
            expect(r).toEqual({ ok: true, value: { cancelled: true } });
            resolve();
          });
        }
      };
    });
    const started = performance.now();
    const reply = await fit(request({ bytes, fileName: 'C:\\data\\dropped.csv' }));
    await stopped;
    onProgress = null;
    expect(failure(reply).code).toBe('cancelled');
    // Stopped at its next model evaluation, not left to run: well under a whole fit.
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(progress[0]).toMatchObject({ fileName: 'dropped.csv', sha256: hash });
    expect(progress.some((p) => p.message.startsWith('drawing'))).toBe(false);
    expect(await handleInvoke(handlers, 'fit:cancel', {})).toEqual({ ok: true, value: { cancelled: false } });
  }, 60_000);

  it("answers a file that is not PVT sessions with the importer's message naming it", async () => {
    const bad = join(folder, 'notes.csv');
    writeFileSync(bad, 'when,what\nmonday,slept badly\n');
    const error = failure(await fit(request({ path: bad })));
    expect(error.code).toBe('invalid-file');
    expect(error.message).toMatch(/^not a file of PVT sessions: .*notes\.csv/);
  }, 30_000);

  it("answers sessions off the protocol with the fit's message naming the file", async () => {
    const far = join(folder, 'far.csv');
    writeFileSync(far, 'timestamp,mean_rt_ms,lapses\n2026-03-10 09:00,250,1\n2026-05-10 09:00,250,1\n');
    const error = failure(await fit(request({ path: far, focalDate: '2030-01-01' })));
    expect(error.code).toBe('invalid-file');
    expect(error.message).toMatch(/^far\.csv: none of its 2 sessions lies inside the simulated protocol/);
  }, 30_000);

  it('answers a missing file, a cancelled dialog, a bad night and a malformed request without fitting', async () => {
    progress.length = 0;
    const missing = failure(await fit(request({ path: join(folder, 'nope.csv') })));
    expect(missing).toEqual({ code: 'invalid-file', message: `${join(folder, 'nope.csv')}: no such file` });
    expect(failure(await fit(request())).code).toBe('cancelled');
    const bad = failure(await fit(request({ path: pvtPath, spec: { ...request().spec, params: { age: 500 } } })));
    expect(bad).toMatchObject({ code: 'invalid-parameters', field: 'params.age' });
    const both = failure(await fit(request({ path: pvtPath, bytes: new Uint8Array(3), fileName: 'x.csv' })));
    expect(both).toMatchObject({ code: 'invalid-payload', field: 'bytes' });
    const nameless = failure(await fit(request({ bytes: new Uint8Array(3) })));
    expect(nameless).toMatchObject({ code: 'invalid-payload', field: 'fileName' });
    const date = failure(await fit(request({ path: pvtPath, focalDate: '10/03/2026' })));
    expect(date).toMatchObject({ code: 'invalid-payload', field: 'focalDate' });
    expect(progress).toEqual([]);
  });

  it('fits a light log and DLMOs picked in two dialogs: period and light sensitivity hold the truth', async () => {
    progress.length = 0;
    roles.length = 0;
    const files = syntheticCircadianFiles();
    const light = join(folder, 'light.csv');
    const dlmo = join(folder, 'dlmo.csv');
    writeFileSync(light, files.light);
    writeFileSync(dlmo, files.dlmo);
    // Answered in the wrong order: main tells the light log by its columns.
    pvtAnswers.push(dlmo, light);
    const night = syntheticCircadianExperiment().nights[0];
    const spec = { label: night.label, scenario: night.scenario, params: night.params, events: [], seed: night.seed };
    const reply = await fit({ night: 'a', spec, kind: 'circadian' });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(roles).toEqual(['light', 'dlmo']);
    const { record } = reply.value;
    expect(record.kind).toBe('circadian');
    expect(record.data.map((d) => [d.role, d.fileName])).toEqual([
      ['light log', 'light.csv'],
      ['DLMOs', 'dlmo.csv'],
    ]);
    expect(record.data[0]!.sha256).toBe(createHash('sha256').update(files.light).digest('hex'));
    for (const p of record.parameters) {
      const truth = CIRCADIAN_TRUTH[p.id as keyof typeof CIRCADIAN_TRUTH];
      expect(p.status, p.note ?? '').toBe('identified');
      expect(p.interval![0]).toBeLessThan(truth);
      expect(p.interval![1]).toBeGreaterThan(truth);
    }
    // Its four DLMOs as day and clock hour, and the night as fitted.
    expect(record.points?.x).toHaveLength(4);
    expect(record.points!.y.every((h) => h > 18 && h < 26)).toBe(true);
    expect(record.against).toBe(
      nightFingerprint('circadian', resolveParameters(night.scenario, night.params), [], night.seed),
    );
    expect(progress[0]).toMatchObject({ fileName: 'light.csv', message: 'reading light.csv and dlmo.csv' });
    expect(progress.at(-1)!.fraction).toBeLessThan(1);
  }, 120_000);

  it('adds a bootstrap interval when asked, its refits moving the share done', async () => {
    progress.length = 0;
    const reply = await fit(request({ path: pvtPath, bootstrap: 20 }));
    if (!reply.ok) throw new Error(reply.error.message);
    const messages = progress.map((p) => p.message);
    expect(messages).toContain(bootstrapMessage(10, 20));
    expect(messages).toContain(bootstrapMessage(20, 20));
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((x, y) => x - y));
    // Before the refits the bar is well short of done; they carry it most of the way.
    const before = progress[messages.indexOf(bootstrapMessage(10, 20)) - 1]!.fraction;
    expect(before).toBeLessThan(0.3);
    expect(progress[messages.indexOf(bootstrapMessage(20, 20))]!.fraction).toBeGreaterThan(0.8);
    for (const p of reply.value.record.parameters) {
      expect(p.bootstrap, p.id).toHaveLength(2);
      expect(p.bootstrap![0]).toBeLessThan(p.bootstrap![1]);
    }
    const tooMany = failure(await fit(request({ path: pvtPath, bootstrap: 5000 })));
    expect(tooMany).toMatchObject({ code: 'invalid-payload', field: 'bootstrap' });
    const dlmoForPvt = failure(await fit(request({ path: pvtPath, dlmoPath: pvtPath })));
    expect(dlmoForPvt).toMatchObject({ code: 'invalid-payload', field: 'kind' });
  }, 120_000);
});
