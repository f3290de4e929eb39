import { describe, expect, it } from 'vitest';
import {
  EXPERIMENT_VERSION,
  MIGRATIONS,
  OLDEST_READABLE_VERSION,
  migrateToCurrent,
  parseExperiment,
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

  it('read a version-0 draft as version 1: nights {a, b} → [A, B], parameters → params, notes added', () => {
    const result = parseExperiment(JSON.stringify(DRAFT));
    expect(result).toEqual({
      ok: true,
      experiment: {
        format: 'nocturne-experiment',
        version: 1,
        title: 'Draft experiment',
        notes: '',
        nights: [
          { label: 'Usual', scenario: 'baseline', params: { age: 30 }, seed: 5 },
          { label: 'Late', scenario: 'late-sleeper', params: {}, seed: 5 },
        ],
      },
      notices: [
        'updated from version 0 to 1: nights { a, b } became the list [A, B] and "parameters" became "params"; saving writes version 1',
      ],
    });
  });

  it('prefer "params" when a hand-edited draft already has it', () => {
    const draft = { ...DRAFT, nights: { ...DRAFT.nights, b: { ...DRAFT.nights.b, params: { bedtime: 1 } } } };
    const result = parseExperiment(JSON.stringify(draft));
    expect(result.ok && result.experiment.nights[1].params).toEqual({ bedtime: 1 });
  });

  it('validate the migrated file as version 1, naming fields by their new place', () => {
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
    const chain = [step(-1), step(0)];
    const outcome = migrateToCurrent({ format: 'nocturne-experiment' }, -1, chain);
    expect(outcome).toEqual({
      ok: true,
      file: { format: 'nocturne-experiment', trail: [-1, 0] },
      notices: [
        'updated from version -1 to 0: step -1; saving writes version 1',
        'updated from version 0 to 1: step 0; saving writes version 1',
      ],
    });
    expect(seen).toEqual([-1, 0]);

    const refusing: Migration = {
      from: 0,
      to: 1,
      summary: '',
      migrate: () => ({ ok: false, error: { message: 'no' } }),
    };
    expect(migrateToCurrent({}, -1, [step(-1), refusing])).toEqual({ ok: false, error: { message: 'no' } });
    expect(migrateToCurrent({}, -1, [step(0)])).toEqual({
      ok: false,
      error: { field: 'version', message: 'version -1 is unknown; this app reads versions 0 to 1' },
    });
  });

  it('leave a current file untouched', () => {
    const file = { version: 1 };
    expect(migrateToCurrent(file, 1)).toEqual({ ok: true, file, notices: [] });
  });
});
