/**
 * The bad-data corpus: every file here is wrong in one way, and the importer must say which file,
 * where (line, data record, header field) and what is wrong, and return nothing.
 */
import { describe, expect, it } from 'vitest';
import { importHypnogram } from './index';
import { stageRuns, writeTestEdf } from './testing/edfWriter';
import { bytesSource, HypnogramImportError } from './types';

const enc = (s: string) => new TextEncoder().encode(s);
async function refusal(
  name: string,
  bytes: Uint8Array | string,
  epochLength_s?: number,
): Promise<HypnogramImportError> {
  try {
    await importHypnogram(
      name,
      bytesSource(typeof bytes === 'string' ? enc(bytes) : bytes),
      epochLength_s === undefined ? {} : { epochLength_s },
    );
  } catch (error) {
    if (error instanceof HypnogramImportError) return error;
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

const goodEdf = (
  annotations = stageRuns([
    ['Sleep stage W', 60],
    ['Sleep stage 2', 90],
  ]),
) => writeTestEdf({ annotations });

describe('bad hypnogram files', () => {
  it('an unknown stage label, in text and in EDF+', async () => {
    const text = await refusal('h.txt', 'W\nN1\nN5\nN2\n');
    expect(text.message).toMatch(/^h\.txt: line 3: unknown stage label "N5"/);
    const code = await refusal('h.txt', '0\n1\n5\n');
    expect(code.message).toMatch(
      /^h\.txt: line 3: stage code "5" is not one of YASA's integers .* 5 = REM \(R&K numbering\)/,
    );
    const edf = await refusal(
      'h.edf',
      goodEdf(
        stageRuns([
          ['Sleep stage W', 30],
          ['Sleep stage 5', 30],
        ]),
      ),
    );
    expect(edf.message).toMatch(/^h\.edf: data record 1, TAL 3: unknown stage label "Sleep stage 5"/);
  });

  it('mixed epoch lengths', async () => {
    const edf = await refusal(
      'h.edf',
      goodEdf(
        stageRuns([
          ['Sleep stage W', 60],
          ['Sleep stage 1', 20],
          ['Sleep stage 2', 30],
        ]),
      ),
    );
    expect(edf.message).toMatch(
      /^h\.edf: data record 1, TAL 3: "Sleep stage 1" at 60 s lasting 20 s is not on the 30-s epoch grid .*mixed epoch lengths/,
    );
    const tsv = await refusal('e.tsv', 'onset\tduration\tstage\n0\t30\tW\n30\t30\tN1\n60\t45\tN2\n');
    expect(tsv.message).toMatch(/^e\.tsv: line 4: .*mixed epoch lengths/);
  });

  it('a truncated EDF', async () => {
    const full = writeTestEdf({
      records: 4,
      recordDuration: 30,
      dataSignals: [{ label: 'EEG', samples: 100 }],
      annotations: [],
    });
    const cut = full.subarray(0, full.length - 10);
    const error = await refusal('psg.edf', cut);
    expect(error.message).toMatch(
      /^psg\.edf: data record 4: truncated: the header declares 4 data records of \d+ bytes/,
    );
    expect((await refusal('psg.edf', full.subarray(0, 200))).message).toMatch(/shorter than an EDF header/);
    expect((await refusal('psg.edf', full.subarray(0, 600))).message).toMatch(/signal headers: the file ends inside/);
  });

  it('a file that is not what its extension says', async () => {
    expect((await refusal('h.edf', 'W\nN1\nN2\n')).message).toMatch(
      /^h\.edf: header field "version": the extension says EDF but the file starts "W\.N1\.N2\."/,
    );
    expect((await refusal('h.txt', goodEdf())).message).toMatch(
      /^h\.txt: the extension says text \(\.txt\) but the file is an EDF/,
    );
    expect((await refusal('h.csv', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]))).message).toMatch(
      /^h\.csv: byte 5: a NUL byte: this is a binary file/,
    );
  });

  it('onsets out of order, and overlapping stages (as a daylight-saving change back would make them)', async () => {
    const edf = await refusal(
      'h.edf',
      goodEdf([
        { onset: 0, duration: 30, text: 'Sleep stage W' },
        { onset: 60, duration: 30, text: 'Sleep stage 2' },
        { onset: 30, duration: 30, text: 'Sleep stage 1' },
      ]),
    );
    expect(edf.message).toMatch(
      /^h\.edf: data record 1, TAL 4: onset 30 s comes before the previous stage's onset 60 s \(data record 1, TAL 3\): stages out of order/,
    );
    const tsv = await refusal('e.tsv', 'onset\tduration\tstage\n0\t60\tW\n30\t30\tN1\n');
    expect(tsv.message).toMatch(
      /^e\.tsv: line 3: "N1" at 30 s overlaps the previous stage \(line 2\), which lasts until 60 s/,
    );
  });

  it('clock times that go back an hour (a daylight-saving change in a Noxturnal export)', async () => {
    const rows = [
      'Start Time,End Time,Event,Duration',
      '27/10/2024 02:59:00,27/10/2024 02:59:30,N2,30',
      '27/10/2024 02:59:30,27/10/2024 02:00:00,N2,30',
      '27/10/2024 02:00:00,27/10/2024 02:00:30,N2,30',
    ];
    const error = await refusal('nox.csv', rows.join('\n'));
    expect(error.message).toMatch(
      /^nox\.csv: line 3: ends \(27\/10\/2024 02:00:00\) before it starts \(27\/10\/2024 02:59:30\): the clock went back, a daylight-saving change\?/,
    );
    // Without end times, the next row's start going back is out of order.
    const starts = ['Start Time,Event,Duration', '27/10/2024 02:59:30,N2,30', '27/10/2024 02:00:00,N2,30'];
    expect((await refusal('nox.csv', starts.join('\n'))).message).toMatch(
      /^nox\.csv: line 3: onset -3570 s comes before the previous stage's onset 0 s \(line 2\): stages out of order/,
    );
  });

  it('malformed EDF+ annotations, a plain EDF without annotations, a bad header number', async () => {
    const tal = await refusal('h.edf', writeTestEdf({ annotations: [], rawTal: '30\x1430\x14Sleep stage W\x14\x00' }));
    expect(tal.message).toMatch(/^h\.edf: data record 1, TAL 2: onset "30" is not "\+seconds"/);
    const plain = writeTestEdf({ annotations: [], dataSignals: [{ label: 'EEG', samples: 10 }] });
    // Rename the annotation signal: a plain EDF with two data signals.
    plain.set(enc('EMG             '), 256 + 16);
    expect((await refusal('psg.edf', plain)).message).toMatch(
      /^psg\.edf: signal headers: no "EDF Annotations" signal \(signals: EEG, EMG\)/,
    );
    const badCount = goodEdf();
    badCount.set(enc('x1  '), 252);
    expect((await refusal('h.edf', badCount)).message).toMatch(
      /^h\.edf: header field "number of signals": "x1" is not an integer/,
    );
  });

  it('text without epochs, an empty line inside, a stage column that is not there', async () => {
    expect((await refusal('h.txt', '# only a comment\n')).message).toMatch(/^h\.txt: no epochs/);
    expect((await refusal('h.txt', 'W\n\nN1\n')).message).toMatch(
      /^h\.txt: line 2: an empty line inside the hypnogram/,
    );
    expect((await refusal('h.csv', 'epoch,time\n1,2\n')).message).toMatch(
      /^h\.csv: line 1: several columns .* none is named as a stage column/,
    );
    expect((await refusal('h.txt', '')).message).toMatch(/^h\.txt: the file is empty/);
  });
});
