import { describe, expect, it } from 'vitest';
import { defaultExperiment, parseExperiment, serializeExperiment } from '../../experiment';
import { MEASURED_LIMITS } from '../../experiment/format';
import { importEpochText } from './text';
import { epochLengthIsChosen, measuredOfRecord, measuredRecord, parseEpochLength } from './record';
import type { MeasuredNight } from './types';

const night: MeasuredNight = {
  label: 'night-07.edf',
  source: 'EDF+ annotations',
  recordingStart: '2024-03-01T22:41:30',
  epochLength_s: 30,
  stages: Uint8Array.from([0, 0, 2, 3, 3, 4, 4, 3, 1, 1, 5, 0]),
  lightsOff: 1,
  lightsOn: 12,
  notes: ['R&K stages 3 and 4 scored as N3 (2 epochs)'],
};
const context = {
  file: '/home/someone/private/night-07.edf',
  sha256: 'ab'.repeat(32),
  against: 'b' as const,
  lightsOffText: '22:45',
  lightsOnText: '',
};

describe('measured night ↔ the experiment file', () => {
  it('keeps the stages as one digit per epoch and the file name without its folder', () => {
    const record = measuredRecord(night, context);
    expect(record.stages).toBe('002334431150');
    expect(record.fileName).toBe('night-07.edf');
    expect(record.against).toBe('b');
  });

  it('comes back whole through a saved and reopened file', () => {
    const experiment = { ...defaultExperiment(), measured: measuredRecord(night, context) };
    const parsed = parseExperiment(serializeExperiment(experiment, { app: '0', model: '0' }));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const back = measuredOfRecord(parsed.experiment.measured!);
    expect(back.night).toEqual(night);
    expect([...back.night.stages]).toEqual([...night.stages]);
    expect(back.context).toEqual({ ...context, file: 'night-07.edf' });
  });

  it('cuts what the format bounds, so a record of any import saves', () => {
    const long = {
      ...night,
      label: 'x'.repeat(300),
      notes: Array.from({ length: 150 }, (_, i) => `${i} ${'y'.repeat(2000)}`),
    };
    const record = measuredRecord(long, { ...context, lightsOffText: '1'.repeat(90) });
    expect(record.notes).toHaveLength(MEASURED_LIMITS.notes);
    expect(record.notes[0]).toHaveLength(MEASURED_LIMITS.noteLength);
    const parsed = parseExperiment(
      serializeExperiment({ ...defaultExperiment(), measured: record }, { app: '0', model: '0' }),
    );
    expect(parsed.ok).toBe(true);
  });

  it('refuses a stage code the report does not know', () => {
    expect(() => measuredRecord({ ...night, stages: Uint8Array.from([0, 7]) }, context)).toThrow(
      /epoch 1: stage code 7/,
    );
  });
});

describe('the epoch length the lab asks for', () => {
  it('is offered for an epoch-per-line text only', () => {
    expect(epochLengthIsChosen(importEpochText('n.txt', 'n.txt', 'W\nN1\n'))).toBe(true);
    expect(epochLengthIsChosen(night)).toBe(false);
  });

  it('reads seconds within the format bounds and names a bad value', () => {
    expect(parseEpochLength(' 20 ')).toEqual({ ok: true, value: 20 });
    expect(parseEpochLength('7.5')).toEqual({ ok: true, value: 7.5 });
    for (const bad of ['0', '-30', 'abc', '', '121', '30s']) {
      const r = parseEpochLength(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain(`epoch length "${bad}"`);
    }
  });
});
