import { describe, expect, it } from 'vitest';
import { REPORT_STAGE_CODE, sleepReport } from '../sleepReport';
import { importHypnogram } from './index';
import { bytesSource } from './types';
import { splitFields } from './text';

const { W, R, N1, N2, N3, U } = REPORT_STAGE_CODE;
const enc = (s: string) => new TextEncoder().encode(s);
const load = (name: string, text: string | Uint8Array, epochLength_s?: number) =>
  importHypnogram(
    name,
    bytesSource(typeof text === 'string' ? enc(text) : text),
    epochLength_s === undefined ? {} : { epochLength_s },
  );

/** UTF-16LE with a byte-order mark, as Noxturnal writes its exports. */
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + 2 * text.length);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
}

describe('epoch-per-line hypnograms', () => {
  it("reads YASA's integers with its comment lines, and the epoch length the comment states", async () => {
    const night = await load(
      'h.txt',
      '# 1 value per 30 seconds of data (1 / 30 Hz)\n# 0: Wake, 1: N1, 2: N2, 3: N3, 4: REM\n0\n0\n1\n2\n3\n4\n-1\n0\n',
    );
    expect(Array.from(night.stages)).toEqual([W, W, N1, N2, N3, R, U, W]);
    expect(night.source).toBe('epoch-per-line text (YASA integers)');
    expect(night.notes[0]).toMatch(/30 s as the file's comment states/);
  });

  it('reads labels and common spellings with a header, CRLF line ends and a UTF-8 byte-order mark', async () => {
    const text = '\ufeffStage\r\nWake\r\nS1\r\nNREM2\r\nS3\r\nS4\r\nREM\r\nMovement\r\n?\r\nw\r\n';
    const night = await load('h.csv', text);
    expect(Array.from(night.stages)).toEqual([W, N1, N2, N3, N3, R, U, U, W]);
    expect(night.notes.join('\n')).toMatch(/header "Stage" skipped[\s\S]*R&K stages 3 and 4 scored as N3 \(2 epochs\)/);
    expect(night.notes[0]).toMatch(/30 s \(the default/);
  });

  it('finds the stage column of a table by its header', async () => {
    const night = await load('h.csv', 'epoch,time,stage\n1,23:00:00,W\n2,23:00:30,N1\n3,23:01:00,"N2"\n');
    expect(Array.from(night.stages)).toEqual([W, N1, N2]);
  });

  it('resamples a stated 20-s epoch length to 30 s', async () => {
    // 20-s epochs W N1 N2 N3 R W: 30-s midpoints 15, 45, 75, 105 s → epochs 0, 2, 3, 5.
    const night = await load('rk.txt', 'W\nN1\nN2\nN3\nR\nW\n', 20);
    expect(Array.from(night.stages)).toEqual([W, N2, N3, W]);
    expect(night.epochLength_s).toBe(30);
  });
});

describe('BIDS events tables', () => {
  it('reads onset, duration, stage; a gap becomes unscored epochs, with a note', async () => {
    const tsv = 'onset\tduration\tstage\n0\t60\tW\n60\t90\tN1\n150\t30\tN2\n240\t60\tR\n300\t30\tn/a\n';
    const night = await load('sub-01_events.tsv', tsv);
    expect(Array.from(night.stages)).toEqual([W, W, N1, N1, N1, N2, U, U, R, R]);
    expect(night.notes.join('\n')).toMatch(/1 gap between stages \(2 epochs, 1 min\)[\s\S]*1 rows without a stage/);
    expect(sleepReport(night.stages, 30).SPT_min).toBe(4);
  });
});

describe('Noxturnal event exports', () => {
  it('reads UTF-16 with a BOM, French labels, a units row, non-stage events and a gap', async () => {
    const rows = [
      'Heure de début,Heure de fin,Événement,Durée,',
      '[],[],[],[s],',
      '15/01/2016 23:59:00,15/01/2016 23:59:30,Éveil,30,',
      '15/01/2016 23:59:08,15/01/2016 23:59:09,Notification,1,',
      '15/01/2016 23:59:30,16/01/2016 00:00:00,N1,30,',
      '16/01/2016 00:00:00,16/01/2016 00:00:30,N2,30,',
      '16/01/2016 00:00:10,16/01/2016 00:00:17,Micro-éveil,7.2,',
      '16/01/2016 00:01:30,16/01/2016 00:02:00,REM,30,',
      '16/01/2016 00:02:00,16/01/2016 00:02:30,N3,30,',
    ];
    const night = await load('nox.csv', utf16le(rows.join('\r\n') + '\r\n'));
    // 23:59:00 W, 23:59:30 N1, 00:00:00 N2, 00:00:30 and 00:01:00 missing, 00:01:30 R, 00:02:00 N3.
    expect(Array.from(night.stages)).toEqual([W, N1, N2, U, U, R, N3]);
    expect(night.recordingStart).toBe('2016-01-15T23:59:00');
    expect(night.source).toBe('Noxturnal event export');
    expect(night.notes.join('\n')).toMatch(/units row skipped[\s\S]*Notification ×1, Micro-éveil ×1/);
  });
});

describe('splitFields', () => {
  it('splits on the delimiter, keeps quoted delimiters and doubled quotes, and trims', () => {
    expect(splitFields(' a ;"b;c";"say ""N2"""', ';')).toEqual(['a', 'b;c', 'say "N2"']);
    expect(splitFields('W', ',')).toEqual(['W']);
    expect(splitFields('', '\t')).toEqual(['']);
  });
});
