import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveParameters } from '../model/scenarios';
import { simulateNight } from '../model/engine';
import {
  EXPERIMENT_VERSION,
  MIGRATIONS,
  OLDEST_READABLE_VERSION,
  migrateToCurrent,
  parseExperiment,
  serializeExperiment,
  type Migration,
} from './index';

/** A file as the pre-release draft (version 0) wrote it. */
const DRAFT = {
  format: 'nocturne-experiment',
  version: 0,
  title: 'Draft experiment',
  nights: {
    a: { label: 'Usual', scenario: 'baseline', parameters: { age: 30 }, seed: 5 },
    b: { label: 'Late', scenario: 'late-sleeper', parameters: {}, seed: 5 },
  },
};

describe('migrations', () => {
  it('form one chain from the oldest readable version to the current one', () => {
    expect(OLDEST_READABLE_VERSION).toBe(0);
    let version = OLDEST_READABLE_VERSION;
    for (const step of MIGRATIONS) {
      expect(step.from).toBe(version);
      expect(step.to).toBe(version + 1);
      version = step.to;
    }
    expect(version).toBe(EXPERIMENT_VERSION);
  });

  it('read a version-0 draft as version 3: nights {a, b} → [A, B], parameters → params, notes and events added', () => {
    const result = parseExperiment(JSON.stringify(DRAFT));
    expect(result).toEqual({
      ok: true,
      experiment: {
        format: 'nocturne-experiment',
        version: 3,
        title: 'Draft experiment',
        notes: '',
        nights: [
          { label: 'Usual', scenario: 'baseline', params: { age: 30 }, events: [], seed: 5 },
          { label: 'Late', scenario: 'late-sleeper', params: {}, events: [], seed: 5 },
        ],
      },
      notices: [
        'updated from version 0 to 1: nights { a, b } became the list [A, B] and "parameters" became "params"; saving writes version 3',
        'updated from version 1 to 2: each night got an empty list of protocol events; saving writes version 3',
        'updated from version 2 to 3: the file can now keep a measured night and fitted sleepers (this one has neither); saving writes version 3',
        'made by Nocturne before version 3 of the file format; the file does not say which model version',
      ],
    });
  });

  it('prefer "params" when a hand-edited draft already has it', () => {
    const draft = { ...DRAFT, nights: { ...DRAFT.nights, b: { ...DRAFT.nights.b, params: { bedtime: 1 } } } };
    const result = parseExperiment(JSON.stringify(draft));
    expect(result.ok && result.experiment.nights[1].params).toEqual({ bedtime: 1 });
  });

  it('validate the migrated file as version 2, naming fields by their new place', () => {
    const draft = {
      ...DRAFT,
      nights: { ...DRAFT.nights, b: { ...DRAFT.nights.b, parameters: { swsSuppression: 2 } } },
    };
    expect(parseExperiment(JSON.stringify(draft))).toEqual({
      ok: false,
      error: {
        message: 'nights[1].params.swsSuppression must be between 0 and 1 0–1, got 2',
        field: 'nights[1].params.swsSuppression',
      },
    });
  });

  it('refuse a draft whose nights are not {a, b}', () => {
    const draft = { ...DRAFT, nights: { a: DRAFT.nights.a } };
    expect(parseExperiment(JSON.stringify(draft))).toEqual({
      ok: false,
      error: { message: 'nights.b must be an object in a version 0 file, got nothing', field: 'nights.b' },
    });
  });

  it('run several steps in order and stop at the first that refuses', () => {
    const seen: number[] = [];
    const step = (from: number): Migration => ({
      from,
      to: from + 1,
      summary: `step ${from}`,
      migrate(file) {
        seen.push(from);
        return { ok: true, file: { ...file, trail: [...((file.trail as number[]) ?? []), from] } };
      },
    });
    const chain = [step(-1), step(0), step(1), step(2)];
    const outcome = migrateToCurrent({ format: 'nocturne-experiment' }, -1, chain);
    expect(outcome).toEqual({
      ok: true,
      file: { format: 'nocturne-experiment', trail: [-1, 0, 1, 2] },
      notices: [
        'updated from version -1 to 0: step -1; saving writes version 3',
        'updated from version 0 to 1: step 0; saving writes version 3',
        'updated from version 1 to 2: step 1; saving writes version 3',
        'updated from version 2 to 3: step 2; saving writes version 3',
      ],
    });
    expect(seen).toEqual([-1, 0, 1, 2]);

    const refusing: Migration = {
      from: 0,
      to: 1,
      summary: '',
      migrate: () => ({ ok: false, error: { message: 'no' } }),
    };
    expect(migrateToCurrent({}, -1, [step(-1), refusing])).toEqual({ ok: false, error: { message: 'no' } });
    expect(migrateToCurrent({}, -1, [step(0)])).toEqual({
      ok: false,
      error: { field: 'version', message: 'version -1 is unknown; this app reads versions 0 to 3' },
    });
  });

  it('leave a current file untouched', () => {
    const file = { version: 3 };
    expect(migrateToCurrent(file, 3)).toEqual({ ok: true, file, notices: [] });
  });
});

/** Version-1 files as Nocturne 0.1.0 wrote them (tests/fixtures/v1: its serializer's output and its README example). */
const V1_DIR = new URL('../../tests/fixtures/v1/', import.meta.url);
const V1_FILES = readdirSync(V1_DIR).filter((name) => name.endsWith('.nocturne'));

describe('version 1 → 3', () => {
  it('has real version-1 files to open', () => {
    expect(V1_FILES.length).toBeGreaterThanOrEqual(3);
  });

  it.each(V1_FILES)(
    'opens %s as version 3 with no events, saying which model made it, and saves it as version 3',
    (name) => {
      const text = readFileSync(new URL(name, V1_DIR), 'utf8');
      const v1 = JSON.parse(text) as {
        version: number;
        nights: Record<string, unknown>[];
        createdWith?: { app: string; model: string };
      };
      expect(v1.version).toBe(1);
      const result = parseExperiment(text, { modelVersion: v1.createdWith?.model });
      if (!result.ok) throw new Error(result.error.message);
      expect(result.experiment.version).toBe(3);
      // Every v1 field kept as it was; each night gains an empty event list and nothing else.
      result.experiment.nights.forEach((night, i) => {
        const { events, ...rest } = night;
        expect(events).toEqual([]);
        expect(rest).toEqual(v1.nights[i]);
      });
      expect(result.notices).toEqual([
        'updated from version 1 to 2: each night got an empty list of protocol events; saving writes version 3',
        'updated from version 2 to 3: the file can now keep a measured night and fitted sleepers (this one has neither); saving writes version 3',
        `made by Nocturne ${v1.createdWith!.app} with model ${v1.createdWith!.model}`,
      ]);
      // Saved as version 3, it reads back the same experiment with nothing to say.
      const saved = serializeExperiment(result.experiment, { app: '0.2.0', model: v1.createdWith!.model });
      expect(JSON.parse(saved).version).toBe(3);
      expect(JSON.parse(saved).nights.map((n: { events: unknown }) => n.events)).toEqual([[], []]);
      const again = parseExperiment(saved, { modelVersion: v1.createdWith!.model });
      expect(again.ok && again.experiment.nights).toEqual(result.experiment.nights);
      expect(again.ok && again.notices).toEqual([]);
    },
  );

  it('gives a migrated night the same simulation as its parameters alone', () => {
    const text = readFileSync(new URL('dose-sweep.nocturne', V1_DIR), 'utf8');
    const result = parseExperiment(text);
    if (!result.ok) throw new Error(result.error.message);
    const night = result.experiment.nights[1];
    const params = resolveParameters(night.scenario, night.params);
    const a = simulateNight(params, night.seed);
    const b = simulateNight(params, night.seed, night.events);
    expect(b.metrics).toEqual(a.metrics);
  });

  it('says when a migrated file came from another model', () => {
    const text = readFileSync(new URL('default.nocturne', V1_DIR), 'utf8');
    const result = parseExperiment(text, { modelVersion: '0.2.0' });
    expect(result.ok && result.notices).toEqual([
      'updated from version 1 to 2: each night got an empty list of protocol events; saving writes version 3',
      'updated from version 2 to 3: the file can now keep a measured night and fitted sleepers (this one has neither); saving writes version 3',
      'made by Nocturne 0.1.0 with model 0.1.0',
      'saved with model 0.1.0; this app runs model 0.2.0, so results may differ from when it was saved',
    ]);
  });

  it('checks the events of a hand-edited version-1 night as the current version would', () => {
    const v1 = JSON.parse(readFileSync(new URL('default.nocturne', V1_DIR), 'utf8'));
    v1.nights[1].events = [{ kind: 'caffeine', at: 15, day: 0, mg: 2000 }];
    expect(parseExperiment(JSON.stringify(v1))).toEqual({
      ok: false,
      error: {
        message: 'nights[1].events[0].mg must be a number above 0 and at most 800 mg, got 2000 (night B, event 1)',
        field: 'nights[1].events[0].mg',
      },
    });
  });
});
