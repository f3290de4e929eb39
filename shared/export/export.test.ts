import { describe, expect, it } from 'vitest';
import { METRICS } from '../model/metrics';
import { EPOCHS_PER_HOUR, STAGE_CODE, type SeriesInfo, type SimulationResult } from '../model/result';
import { csvField, csvFixed, csvNumber, metricsCsv, timeseriesCsv } from './index';
import { csvRows } from './testing/csvRows';

/** A small result: `hours` of epochs starting `start_h` after a 23:00 lights-off. */
function result(
  start_h: number,
  hours: number,
  fill: (i: number) => number,
  extra: Record<string, Float32Array> = {},
): SimulationResult {
  const epochs = hours * EPOCHS_PER_HOUR;
  const stage = new Uint8Array(epochs).map((_, i) => (i % 2 ? STAGE_CODE.N2 : STAGE_CODE.W));
  return {
    model: { name: 'test', version: '0' },
    start_h,
    epochs,
    focalLightsOff_clock_h: 23,
    focalTimeInBed_h: 8,
    stage,
    series: { processS: Float32Array.from({ length: epochs }, (_, i) => fill(i)), ...extra },
    metrics: {},
  };
}

const SERIES: SeriesInfo[] = [
  { id: 'processS', label: 'Process S', unit: 'S (0–1)', panel: 'homeostat', description: '' },
  { id: 'melatonin', label: 'Melatonin', unit: 'pg/mL', panel: 'circadian', description: '' },
];

/** The rows of a whole CSV file (every row ends in CRLF). */
function readCsv(text: string): string[][] {
  const { rows, unterminated } = csvRows(text);
  expect(unterminated).toBe('');
  return rows;
}

describe('csv helpers', () => {
  it('quote only what RFC 4180 requires, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('write numbers with six significant digits, no exponent, no trailing zeros', () => {
    expect(csvNumber(0.1 + 0.2)).toBe('0.3');
    expect(csvNumber(452.5)).toBe('452.5');
    expect(csvNumber(1 / 3)).toBe('0.333333');
    expect(csvNumber(1.23456789e-7)).toBe('0.000000123457');
    expect(csvNumber(98765432.1)).toBe('98765432');
    expect(csvNumber(999999.7)).toBe('1000000');
    expect(csvNumber(-0.0000001)).toBe('-0.0000001');
    expect(csvNumber(-0)).toBe('0');
    expect(csvNumber(null)).toBe('');
    expect(csvNumber(Number.NaN)).toBe('');
    expect(csvFixed(-10.9916666667, 6)).toBe('-10.991667');
    expect(csvFixed(-0.0000001, 6)).toBe('0');
    expect(csvFixed(24, 6)).toBe('24');
  });
});

describe('timeseriesCsv', () => {
  it('writes one row per night, epoch and variable, stage first, declared series in order', () => {
    const a = result(-1, 1, (i) => i / 1000, { melatonin: new Float32Array(120).fill(42.5) });
    const rows = readCsv(timeseriesCsv([{ night: 'A', result: a }], { series: SERIES }));
    expect(rows[0]).toEqual(['night', 'time_h', 'clock', 'variable', 'unit', 'value']);
    expect(rows.slice(1, 5)).toEqual([
      ['A', '-1', '22:00', 'stage', '', 'W'],
      ['A', '-1', '22:00', 'processS', 'S (0–1)', '0'],
      ['A', '-1', '22:00', 'melatonin', 'pg/mL', '42.5'],
      ['A', '-0.991667', '22:00', 'stage', '', 'N2'],
    ]);
    expect(rows[6]).toEqual(['A', '-0.991667', '22:00', 'melatonin', 'pg/mL', '42.5']);
    expect(rows[7]!.slice(0, 3)).toEqual(['A', '-0.983333', '22:01']);
    expect(rows.length).toBe(1 + 120 * 3);
    expect(rows.at(-1)).toEqual(['A', '-0.008333', '22:59', 'melatonin', 'pg/mL', '42.5']);
  });

  it('keeps clock times exact across midnight and over many epochs', () => {
    const r = result(0, 26, () => 0.5);
    const rows = readCsv(timeseriesCsv([{ night: 'B', result: r }], { series: SERIES })).slice(1);
    const clocks = rows.filter((row) => row[3] === 'stage').map((row) => row[2]);
    expect(clocks[0]).toBe('23:00');
    expect(clocks[2 * 60]).toBe('00:00'); // one hour in: 120 epochs
    expect(clocks[2 * 60 * 25]).toBe('00:00');
    expect(clocks.at(-1)).toBe('00:59');
  });

  it('writes only the epochs inside a window, for each night in turn', () => {
    const r = result(-12, 48, (i) => i);
    const text = timeseriesCsv(
      [
        { night: 'A', result: r },
        { night: 'B, "late"', result: r },
      ],
      { series: SERIES, window: { start_h: -11, end_h: 25 } },
    );
    const rows = readCsv(text).slice(1);
    expect(rows.length).toBe(2 * 36 * EPOCHS_PER_HOUR * 2);
    expect(rows[0]).toEqual(['A', '-11', '12:00', 'stage', '', 'W']);
    expect(rows[1]).toEqual(['A', '-11', '12:00', 'processS', 'S (0–1)', '120']);
    expect(rows.at(-1)).toEqual(['B, "late"', '24.991667', '23:59', 'processS', 'S (0–1)', '4439']);
    expect(text).toContain('\r\n"B, ""late""",-11,12:00,stage,,W\r\n');
  });

  it('still writes a series nobody declared, after the declared ones, with an empty unit', () => {
    const r = result(0, 1, () => 1, { zeta: new Float32Array(120).fill(2) });
    const rows = readCsv(timeseriesCsv([{ night: 'A', result: r }], { series: SERIES }));
    expect(rows.slice(1, 4).map((row) => [row[3], row[4], row[5]])).toEqual([
      ['stage', '', 'W'],
      ['processS', 'S (0–1)', '1'],
      ['zeta', '', '2'],
    ]);
  });
});

describe('metricsCsv', () => {
  it('writes every declared metric in order with A, B, Δ and Δ%', () => {
    const a = { totalSleepTime_min: 450, dlmo_clock_h: 21.5, swaDecayRatio: null, waso_min: 0 };
    const b = { totalSleepTime_min: 405, dlmo_clock_h: 22.25, swaDecayRatio: 0.7, waso_min: 12 };
    const rows = readCsv(metricsCsv(a, b));
    expect(rows[0]).toEqual(['metric', 'unit', 'A', 'B', 'delta', 'delta_pct']);
    expect(rows.slice(1).map((row) => row[0])).toEqual(METRICS.map((m) => m.id));
    const row = (id: string) => rows.find((r) => r[0] === id);
    expect(row('totalSleepTime_min')).toEqual(['totalSleepTime_min', 'min', '450', '405', '-45', '-10']);
    // Clock metrics: Δ in hours, no Δ%.
    expect(row('dlmo_clock_h')).toEqual(['dlmo_clock_h', 'clock h', '21.5', '22.25', '0.75', '']);
    // Undefined on one side: nothing to subtract.
    expect(row('swaDecayRatio')).toEqual(['swaDecayRatio', 'ratio', '', '0.7', '', '']);
    // A zero baseline has a Δ but no Δ%.
    expect(row('waso_min')).toEqual(['waso_min', 'min', '0', '12', '12', '']);
    // Missing from both results: empty cells.
    expect(row('ghTotal')).toEqual(['ghTotal', 'µg·h/L', '', '', '', '']);
  });

  it('measures Δ% against the size of A, so a negative baseline keeps the sign of the change', () => {
    const rows = readCsv(metricsCsv({ synapticStrengthChange_pct: -20 }, { synapticStrengthChange_pct: -10 }));
    expect(rows.find((r) => r[0] === 'synapticStrengthChange_pct')!.slice(4)).toEqual(['10', '50']);
  });
});
