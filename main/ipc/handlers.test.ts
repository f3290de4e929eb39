import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import faultWorkerPath from '../simulation/testing/faultWorker?modulePath';
import fitWorkerPath from '../fit/worker?modulePath';
import { SimulationPool } from '../simulation/pool';
import { Autosave, RecentFiles } from '../files/experimentFiles';
import { createHandlers, handleInvoke, suggestedFileName } from './handlers';
import { FONT_FILES } from '../export/fonts';
import type { AppInfo, EventName, OpenedFile, RecoveredSession } from '../../shared/ipc';
import { defaultExperiment, serializeExperiment } from '../../shared/experiment';
import type { MeasuredNight } from '../../shared/report/import';

const pool = new SimulationPool({ workerPath: faultWorkerPath, size: 1, timeoutMs: 2_000 });
const folder = mkdtempSync(join(tmpdir(), 'nocturne-handlers-'));
afterAll(async () => {
  await pool.close();
  rmSync(folder, { recursive: true, force: true });
});
const info: AppInfo = {
  app: { name: 'Nocturne', version: '0.0.0' },
  model: { name: 'm', version: '1' },
  platform: 'test',
};
const events: EventName[] = [];
/** Scripted dialog answers, as a person would pick them. */
const answers: {
  open: (string | null)[];
  save: (string | null)[];
  hypnogram: (string | null)[];
  data: (string | null)[];
} = {
  open: [],
  save: [],
  hypnogram: [],
  data: [],
};
/** The kinds the data dialog was opened for, in order. */
const dataDialogs: (string | null)[] = [];
const clipboardLog: (Uint8Array | string)[] = [];
const handlers = createHandlers({
  pool,
  // The fit channels are tested in fitHandlers.test.ts.
  fitWorkerPath,
  appInfo: info,
  emit: (event) => events.push(event),
  files: {
    dialogs: {
      chooseOpenPath: async () => answers.open.shift() ?? null,
      chooseHypnogramPath: async () => answers.hypnogram.shift() ?? null,
      choosePvtPath: async () => null,
      chooseDataPath: async (kind) => {
        dataDialogs.push(kind);
        return answers.data.shift() ?? null;
      },
      chooseSavePath: async () => answers.save.shift() ?? null,
      chooseFolder: async () => null,
      chooseExportPath: async () => answers.save.shift() ?? null,
    },
    fonts: FONT_FILES,
    clipboard: {
      writeImage: async (png) => void clipboardLog.push(png),
      writeText: async (text) => void clipboardLog.push(text),
    },
    recent: new RecentFiles(join(folder, 'recent.json')),
    autosave: new Autosave(folder, () => new Date('2026-11-26T12:00:00Z')),
  },
});
const createdWith = { app: '0.0.0', model: '1' };

describe('handleInvoke', () => {
  it('answers a good request', async () => {
    expect(await handleInvoke(handlers, 'lab:info', undefined)).toEqual({ ok: true, value: info });
  });

  it.each([
    ['a string', 'sim:run', 'hello', 'invalid-payload', undefined],
    ['null', 'sim:run', null, 'invalid-payload', undefined],
    ['a wrong night', 'sim:run', { night: 'c', scenario: 'baseline', params: {}, seed: 1 }, 'invalid-payload', 'night'],
    ['a missing seed', 'sim:run', { night: 'a', scenario: 'baseline', params: {} }, 'invalid-payload', 'seed'],
    [
      'a negative seed',
      'sim:run',
      { night: 'a', scenario: 'baseline', params: {}, seed: -1 },
      'invalid-payload',
      'seed',
    ],
    [
      'NaN in params',
      'sim:run',
      { night: 'a', scenario: 'baseline', params: { age: Number.NaN }, seed: 1 },
      'invalid-payload',
      'params.age',
    ],
    [
      'an unknown field',
      'sim:run',
      { night: 'a', scenario: 'baseline', params: {}, seed: 1, evil: true },
      'invalid-payload',
      undefined,
    ],
    [
      'an array of params',
      'sim:run',
      { night: 'a', scenario: 'baseline', params: [1, 2], seed: 1 },
      'invalid-payload',
      'params',
    ],
    [
      'an unknown scenario',
      'sim:run',
      { night: 'a', scenario: 'nap', params: {}, seed: 1 },
      'invalid-parameters',
      'scenario',
    ],
    [
      'an out-of-range value',
      'sim:run',
      { night: 'a', scenario: 'baseline', params: { timeInBed_h: 17 }, seed: 1 },
      'invalid-parameters',
      'params.timeInBed_h',
    ],
    [
      'a fraction of nights',
      'sim:run',
      { night: 'a', scenario: 'baseline', params: { priorNights: 1.5 }, seed: 1 },
      'invalid-parameters',
      'params.priorNights',
    ],
    [
      'an event with a field its kind does not have',
      'sim:run',
      {
        night: 'b',
        scenario: 'baseline',
        params: {},
        events: [{ kind: 'caffeine', at: 15, day: 0, mg: 100, lux: 9 }],
        seed: 1,
      },
      'invalid-payload',
      'events.0.lux',
    ],
    [
      'an event dose out of range',
      'sim:run',
      {
        night: 'b',
        scenario: 'baseline',
        params: {},
        events: [{ kind: 'melatonin', at: 20, day: 0, mg: 50 }],
        seed: 1,
      },
      'invalid-payload',
      'events.0.mg',
    ],
    [
      'an event before the protocol starts',
      'sim:run',
      {
        night: 'b',
        scenario: 'baseline',
        params: {},
        events: [{ kind: 'nap', at: 14, day: -30, duration_h: 1 }],
        seed: 1,
      },
      'invalid-parameters',
      'events[0].day',
    ],
    ['a payload on info', 'lab:info', { x: 1 }, 'invalid-payload', undefined],
    ['a bad cancel', 'sim:cancel', { night: 3 }, 'invalid-payload', 'night'],
    ['an unknown channel', 'fs:write', {}, 'unknown-channel', undefined],
  ])('refuses %s with a typed error', async (_what, channel, payload, code, field) => {
    const reply = await handleInvoke(handlers, channel, payload);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe(code);
    expect(reply.error.message.length).toBeGreaterThan(5);
    if (field) expect(reply.error.field).toBe(field);
  });

  it('names the parameter and its range', async () => {
    const reply = await handleInvoke(handlers, 'sim:run', {
      night: 'a',
      scenario: 'baseline',
      params: { bedtime: 25 },
      seed: 1,
    });
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'invalid-parameters',
        field: 'params.bedtime',
        message: 'bedtime must be between 0 and 24 clock h, got 25',
      },
    });
  });

  it('never sends an invalid request to the pool', async () => {
    await handleInvoke(handlers, 'sim:run', { night: 'a', scenario: 'baseline', params: { bedtime: 25 }, seed: 1 });
    expect(pool.stats().busy + pool.stats().queued).toBe(0);
    expect(events).toEqual([]);
  });
});

describe('file handlers', () => {
  const good = join(folder, 'good.nocturne.json');
  writeFileSync(good, serializeExperiment(defaultExperiment(), createdWith));

  it('opens a file by path or by the dialog, and remembers it', async () => {
    const reply = await handleInvoke(handlers, 'file:open', { path: good });
    expect(reply.ok).toBe(true);
    expect((reply as { value: OpenedFile }).value.experiment.nights[1].scenario).toBe('evening-caffeine');
    answers.open.push(good);
    expect((await handleInvoke(handlers, 'file:open', {})).ok).toBe(true);
    expect(await handleInvoke(handlers, 'file:recent', undefined)).toEqual({ ok: true, value: { paths: [good] } });
  });

  it('says so when the dialog is cancelled', async () => {
    answers.open.push(null);
    expect(await handleInvoke(handlers, 'file:open', {})).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('refuses a bad file naming the field, and a missing one', async () => {
    const bad = join(folder, 'bad.nocturne.json');
    const text = serializeExperiment(defaultExperiment(), createdWith).replace(
      '"params": {}',
      '"params": { "bedtime": 99 }',
    );
    writeFileSync(bad, text);
    const reply = await handleInvoke(handlers, 'file:open', { path: bad });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-file', field: 'nights[0].params.bedtime' } });
    expect(await handleInvoke(handlers, 'file:open', { path: join(folder, 'nope.json') })).toMatchObject({
      ok: false,
      error: { code: 'invalid-file', message: expect.stringMatching(/does not exist/) },
    });
  });

  it('opens a measured hypnogram by path or by its own dialog, and does not list it among recent experiments', async () => {
    const path = join(folder, 'night.txt');
    writeFileSync(path, 'W\nN1\nN2\nN2\nN3\nR\n');
    const recentBefore = await handleInvoke(handlers, 'file:recent', undefined);
    const reply = await handleInvoke(handlers, 'hypnogram:open', { path });
    expect(reply.ok).toBe(true);
    const { night, sha256 } = (reply as { value: { path: string; night: MeasuredNight; sha256: string } }).value;
    expect([...night.stages]).toEqual([0, 2, 3, 3, 4, 1]);
    // The hash of the file's bytes, as sha256sum gives it.
    expect(sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
    expect(night).toMatchObject({ label: 'night.txt', epochLength_s: 30, recordingStart: null });
    answers.hypnogram.push(path);
    expect(await handleInvoke(handlers, 'hypnogram:open', { epochLength_s: 20 })).toMatchObject({
      ok: true,
      value: { path, night: { epochLength_s: 30, notes: expect.arrayContaining([expect.stringMatching(/20-s/)]) } },
    });
    answers.hypnogram.push(null);
    expect(await handleInvoke(handlers, 'hypnogram:open', {})).toMatchObject({
      ok: false,
      error: { code: 'cancelled' },
    });
    expect(await handleInvoke(handlers, 'file:recent', undefined)).toEqual(recentBefore);
  });

  it('refuses a bad hypnogram with the importer’s message: the file, the line, the problem', async () => {
    const bad = join(folder, 'bad.txt');
    writeFileSync(bad, 'W\nN1\nX\n');
    expect(await handleInvoke(handlers, 'hypnogram:open', { path: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-file', message: expect.stringMatching(/^.*bad\.txt: line 3: unknown stage label "X"/) },
    });
    expect(await handleInvoke(handlers, 'hypnogram:open', { path: join(folder, 'none.txt') })).toMatchObject({
      ok: false,
      error: { code: 'invalid-file', message: expect.stringMatching(/none\.txt: no such file$/) },
    });
    expect(await handleInvoke(handlers, 'hypnogram:open', { path: folder })).toMatchObject({
      ok: false,
      error: { code: 'invalid-file', message: expect.stringMatching(/it is not a file|folder/) },
    });
    expect(await handleInvoke(handlers, 'hypnogram:open', { epochLength_s: -1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', field: 'epochLength_s' },
    });
  });

  it('opens a diary or a light log by path or by its dialog: the content decides, with the hash of the bytes', async () => {
    const diary = join(folder, 'days.csv');
    writeFileSync(diary, 'date,lights off,out of bed\n2024-03-04,23:10,07:05\n2024-03-05,22:40,06:50\n');
    const light = join(folder, 'light.csv');
    writeFileSync(light, 'timestamp,lux\n2024-03-04 12:00:00,250\n2024-03-04 12:01:00,260\n');
    const reply = await handleInvoke(handlers, 'data:open', { path: diary });
    expect(reply).toMatchObject({
      ok: true,
      value: {
        path: diary,
        sha256: createHash('sha256').update(readFileSync(diary)).digest('hex'),
        data: { kind: 'diary', diary: { label: 'days.csv', nights: [{ line: 2 }, { line: 3 }] } },
      },
    });
    answers.data.push(light);
    const log = await handleInvoke(handlers, 'data:open', { kind: 'lightLog' });
    expect(dataDialogs.at(-1)).toBe('lightLog');
    expect(log).toMatchObject({ ok: true, value: { path: light, data: { kind: 'lightLog' } } });
    const lux = (log as { value: { data: { lightLog: { lux: Float64Array } } } }).value.data.lightLog.lux;
    expect([...lux]).toEqual([250, 260]);
    answers.data.push(null);
    expect(await handleInvoke(handlers, 'data:open', {})).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(dataDialogs.at(-1)).toBe(null);
  });

  it('refuses a bad diary, the wrong kind, or a file it cannot read, naming the file, the line, the problem', async () => {
    const bad = join(folder, 'bad-diary.csv');
    writeFileSync(bad, 'date,lights off,out of bed\n2024-03-04,23:10,07:05\n2024-03-05,25:99,06:50\n');
    expect(await handleInvoke(handlers, 'data:open', { path: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-file', message: expect.stringMatching(/bad-diary\.csv: line 3/) },
    });
    const light = join(folder, 'light.csv');
    expect(await handleInvoke(handlers, 'data:open', { path: light, kind: 'diary' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-file', message: expect.stringMatching(/light\.csv: a light log .*, not a sleep diary/) },
    });
    expect(await handleInvoke(handlers, 'data:open', { path: join(folder, 'gone.csv') })).toMatchObject({
      ok: false,
      error: { code: 'invalid-file', message: expect.stringMatching(/gone\.csv: no such file$/) },
    });
    expect(await handleInvoke(handlers, 'data:open', { kind: 'pvt' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', field: 'kind' },
    });
  });

  it('saves to the given path, or asks where for Save As, writing a file that reads back', async () => {
    const target = join(folder, 'saved.nocturne.json');
    const experiment = { ...defaultExperiment(), title: 'Saved on purpose' };
    expect(await handleInvoke(handlers, 'file:save', { experiment, path: target })).toEqual({
      ok: true,
      value: { path: target },
    });
    expect(readFileSync(target, 'utf8')).toBe(serializeExperiment(experiment, createdWith));
    const other = join(folder, 'other.nocturne.json');
    answers.save.push(other);
    expect(await handleInvoke(handlers, 'file:save', { experiment, path: target, saveAs: true })).toEqual({
      ok: true,
      value: { path: other },
    });
  });

  it('refuses to save a malformed experiment and writes nothing', async () => {
    const target = join(folder, 'never.nocturne.json');
    const experiment = { ...defaultExperiment(), nights: [defaultExperiment().nights[0]] };
    const reply = await handleInvoke(handlers, 'file:save', { experiment, path: target });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-file' } });
    expect(existsSync(target)).toBe(false);
  });

  it('says why a save failed and leaves the old file intact', async () => {
    const reply = await handleInvoke(handlers, 'file:save', {
      experiment: defaultExperiment(),
      path: join(folder, 'missing-folder', 'x.nocturne.json'),
    });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'write-failed', message: expect.stringMatching(/does not exist/) },
    });
  });

  it('keeps, returns and clears the autosave', async () => {
    expect(await handleInvoke(handlers, 'autosave:read', undefined)).toEqual({ ok: true, value: null });
    const experiment = { ...defaultExperiment(), title: 'Unsaved work' };
    expect(await handleInvoke(handlers, 'autosave:write', { experiment, path: null })).toEqual({
      ok: true,
      value: { savedAt: '2026-11-26T12:00:00.000Z' },
    });
    const read = await handleInvoke(handlers, 'autosave:read', undefined);
    expect((read as { value: RecoveredSession }).value).toMatchObject({
      path: null,
      savedAt: '2026-11-26T12:00:00.000Z',
    });
    expect((read as { value: RecoveredSession }).value.experiment.title).toBe('Unsaved work');
    await handleInvoke(handlers, 'autosave:clear', undefined);
    expect(await handleInvoke(handlers, 'autosave:read', undefined)).toEqual({ ok: true, value: null });
  });

  it('suggests a file name from the title', () => {
    expect(suggestedFileName('Baseline vs caffeine: 200 mg!')).toBe('baseline-vs-caffeine-200-mg.nocturne');
    expect(suggestedFileName('***')).toBe('experiment.nocturne');
  });
});
