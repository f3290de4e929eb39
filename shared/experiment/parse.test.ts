import { describe, expect, it } from 'vitest';
import {
  MAX_EXPERIMENT_BYTES,
  defaultExperiment,
  parseExperiment,
  serializeExperiment,
  type Experiment,
  type ParseResult,
} from './index';
import { MODEL_INFO } from '../model/engine';

const CREATED = { app: '0.1.0', model: '1.0.0' };

function fullExperiment(): Experiment {
  return {
    format: 'nocturne-experiment',
    version: 3,
    title: 'Caffeine dose–response',
    notes: 'Line one.\nLine two, with “quotes” and ünïcode.',
    nights: [
      { label: 'A', scenario: 'baseline', params: { age: 40, sex: 'female' }, events: [], seed: 0 },
      {
        label: 'B',
        scenario: 'evening-caffeine',
        params: { caffeine_mg: 300 },
        events: [
          { kind: 'caffeine', at: 15, day: 0, mg: 200 },
          { kind: 'nap', at: 14, day: -1, duration_h: 0.5 },
          { kind: 'light', at: 6.5, day: 0, duration_h: 1, lux: 2500 },
          { kind: 'melatonin', at: 20, day: 0, mg: 0.5 },
          { kind: 'alcohol', at: 21, day: 0, gPerKg: 0.3 },
          { kind: 'constantRoutine', at: 8, day: 1, duration_h: 2, lux: 5 },
        ],
        seed: 4294967295,
      },
    ],
    view: {
      compareMode: 'overlay',
      zoom: { start_h: -2, end_h: 9.5 },
      panels: ['hypnogram', 'processS'],
      span: 'protocol',
    },
    sweeps: [
      {
        night: 'b',
        param: 'caffeine_mg',
        from: 0,
        to: 400,
        steps: 9,
        second: { param: 'caffeineHoursBeforeBed', from: 0, to: 12, steps: 7 },
        metrics: ['totalSleepTime_min', 'n3_pct'],
      },
    ],
    measured: {
      label: 'SC4001E0',
      source: 'EDF+ annotations',
      fileName: 'SC4001EC-Hypnogram.edf',
      sha256: 'a'.repeat(64),
      recordingStart: '1989-04-24T16:13:00',
      epochLength_s: 30,
      stages: '000022334443311000',
      lightsOff: 2,
      lightsOn: 17,
      notes: ['R&K stages 3 and 4 scored as N3'],
      against: 'b',
      lightsOffText: '23:00',
      lightsOnText: '',
    },
    fits: [
      {
        kind: 'pvt',
        night: 'a',
        fittedAt: '2026-12-07T02:15:00.000Z',
        model: '0.3.0',
        method: 'least squares on Freeman–Tukey lapses; profile likelihood',
        data: [{ role: 'PVT sessions', fileName: 'pvt.csv', sha256: 'b'.repeat(64) }],
        converged: true,
        n: 12,
        rss: 3.25,
        parameters: [
          {
            id: 'pvtVulnerability',
            status: 'identified',
            estimate: 1.4,
            interval: [1.1, 1.8],
            bootstrap: [1.05, 1.9],
            note: null,
          },
          {
            id: 'pvtLapsesRested',
            status: 'not identifiable',
            estimate: null,
            interval: null,
            note: 'the profile is flat',
          },
        ],
        curve: { slot_h: [30, 30.5], fitted: [2, 3], lower: [1.5, 2.2], upper: [2.6, 3.9] },
        notes: [],
      },
    ],
    classroom: { lesson: 'afternoon-coffee', locked: true },
    snapshots: [
      {
        name: 'Later bedtime',
        from: 'b',
        night: {
          label: 'Evening caffeine',
          scenario: 'evening-caffeine',
          params: { caffeine_mg: 300 },
          events: [],
          seed: 7,
        },
      },
    ],
  };
}

/** The serialized full file with one edit made to its JSON. */
// Edits reach anywhere into untyped JSON to break it on purpose; typing each path would hide nothing.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function edited(edit: (file: Record<string, any>) => void): string {
  const file = JSON.parse(serializeExperiment(fullExperiment(), CREATED));
  edit(file);
  return JSON.stringify(file, null, 2);
}

function refusal(result: ParseResult): { message: string; field?: string } {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('round trip', () => {
  it('reads back what it writes, for the default and for a file with every optional part', () => {
    for (const experiment of [defaultExperiment(), fullExperiment()]) {
      const text = serializeExperiment(experiment, CREATED);
      const result = parseExperiment(text, { modelVersion: CREATED.model });
      expect(result).toEqual({ ok: true, experiment: { ...experiment, createdWith: CREATED }, notices: [] });
      if (result.ok) expect(serializeExperiment(result.experiment, CREATED)).toBe(text);
    }
  });

  it('writes a stable key order, 2-space indent and a trailing newline', () => {
    const text = serializeExperiment(defaultExperiment(), CREATED);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "nocturne-experiment",');
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'version', 'title', 'notes', 'createdWith', 'nights']);
    const full = JSON.parse(serializeExperiment(fullExperiment(), CREATED));
    expect(Object.keys(full)).toEqual([
      'format',
      'version',
      'title',
      'notes',
      'createdWith',
      'nights',
      'view',
      'sweeps',
      'measured',
      'fits',
      'classroom',
      'snapshots',
    ]);
    expect(Object.keys(full.snapshots[0])).toEqual(['name', 'from', 'night']);
    expect(Object.keys(full.nights[0])).toEqual(['label', 'scenario', 'params', 'events', 'seed']);
    expect(Object.keys(full.sweeps[0])).toEqual(['night', 'param', 'from', 'to', 'steps', 'second', 'metrics']);
  });

  it('keeps only overrides that differ from the scenario, in declaration order', () => {
    const experiment = fullExperiment();
    const shuffled: Experiment = {
      ...experiment,
      nights: [
        { ...experiment.nights[0], params: { sex: 'female', age: 40, bedtime: 23 } },
        { ...experiment.nights[1], params: { caffeine_mg: 200, caffeineHoursBeforeBed: 4, nightLight_lux: 5 } },
      ],
    };
    const file = JSON.parse(serializeExperiment(shuffled, CREATED));
    expect(Object.keys(file.nights[0].params)).toEqual(['age', 'sex']);
    // 200 mg 4 h before bed are evening-caffeine's own values, so they are not overrides.
    expect(file.nights[1].params).toEqual({ nightLight_lux: 5 });
  });

  it('gives byte-identical text for the same experiment written twice', () => {
    expect(serializeExperiment(fullExperiment(), CREATED)).toBe(serializeExperiment(fullExperiment(), CREATED));
  });

  it('escapes U+FFFD so a saved note cannot read back as an encoding error', () => {
    const experiment = { ...defaultExperiment(), notes: 'pasted \ufffd here' };
    const text = serializeExperiment(experiment, CREATED);
    expect(text).toContain('\\ufffd');
    const result = parseExperiment(text);
    expect(result.ok && result.experiment.notes).toBe('pasted \ufffd here');
  });

  it('sets up a new experiment: baseline against evening caffeine, same fixed seed', () => {
    const experiment = defaultExperiment();
    expect(experiment.nights.map((n) => n.scenario)).toEqual(['baseline', 'evening-caffeine']);
    expect(experiment.nights[0].seed).toBe(experiment.nights[1].seed);
    expect(experiment.title).toMatch(/caffeine/i);
    expect(defaultExperiment()).toEqual(experiment);
  });

  it('accepts a hand-written file without createdWith, view or sweeps, and a UTF-8 byte-order mark', () => {
    const text = edited((f) => {
      delete f.createdWith;
      delete f.view;
      delete f.sweeps;
    });
    const result = parseExperiment(`\ufeff${text}`, { modelVersion: '9.9.9' });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.experiment.createdWith).toBeUndefined();
      expect(result.notices).toEqual([]);
    }
  });
});

describe('the view span', () => {
  it('opens a file saved before the span was kept on the night, as it was shown, and writes it from then on', () => {
    const older = edited((f) => delete f.view.span);
    const result = parseExperiment(older, { modelVersion: CREATED.model });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.experiment.view?.span).toBe('night');
    expect(result.notices).toEqual([]);
    expect(JSON.parse(serializeExperiment(result.experiment, CREATED)).view.span).toBe('night');
  });

  it('keeps each span through a save and an open', () => {
    for (const span of ['night', 'nightDay', 'protocol'] as const) {
      const experiment = { ...fullExperiment(), view: { ...fullExperiment().view!, span } };
      const result = parseExperiment(serializeExperiment(experiment, CREATED));
      expect(result.ok && result.experiment.view?.span).toBe(span);
    }
  });
});

describe('refusals name the field and the reason', () => {
  const cases: [string, string, string | undefined][] = [
    [
      '{\n  "format": "nocturne-experiment",\n  "version": 1\n  "title": ""\n}',
      "not valid JSON at line 4, column 3: expected ',' or '}' after a property, found '\"'",
      undefined,
    ],
    [
      '{\n  "format": "nocturne-exp',
      'not valid JSON at line 2, column 26: expected a closing double quote, but the text ends (is the file truncated?)',
      undefined,
    ],
    ['\u0000\u0001PK', 'not a Nocturne experiment: the file holds binary data, not JSON text', undefined],
    [
      'caf\ufffd',
      'the file is not UTF-8 text (saved in another encoding?); experiment files are UTF-8 JSON',
      undefined,
    ],
    ['[1, 2]', 'not a Nocturne experiment: the file holds a list, not an object { … }', undefined],
    [
      edited((f) => (f.format = 'x')),
      'not a Nocturne experiment: format is "x", expected "nocturne-experiment"',
      'format',
    ],
    [edited((f) => (f.version = 4)), 'made by a newer Nocturne; version 4, this app reads ≤ 3', 'version'],
    [edited((f) => (f.version = -2)), 'version -2 is unknown; this app reads versions 0 to 3', 'version'],
    [
      edited((f) => (f.measured.stages = '0012x')),
      'measured.stages must hold one stage digit per epoch (0 W, 1 R, 2 N1, 3 N2, 4 N3, 5 unscored)',
      'measured.stages',
    ],
    [
      edited((f) => (f.measured.lightsOn = 1)),
      'measured.lightsOn must come after lights-off (epoch 2), got epoch 1',
      'measured.lightsOn',
    ],
    [
      edited((f) => (f.measured.fileName = '/home/ana/pvt.csv')),
      'measured.fileName must be a file name without a directory',
      'measured.fileName',
    ],
    [
      edited((f) => (f.fits[0].parameters[0].id = 'pvtVulnerabilty')),
      'fits[0].parameters[0].id is not a known parameter; did you mean pvtVulnerability?',
      'fits[0].parameters[0].id',
    ],
    [
      edited((f) => (f.fits[0].curve.upper = [1])),
      'fits[0].curve.upper must hold one value per time (2), got 1',
      'fits[0].curve.upper',
    ],
    [
      edited((f) => (f.classroom.lesson = 'teenager')),
      'classroom.lesson "teenager" is not a known lesson; did you mean teenagers?',
      'classroom.lesson',
    ],
    [
      edited((f) => (f.fits[0].data[0].sha256 = 'xyz')),
      'fits[0].data[0].sha256 must be a SHA-256 hash: 64 hexadecimal digits',
      'fits[0].data[0].sha256',
    ],
    [edited((f) => delete f.nights[1].seed), 'nights[1].seed is missing', 'nights[1].seed'],
    [
      edited((f) => (f.view.span = 'week')),
      'view.span must be one of "night", "nightDay", "protocol", got "week"',
      'view.span',
    ],
    [
      edited((f) => (f.snapshots[0].from = 'c')),
      'snapshots[0].from must be one of "a", "b", got "c"',
      'snapshots[0].from',
    ],
    [edited((f) => (f.snapshots[0].name = '  ')), 'snapshots[0].name must not be empty', 'snapshots[0].name'],
    [edited((f) => delete f.snapshots[0].night.seed), 'snapshots[0].night.seed is missing', 'snapshots[0].night.seed'],
    [
      edited((f) => (f.snapshots = Array.from({ length: 6 }, () => f.snapshots[0]))),
      'snapshots must hold at most 5 items, got 6',
      'snapshots',
    ],
    [
      edited((f) => (f.nights[1].events[0].mg = 0)),
      'nights[1].events[0].mg must be a number above 0 and at most 800 mg, got 0 (night B, event 1)',
      'nights[1].events[0].mg',
    ],
    [
      edited((f) => (f.nights[1].events[2].at = '06:30')),
      'nights[1].events[2].at must be a clock time in hours from 0 to below 24, got "06:30" (night B, event 3)',
      'nights[1].events[2].at',
    ],
    [
      edited((f) => (f.nights[0].events = [{ kind: 'coffee', at: 8, day: 0 }])),
      'nights[0].events[0].kind must be one of caffeine, alcohol, melatonin, nap, light, constantRoutine, got "coffee" (night A, event 1)',
      'nights[0].events[0].kind',
    ],
    [edited((f) => delete f.nights[0].events), 'nights[0].events is missing', 'nights[0].events'],
    [
      edited((f) => (f.nights[0].events = [7])),
      'nights[0].events[0] must be an object (night A, event 1)',
      'nights[0].events[0]',
    ],
    [edited((f) => (f.notes = 7)), 'notes must be a string, got 7', 'notes'],
    [
      edited((f) => (f.nights[1].params.bedTime = 22)),
      'nights[1].params.bedTime is not a known parameter; did you mean bedtime?',
      'nights[1].params.bedTime',
    ],
    [
      edited((f) => (f.nights[1].params.bedtime = 30)),
      'nights[1].params.bedtime must be between 0 and 24 clock h, got 30',
      'nights[1].params.bedtime',
    ],
    [
      edited((f) => (f.nights[0].params.priorNights = 2.5)),
      'nights[0].params.priorNights must be a whole number between 0 and 21, got 2.5',
      'nights[0].params.priorNights',
    ],
    [
      edited((f) => (f.nights[0].scenario = 'olderadult')),
      'nights[0].scenario "olderadult" is not a known scenario; did you mean older-adult?',
      'nights[0].scenario',
    ],
    [
      edited((f) => (f.nights[0].seed = 2 ** 32)),
      'nights[0].seed must be a whole number from 0 to 4294967295, got 4294967296',
      'nights[0].seed',
    ],
    [edited((f) => f.nights.push(f.nights[0])), 'nights must hold exactly two nights (A and B), got 3', 'nights'],
    [
      edited((f) => (f.sweeps[0].second.param = 'caffeine_mg')),
      'sweeps[0].second.param must differ from the first swept parameter ("caffeine_mg")',
      'sweeps[0].second.param',
    ],
    [edited((f) => (f.sweeps[0].to = 0)), 'sweeps[0].to must differ from "from" (0)', 'sweeps[0].to'],
    [edited((f) => (f.view.zoom = 'all')), 'view.zoom must be an object, got "all"', 'view.zoom'],
    [edited((f) => (f.nights[0].label = ' \t ')), 'nights[0].label must not be empty', 'nights[0].label'],
    [
      edited(() => undefined).replace('"age": 40', '"__proto__": { "age": 30 }, "age": 40'),
      'the file has a field named "__proto__", which no experiment file may have',
      undefined,
    ],
    [
      edited((f) => (f.nights[0].label = 'x'.repeat(81))),
      'nights[0].label must be at most 80 characters long, got 81',
      'nights[0].label',
    ],
  ];
  it.each(cases)('%#: %s', (text, message, field) => {
    expect(refusal(parseExperiment(text))).toEqual(field === undefined ? { message } : { message, field });
  });

  it('reports the outermost problem first: a wrong night count before a bad field inside a night', () => {
    const text = edited((f) => {
      f.nights.pop();
      f.nights[0].seed = -1;
    });
    expect(refusal(parseExperiment(text)).message).toBe('nights must hold exactly two nights (A and B), got 1');
  });

  it('refuses files over the size limit before reading them, with a default of 5 MB', () => {
    expect(MAX_EXPERIMENT_BYTES).toBe(5 * 1024 * 1024);
    const text = serializeExperiment(defaultExperiment(), CREATED);
    expect(refusal(parseExperiment(text, { maxBytes: 100 })).message).toBe(
      `the file is too large (${text.length} bytes); experiment files are at most 100 bytes`,
    );
    // Multi-byte characters count as the bytes they take on disk: 40 × "é" is 80 bytes.
    expect(refusal(parseExperiment(`"${'é'.repeat(40)}"`, { maxBytes: 70 })).message).toMatch(/\(82 bytes\)/);
    const huge = `{"notes": "${' '.repeat(MAX_EXPERIMENT_BYTES)}"}`;
    expect(refusal(parseExperiment(huge)).message).toBe(
      'the file is too large (5.0 MB); experiment files are at most 5.0 MB',
    );
  });

  it('never throws: every prefix of a valid file is either read or refused with a message', () => {
    const text = serializeExperiment(fullExperiment(), CREATED);
    for (let end = 0; end < text.trimEnd().length; end++) {
      const result = parseExperiment(text.slice(0, end));
      expect(result.ok, `prefix of ${end}`).toBe(false);
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
    }
    expect(refusal(parseExperiment(undefined as unknown as string)).message).toBe(
      'expected the text of a file, got nothing',
    );
    expect(refusal(parseExperiment('['.repeat(100_000))).message).toMatch(
      /^not valid JSON at line 1, column 514: expected at most 512 levels/,
    );
  });
});

describe('notices', () => {
  it('says when the file was saved with another model version', () => {
    const text = serializeExperiment(defaultExperiment(), { app: '0.1.0', model: '0.9.0' });
    const result = parseExperiment(text, { modelVersion: '1.0.0' });
    expect(result.ok && result.notices).toEqual([
      'saved with model 0.9.0; this app runs model 1.0.0, so results may differ from when it was saved',
    ]);
    expect(parseExperiment(text, { modelVersion: '0.9.0' })).toMatchObject({ ok: true, notices: [] });
    expect(parseExperiment(text)).toMatchObject({ ok: true, notices: [] });
  });

  it('lists unknown fields, which are dropped and so would not survive a save', () => {
    const text = edited((f) => {
      f.colour = 'blue';
      f.nights[1].comment = 'why';
      f.view.zoom.unit = 'h';
      f.sweeps[0].second.note = 1;
      f.snapshots[0].colour = 'red';
      f.snapshots[0].night.comment = 'why';
    });
    const result = parseExperiment(text);
    expect(result.ok && result.notices).toEqual([
      'ignored an unknown field: colour',
      'ignored an unknown field: nights[1].comment',
      'ignored an unknown field: view.zoom.unit',
      'ignored an unknown field: sweeps[0].second.note',
      'ignored an unknown field: snapshots[0].colour',
      'ignored an unknown field: snapshots[0].night.comment',
    ]);
    expect(result.ok && 'colour' in result.experiment).toBe(false);
  });
});

describe('README', () => {
  it('shows an example file that this code reads without notices', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(new URL('./README.md', import.meta.url), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    expect(parseExperiment(example!, { modelVersion: MODEL_INFO.version })).toMatchObject({ ok: true, notices: [] });
  });
});
