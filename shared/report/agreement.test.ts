import { describe, expect, it } from 'vitest';
import { EPOCH_H, STAGE_CODE } from '../model/result';
import {
  AGREEMENT_STAGES,
  agreement,
  cohensKappa,
  measuredOnGrid,
  placeMeasured,
  type SimulatedNight,
} from './agreement';
import type { MeasuredNight } from './import/types';
import { SLEEP_REPORT_FIELDS, UNSCORED } from './sleepReport';

const code = (s: string): number => (s === 'U' ? UNSCORED : STAGE_CODE[s as keyof typeof STAGE_CODE]);
const stages = (text: string): Uint8Array => Uint8Array.from(text.trim().split(/\s+/), code);

/** A simulated night whose epoch 0 is at its lights-off, in bed for all its epochs. */
function simulated(text: string, lightsOffClock = 23, start_h = 0): SimulatedNight {
  const stage = stages(text);
  return {
    stage,
    epochs: stage.length,
    start_h,
    focalLightsOff_clock_h: lightsOffClock,
    focalTimeInBed_h: (stage.length + Math.round(start_h / EPOCH_H)) * EPOCH_H,
  };
}

function measured(text: string, over: Partial<MeasuredNight> = {}): MeasuredNight {
  return {
    label: 'm.txt',
    source: 'test',
    recordingStart: '2024-03-01T23:00:00',
    epochLength_s: 30,
    stages: stages(text),
    lightsOff: 0,
    lightsOn: null,
    notes: [],
    ...over,
  };
}

describe("Cohen's kappa", () => {
  it('is 1 for perfect agreement, whatever the categories used', () => {
    expect(
      cohensKappa([
        [5, 0],
        [0, 3],
      ]),
    ).toBe(1);
    expect(
      cohensKappa([
        [4, 0, 0],
        [0, 0, 0],
        [0, 0, 9],
      ]),
    ).toBe(1);
  });

  it('is 0 at chance level: counts that are the product of the two raters’ marginals', () => {
    expect(
      cohensKappa([
        [25, 25],
        [25, 25],
      ]),
    ).toBe(0);
    // Rows (measured) 1:2:3, columns (simulated) 3:1:2: table[i][j] = r_i · c_j, so p_o = p_e.
    const r = [1, 2, 3];
    const c = [3, 1, 2];
    expect(cohensKappa(r.map((ri) => c.map((cj) => ri * cj)))).toBeCloseTo(0, 15);
  });

  it('gives the worked examples of Wikipedia’s "Cohen\'s kappa" article', () => {
    // "Simple example": 50 proposals, both yes 20, A yes B no 5, A no B yes 10, both no 15.
    // p_o = 35/50 = 0.7; p_e = 0.5·0.6 + 0.5·0.4 = 0.5; κ = 0.2/0.5 = 0.4.
    expect(
      cohensKappa([
        [20, 5],
        [10, 15],
      ]),
    ).toBeCloseTo(0.4, 12);
    // "Same percentages but different numbers": p_o = 0.6 in both tables, κ 0.1304 and 0.2593.
    // p_e = 0.6·0.7 + 0.4·0.3 = 0.54 → κ = 0.06/0.46 = 3/23.
    expect(
      cohensKappa([
        [45, 15],
        [25, 15],
      ]),
    ).toBeCloseTo(3 / 23, 12);
    // p_e = 0.6·0.3 + 0.4·0.7 = 0.46 → κ = 0.14/0.54 = 7/27.
    expect(
      cohensKappa([
        [25, 35],
        [5, 35],
      ]),
    ).toBeCloseTo(7 / 27, 12);
  });

  it('is null when there is nothing to compare, or both raters used one category only (0/0)', () => {
    expect(
      cohensKappa([
        [0, 0],
        [0, 0],
      ]),
    ).toBeNull();
    expect(
      cohensKappa([
        [7, 0],
        [0, 0],
      ]),
    ).toBeNull();
    expect(() => cohensKappa([[1, 2], [3]])).toThrow(/not square/);
  });
});

describe('agreement of a measured night with a simulated one', () => {
  it('counts a small case by hand: accuracy, κ, the confusion matrix and the reports’ Δ', () => {
    const sim = simulated('W W N1 N2 N2 N3 N3 N2 R R');
    const m = measured('W N1 N1 N2 N3 N3 N2 N2 R W');
    const a = agreement(m, sim);
    expect(a.compared).toBe(10);
    expect(a.unscored).toBe(0);
    expect(a.accuracy).toBeCloseTo(0.6, 12);
    // Marginals: measured W2 N1 2 N2 3 N3 2 R1; simulated W2 N1 1 N2 3 N3 2 R2.
    // p_e = (2·2 + 2·1 + 3·3 + 2·2 + 1·2)/100 = 0.21; κ = (0.6 − 0.21)/(1 − 0.21) = 39/79.
    expect(a.kappa).toBeCloseTo(39 / 79, 12);
    expect(AGREEMENT_STAGES).toEqual(['W', 'N1', 'N2', 'N3', 'R']);
    expect(a.confusion).toEqual([
      [1, 0, 0, 0, 1],
      [1, 1, 0, 0, 0],
      [0, 0, 2, 1, 0],
      [0, 0, 1, 1, 0],
      [0, 0, 0, 0, 1],
    ]);
    // Both sleep 8 epochs (4 min); SOL 1 min simulated, 0.5 min measured; REM latency from onset
    // 6 epochs simulated (3 min), 7 measured (3.5 min).
    expect(a.measured.TST_min).toBe(4);
    expect(a.simulated.TST_min).toBe(4);
    expect(a.delta.TST_min).toBe(0);
    expect(a.delta.SOL_min).toBe(0.5);
    expect(a.delta.REMLatency_min).toBe(-0.5);
    expect(a.placement).toEqual({ start_slot_h: 23, by: 'recording start' });
    expect(a.span).toEqual({ start: 23, end: 23 + 10 * EPOCH_H });
  });

  it('is perfect when the measured night is the simulated one: κ 1, a diagonal matrix, Δ 0', () => {
    const text = 'W W N1 N2 N2 N3 N3 N2 R R N2 N2 W N2 R';
    const a = agreement(measured(text), simulated(text));
    expect(a.accuracy).toBe(1);
    expect(a.kappa).toBe(1);
    expect(a.confusion.flatMap((row, i) => row.filter((_, j) => j !== i))).toEqual(new Array(20).fill(0));
    for (const k of SLEEP_REPORT_FIELDS) expect(a.delta[k], k).toBe(a.measured[k] === null ? null : 0);
    expect(a.delta.TST_min).toBe(0);
  });

  it('leaves out and counts epochs without a measured stage', () => {
    const a = agreement(measured('W U N2 U N2 N3'), simulated('W N1 N2 N2 N2 N3'));
    expect(a.compared).toBe(4);
    expect(a.unscored).toBe(2);
    expect(a.accuracy).toBe(1);
    expect(a.confusion.flat().reduce((s, c) => s + c, 0)).toBe(4);
    expect(a.notes).toContain('2 epochs without a measured stage are left out');
  });

  it('places a recording by its clock time on the day nearest the simulated lights-off', () => {
    const sim = simulated('W', 23);
    expect(placeMeasured(measured('W', { recordingStart: '2024-03-01T22:30:00' }), sim).start_slot_h).toBe(22.5);
    // After midnight: the next morning on the slot scale.
    expect(placeMeasured(measured('W', { recordingStart: '2024-03-02T01:15:00' }), sim).start_slot_h).toBe(25.25);
    // A day sleeper (lights-off 08:00 = 32): a recording from 07:30 lies at 31.5, not 7.5.
    expect(
      placeMeasured(measured('W', { recordingStart: '2024-03-02T07:30:00' }), simulated('W', 32)).start_slot_h,
    ).toBe(31.5);
  });

  it('lines up a recording that starts later than the simulated night, epoch by epoch', () => {
    // Simulated from 22:00 (lights-off 23:00, start_h −1); measured from 23:00:00: epoch 0 of the
    // measured night is simulated epoch 120.
    const sim = simulated(`${'W '.repeat(120)}N1 N2 N3 R`, 23, -1);
    const a = agreement(measured('N1 N2 N3 R'), sim);
    expect(a.compared).toBe(4);
    expect(a.accuracy).toBe(1);
    // One epoch later and every epoch disagrees.
    const b = agreement(measured('N1 N2 N3 R', { recordingStart: '2024-03-01T23:00:30' }), sim);
    expect(b.compared).toBe(3);
    expect(b.accuracy).toBe(0);
  });

  it('compares a recording that starts off the 30-s grid by the measured epoch holding each midpoint', () => {
    // Measured from 23:00:10: simulated epoch 0 (23:00:00–:30, midpoint :15) lies in measured epoch 0.
    const a = agreement(measured('N1 N2 N3', { recordingStart: '2024-03-01T23:00:10' }), simulated('N1 N2 N3 R'));
    expect(a.compared).toBe(3);
    expect(a.accuracy).toBe(1);
    expect(a.notes.join('\n')).toMatch(/10 s off the simulation's 30-s grid/);
  });

  it('aligns a night without a start time at the simulated lights-off, and says so', () => {
    const sim = simulated(`${'W '.repeat(10)}N1 N2 N3 R`, 23, -10 * EPOCH_H);
    const a = agreement(measured('N1 N2 N3 R', { recordingStart: null, lightsOff: null }), sim);
    expect(a.placement).toEqual({ start_slot_h: 23, by: 'simulated lights-off' });
    expect(a.accuracy).toBe(1);
    expect(a.notes[0]).toMatch(
      /no recording start: its first epoch is placed at the simulated lights-off \(23:00:00\)/,
    );
    expect(a.notes).toContain(
      'the measured night gives no lights-off: it is compared from the start of the recording to the end of the recording, and its time in bed, sleep efficiency and latencies from lights-off are undefined',
    );
    expect(a.measured.SOL_min).toBeNull();
    expect(a.delta.SOL_min).toBeNull();
    // With a lights-off annotation, that epoch goes to the simulated lights-off.
    const b = agreement(measured('W W N1 N2 N3 R', { recordingStart: null, lightsOff: 2 }), sim);
    expect(b.placement.start_slot_h).toBeCloseTo(23 - 2 * EPOCH_H, 12);
    expect(b.compared).toBe(4);
    expect(b.accuracy).toBe(1);
    expect(b.notes[0]).toMatch(/its lights-off is placed/);
  });

  it('compares 60-s measured epochs on the 30-s grid, each twice', () => {
    const m = measured('N2 N3', { epochLength_s: 60 });
    const a = agreement(m, simulated('N2 N2 N3 N2'));
    expect(a.compared).toBe(4);
    expect(a.confusion[2]).toEqual([0, 0, 2, 0, 0]);
    expect(a.confusion[3]).toEqual([0, 0, 1, 1, 0]);
    expect(a.measured.N2_min).toBe(1);
  });

  it('keeps to the measured lights-off to lights-on when the file says', () => {
    const a = agreement(measured('W W N2 N2 W W', { lightsOff: 2, lightsOn: 4 }), simulated('N2 N2 N2 N2 N2 N2'));
    expect(a.compared).toBe(2);
    expect(a.accuracy).toBe(1);
    expect(a.span).toEqual({ start: 23 + 2 * EPOCH_H, end: 23 + 4 * EPOCH_H });
    expect(a.measured.TIB_min).toBe(1);
    expect(a.notes).toContain('compared from the measured lights-off to its lights-on');
  });

  it('says so when the nights do not overlap, with accuracy and κ null', () => {
    const a = agreement(measured('N2 N2', { recordingStart: '2024-03-01T12:00:00' }), simulated('N2 N2'));
    expect(a.compared).toBe(0);
    expect(a.accuracy).toBeNull();
    expect(a.kappa).toBeNull();
    expect(a.span).toBeNull();
    expect(a.notes).toContain('the measured and simulated nights do not overlap on the clock');
  });

  it('lays the measured night on the simulated grid for drawing, beyond the simulated night if need be', () => {
    // Simulated from 23:00; measured from 22:59:00 (two epochs before), 60-s epochs, 3 of them.
    const m = measured('W U N2', { recordingStart: '2024-03-01T22:59:00', epochLength_s: 60 });
    const grid = measuredOnGrid(m, simulated('W W W'));
    expect(grid.first).toBe(-2);
    expect([...grid.stages]).toEqual([0, 0, UNSCORED, UNSCORED, 3, 3]);
    const same = measuredOnGrid(measured('N1 N2'), simulated('W W W'));
    expect(same).toEqual({ first: 0, stages: Uint8Array.from([2, 3]) });
  });
});
