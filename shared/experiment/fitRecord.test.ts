import { describe, expect, it } from 'vitest';
import { fitRecordOf } from './fitRecord';
import { defaultExperiment, parseExperiment, serializeExperiment } from '.';
import type { FitResult } from '../fit/fitPvt';

/** The fields of a FitResult the record reads (a real one is fitted in main/ipc/fitHandlers.test.ts). */
function result(bootstrap?: [number, number]): FitResult {
  return {
    method: 'least squares',
    data: { sha256: 'c'.repeat(64) },
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
        ...(bootstrap ? { bootstrap } : {}),
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
    notes: ['pvtLapsesRested: not identifiable: flat'],
  } as unknown as FitResult;
}

const context = {
  night: 'b' as const,
  fileName: '/home/someone/study/pvt.csv',
  fittedAt: new Date('2026-12-07T02:30:53.123Z'),
  modelVersion: '0.3.0',
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
