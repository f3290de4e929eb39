import { describe, expect, it } from 'vitest';
import { dlmoOnDay, fitRecordOf, nightFingerprint } from './fitRecord';
import { defaultExperiment, parseExperiment, serializeExperiment } from '.';
import type { FitResult } from '../fit/fitPvt';
import type { CircadianFitResult } from '../fit/fitCircadian';
import { resolveParameters } from '../model/scenarios';

/** The fields of a FitResult the record reads (a real one is fitted in main/ipc/fitHandlers.test.ts). */
function result(bootstrap?: [number, number]): FitResult {
  return {
    kind: 'pvt',
    method: 'least squares',
    data: { label: 'pvt.csv', sha256: 'c'.repeat(64) },
    converged: true,
    n: 12,
    rss: 3.25,
    parameters: [
      {
        id: 'pvtVulnerability',
        status: 'identified',
        estimate: 1.5,
        interval: [1.2, 1.9],
        note: null,
        ...(bootstrap ? { bootstrap: { interval: bootstrap, draws: 200, atBound: 0 } } : {}),
      },
      {
        id: 'pvtLapsesRested',
        status: 'not identifiable',
        estimate: null,
        interval: null,
        note: 'not identifiable: flat',
      },
    ],
    curve: { slot_h: [9, 9.5], fitted: [1, 1.1], lower: [0.8, 0.9], upper: [1.2, 1.3] },
    residuals: [
      { line: 2, slot_h: 9, observed: 1 },
      { line: 3, slot_h: 11.5, observed: 4 },
    ],
    notes: ['pvtLapsesRested: not identifiable: flat'],
  } as unknown as FitResult;
}

const context = {
  night: 'b' as const,
  fileNames: ['/home/someone/study/pvt.csv'],
  fittedAt: new Date('2026-12-07T02:30:53.123Z'),
  modelVersion: '0.3.0',
  against: 'a'.repeat(64),
};

describe('fitRecordOf', () => {
  it('keeps what the file needs: the file name without its folder, its hash, whole-second UTC time', () => {
    const record = fitRecordOf(result(), context);
    expect(record).toMatchObject({
      kind: 'pvt',
      night: 'b',
      fittedAt: '2026-12-07T02:30:53Z',
      model: '0.3.0',
      data: [{ role: 'PVT sessions', fileName: 'pvt.csv', sha256: 'c'.repeat(64) }],
      n: 12,
      rss: 3.25,
    });
    expect(record.parameters[0]).toEqual({
      id: 'pvtVulnerability',
      status: 'identified',
      estimate: 1.5,
      interval: [1.2, 1.9],
      note: null,
    });
    expect(record.parameters[1]).toMatchObject({ estimate: null, interval: null, note: 'not identifiable: flat' });
    // The night it was fitted against, and the observed sessions on the curve's axes.
    expect(record.against).toBe('a'.repeat(64));
    expect(record.points).toEqual({ x: [9, 11.5], y: [1, 4] });
  });

  it("keeps a circadian fit's two files by role and its DLMOs as day and clock hour", () => {
    const circadian = {
      ...result(),
      kind: 'circadian',
      data: { label: 'dlmo.csv', sha256: 'd'.repeat(64), light: { label: 'light.csv', sha256: 'e'.repeat(64) } },
      // 21:30 of the focal evening; 01:15 after the focal night (slot 25.25); 22:00 two days before.
      residuals: [{ slot_h: 21.5 }, { slot_h: 25.25 }, { slot_h: -26 }],
    } as unknown as CircadianFitResult;
    const record = fitRecordOf(circadian, { ...context, fileNames: ['/x/light.csv', 'C:\\y\\dlmo.csv'] });
    expect(record.kind).toBe('circadian');
    expect(record.data).toEqual([
      { role: 'light log', fileName: 'light.csv', sha256: 'e'.repeat(64) },
      { role: 'DLMOs', fileName: 'dlmo.csv', sha256: 'd'.repeat(64) },
    ]);
    expect(record.points).toEqual({ x: [12, 12, -36], y: [21.5, 25.25, 22] });
    expect(dlmoOnDay(35.9)).toEqual({ noon_h: 12, clock_h: 35.9 });
  });

  it('fingerprints a night by its resolved values, events and seed, not by how they are written', () => {
    const values = resolveParameters('baseline', {});
    const event = { kind: 'light', at: 7, day: -1, duration_h: 2, lux: 500 } as const;
    const reordered = Object.fromEntries(Object.entries(values).reverse()) as typeof values;
    const base = nightFingerprint('pvt', values, [event], 1);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(nightFingerprint('pvt', reordered, [{ lux: 500, duration_h: 2, day: -1, at: 7, kind: 'light' }], 1)).toBe(
      base,
    );
    // The same values from an override equal to the scenario's are the same night.
    expect(
      nightFingerprint('pvt', resolveParameters('baseline', { caffeine_mg: values.caffeine_mg }), [event], 1),
    ).toBe(base);
    expect(nightFingerprint('pvt', { ...values, caffeine_mg: values.caffeine_mg + 50 }, [event], 1)).not.toBe(base);
    expect(nightFingerprint('pvt', values, [], 1)).not.toBe(base);
    expect(nightFingerprint('pvt', values, [event], 2)).not.toBe(base);
    // The fitted parameters are the fit's starting point, not what it was fitted against.
    expect(nightFingerprint('pvt', { ...values, pvtVulnerability: 2.5 }, [event], 1)).toBe(base);
    expect(nightFingerprint('circadian', { ...values, pvtVulnerability: 2.5 }, [event], 1)).not.toBe(
      nightFingerprint('circadian', values, [event], 1),
    );
  });

  it('reads a fit saved before `against` and `points` were kept', () => {
    const { against: _a, points: _p, ...old } = fitRecordOf(result(), context);
    const back = parseExperiment(
      serializeExperiment({ ...defaultExperiment(), fits: [old] }, { app: '0', model: '0.3.0' }),
    );
    if (!back.ok) throw new Error(back.error.message);
    expect(back.experiment.fits).toEqual([old]);
  });

  it('refuses points whose x and y differ in length, naming the field', () => {
    const record = { ...fitRecordOf(result(), context), points: { x: [1, 2], y: [1] } };
    const back = parseExperiment(
      serializeExperiment({ ...defaultExperiment(), fits: [record] }, { app: '0', model: '0.3.0' }),
    );
    expect(back.ok).toBe(false);
    if (!back.ok) expect(back.error.message).toMatch(/fits.*points.*same length/);
  });

  it('copies a bootstrap interval where the fit made one, and the file reads it back', () => {
    const record = fitRecordOf(result([1.1, 2.0]), context);
    expect(record.parameters[0]?.bootstrap).toEqual([1.1, 2.0]);
    expect('bootstrap' in record.parameters[1]!).toBe(false);
    const back = parseExperiment(
      serializeExperiment({ ...defaultExperiment(), fits: [record] }, { app: '0', model: '0.3.0' }),
    );
    if (!back.ok) throw new Error(back.error.message);
    expect(back.experiment.fits).toEqual([record]);
  });
});
