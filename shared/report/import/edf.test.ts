import { describe, expect, it } from 'vitest';
import { REPORT_STAGE_CODE, sleepReport } from '../sleepReport';
import { readEdfAnnotations, readEdfHeader } from './edf';
import { importHypnogram } from './index';
import { DATA_MARKER, stageRuns, writeTestEdf } from './testing/edfWriter';
import { bytesSource, type ByteSource } from './types';

const { W, R, N1, N2, N3, U } = REPORT_STAGE_CODE;
const rep = (code: number, n: number): number[] => Array.from({ length: n }, () => code);

describe('EDF+ hypnograms', () => {
  it('reads Sleep-EDF-style annotations: R&K 3 and 4 as N3, movement and ? without a stage, the header start', async () => {
    const bytes = writeTestEdf({
      date: '24.04.89',
      time: '23.15.30',
      recording: 'Startdate 24-APR-1989 X X X',
      annotations: stageRuns([
        ['Sleep stage W', 600],
        ['Sleep stage 1', 60],
        ['Sleep stage 2', 300],
        ['Sleep stage 3', 120],
        ['Sleep stage 4', 180],
        ['Sleep stage R', 300],
        ['Movement time', 30],
        ['Sleep stage W', 60],
        ['Sleep stage ?', 90],
      ]),
    });
    const night = await importHypnogram('night.edf', bytesSource(bytes));
    // Counted by hand from the runs above, 30 s per epoch.
    expect(Array.from(night.stages)).toEqual([
      ...rep(W, 20),
      ...rep(N1, 2),
      ...rep(N2, 10),
      ...rep(N3, 4),
      ...rep(N3, 6),
      ...rep(R, 10),
      U,
      W,
      W,
      U,
      U,
      U,
    ]);
    expect(night.recordingStart).toBe('1989-04-24T23:15:30');
    expect(night.epochLength_s).toBe(30);
    expect(night.notes.join('\n')).toMatch(/R&K stages 3 and 4 scored as N3 \(2 annotations\)/);
    const r = sleepReport(night.stages, 30);
    // Sleep from epoch 20 (N1) to 51 (last R): SPT 32 epochs; first R at 42: latency 22 epochs.
    expect([r.SPT_min, r.TST_min, r.WASO_min, r.REMLatency_min, r.N3_min]).toEqual([16, 16, 0, 11, 5]);
  });

  it('reads only the header and the annotation signal of each record, never the data signals', async () => {
    const bytes = writeTestEdf({
      records: 10,
      recordDuration: 30,
      dataSignals: [
        { label: 'EEG Fpz-Cz', samples: 3000 },
        { label: 'EOG', samples: 3000 },
      ],
      annotationSamples: 64,
      annotations: [
        { onset: 0, duration: 60, text: 'Sleep stage W', record: 0 },
        { onset: 60, text: 'Lights off', record: 2 },
        { onset: 60, duration: 90, text: 'Sleep stage W', record: 2 },
        { onset: 150, duration: 120, text: 'Sleep stage 2', record: 5 },
        { onset: 270, duration: 30, text: 'Sleep stage R', record: 9 },
      ],
    });
    const reads: [number, number][] = [];
    const inner = bytesSource(bytes);
    const spy: ByteSource = {
      size: inner.size,
      read: (offset, length) => {
        reads.push([offset, length]);
        return inner.read(offset, length);
      },
    };
    const night = await importHypnogram('psg.edf', spy);
    expect(Array.from(night.stages)).toEqual([...rep(W, 5), ...rep(N2, 4), R]);
    expect(night.lightsOff).toBe(2);
    const header = await readEdfHeader('psg.edf', bytesSource(bytes));
    for (const [offset, length] of reads) {
      for (let i = offset; i < offset + length; i++) {
        if (i < header.headerBytes) continue;
        const inRecord = (i - header.headerBytes) % header.recordBytes;
        expect(inRecord).toBeGreaterThanOrEqual(2 * 6000); // the annotation signal comes after 6000 data samples
      }
    }
    // And those bytes are indeed the data signals' (the writer's marker).
    expect(bytes[header.headerBytes]).toBe(DATA_MARKER);
    const read = reads.reduce((a, [, n]) => a + n, 0);
    // The format sniff (256 bytes), the header (4 × 256) and 10 records × 64 annotation samples.
    expect(read).toBe(256 + 256 * 4 + 10 * 128);
  });

  it('resamples 20-s R&K epochs to 30 s by the stage at each 30-s midpoint, and says so', async () => {
    const bytes = writeTestEdf({
      annotations: stageRuns([
        ['Sleep stage W', 20],
        ['Sleep stage 1', 20],
        ['Sleep stage 2', 20],
        ['Sleep stage 3', 20],
        ['Sleep stage R', 20],
        ['Sleep stage W', 20],
      ]),
    });
    const night = await importHypnogram('rk.edf', bytesSource(bytes));
    // Midpoints 15, 45, 75, 105 s fall in the 20-s epochs 0 (W), 2 (N2), 3 (N3), 5 (W).
    expect(Array.from(night.stages)).toEqual([W, N2, N3, W]);
    expect(night.epochLength_s).toBe(30);
    expect(night.notes.join('\n')).toMatch(/20-s epochs \(R&K\) resampled to 30 s/);
  });

  it('dates a two-digit year as the specification says, and takes the full year of the recording field', async () => {
    const start = async (date: string, recording?: string) =>
      (await readEdfHeader('x.edf', bytesSource(writeTestEdf({ date, time: '01.02.03', recording, annotations: [] }))))
        .start;
    expect(await start('03.11.85')).toBe('1985-11-03T01:02:03');
    expect(await start('03.11.84')).toBe('2084-11-03T01:02:03');
    expect(await start('03.11.10')).toBe('2010-11-03T01:02:03');
    expect(await start('03.11.85', 'Startdate 03-NOV-2085 X X X')).toBe('2085-11-03T01:02:03');
  });

  it('resolves a header written while recording (−1 data records) from the file size', async () => {
    const bytes = writeTestEdf({
      records: 3,
      declaredRecords: -1,
      recordDuration: 30,
      annotations: [{ onset: 0, duration: 90, text: 'Sleep stage 2', record: 1 }],
    });
    const header = await readEdfHeader('x.edf', bytesSource(bytes));
    expect(header.records).toBe(3);
    const ann = await readEdfAnnotations('x.edf', bytesSource(bytes), header);
    expect(ann).toEqual([{ onset_s: 0, duration_s: 90, text: 'Sleep stage 2', where: 'data record 2, TAL 2' }]);
  });
});
