import { describe, expect, it } from 'vitest';
import { loadEngine } from './engine';
import { runCli } from './main';
import { memoryIo as memoryIoOf } from './testing/memoryIo';

/** The CLI on files held in memory, with the app's own engine. */
const memoryIo = (files: Record<string, string | Uint8Array>) => memoryIoOf(files, async () => loadEngine());

const DIARY = [
  'date,bed,lights off,wake,out of bed',
  '2024-03-04,22:50,23:10,06:55,07:05',
  '2024-03-05,22:30,22:40,06:45,06:50',
  '2024-03-06,23:10,23:25,07:20,07:30',
].join('\n');

/** A log of one reading every 5 min: 400 lux by day, 20 lux in the evening, 0 at night (± up to 20 % when `vary`). */
function light(from: string, to: string, vary = false): string {
  const lines = ['timestamp,lux'];
  for (let t = Date.parse(`${from}Z`); t < Date.parse(`${to}Z`); t += 300_000) {
    const h = new Date(t).getUTCHours();
    const lux = (h >= 7 && h < 19 ? 400 : h < 23 ? 20 : 0) * (vary ? 1 + 0.1 * ((t / 300_000) % 3) : 1);
    lines.push(`${new Date(t).toISOString().slice(0, 19).replace('T', ' ')},${lux}`);
  }
  return lines.join('\n');
}

async function run(files: Record<string, string>, ...argv: string[]) {
  const { io, out } = memoryIo(files);
  const code = await runCli(['simulate', ...argv], io);
  return { code, ...out };
}

describe('nocturne simulate --diary', () => {
  it('prints the simulated night beside the diary night, with the diary’s time in bed', async () => {
    const r = await run({ 'd.csv': DIARY }, '--diary', 'd.csv');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/focal night: d.csv line 4 \(2024-03-06\), lights-off 23:25, 485 min in bed/);
    expect(r.stdout).toMatch(/prior nights: 2 \(2 from the diary\)/);
    expect(r.stdout).toMatch(/^TIB_min +485 +485 +0$/m);
    expect(r.stdout).toMatch(/^SOL_min +— +[\d.]+ +—$/m);
  });

  it('with --json and --light: the protocol, both reports, Δ and the notes', async () => {
    const files = { 'd.csv': DIARY, 'l.csv': light('2024-03-03T08:00:00', '2024-03-07T12:00:00') };
    const r = await run(files, '--diary', 'd.csv', '--light', 'l.csv', '--night', '3', '--bin', '30', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.protocol.params).toMatchObject({ bedtime: 22 + 40 / 60, timeInBed_h: 8 + 10 / 60, priorNights: 1 });
    expect(body.protocol.nights.map((n: { line: number; role: string }) => [n.line, n.role])).toEqual([
      [2, 'prior'],
      [3, 'focal'],
    ]);
    expect(body.protocol.light).toMatchObject({ binMinutes: 30 });
    expect(body.nights.map((n: { report: { TIB_min: number } }) => n.report.TIB_min)).toEqual([490, 490]);
    expect(body.delta.TIB_min).toBe(0);
    expect(body.metrics.dlmo_clock_h).toEqual(expect.any(Number));
    expect(body.notes.join('\n')).toMatch(/1 diary night after the focal night not used/);
    expect(body.notes.join('\n')).toMatch(/the light log does not cover the whole protocol/);
  });

  it('--nights prints every placed night diary beside simulated; --sleeper and --compress are shown', async () => {
    const files = { 'd.csv': DIARY, 'l.csv': light('2024-03-03T08:00:00', '2024-03-07T12:00:00', true) };
    const r = await run(
      files,
      '--diary',
      'd.csv',
      '--light',
      'l.csv',
      '--compress',
      '--nights',
      '--sleeper',
      'sTauWake_h=16',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^sleeper: sTauWake_h=16 \(the rest baseline's\)$/m);
    expect(r.stdout).toMatch(/light events, merged from \d+ within [\d.]+ decades of lux\)/);
    const rows = r.stdout.slice(r.stdout.indexOf('night by night')).trim().split('\n').slice(2);
    // Lines 2–4 of the diary, lights-off 23:10, 22:40, 23:25; a diary with no onset has no SOL or TST.
    expect(rows.map((row) => row.split(/ +/).slice(0, 4))).toEqual([
      ['2', '2024-03-04', 'prior', '23:10'],
      ['3', '2024-03-05', 'prior', '22:40'],
      ['4', '2024-03-06', 'focal', '23:25'],
    ]);
    expect(rows[2]).toMatch(/ 07:20 +07:\d\d +-?\d+$/);
    const json = JSON.parse((await run(files, '--diary', 'd.csv', '--sleeper', 'sTauWake_h=16', '--json')).stdout);
    expect(json.protocol.sleeper).toEqual({ sTauWake_h: 16 });
    expect(json.protocol.params.sTauWake_h).toBe(16);
    expect(json.twin).toHaveLength(3);
    expect(json.twin[2]).toMatchObject({ line: 4, role: 'focal', diary: { lightsOff: '23:25', wake: '07:20' } });
  });

  it('refuses bad combinations and bad data with one clear line and exit 2', async () => {
    const files = {
      'd.csv': DIARY,
      'x.nocturne': '{}',
      'l.csv': light('2024-03-03T08:00:00', '2024-03-07T12:00:00'),
      'bad.csv':
        'date,lights off,out of bed\n2024-03-04,2024-03-04 23:00,2024-03-05 23:30\n2024-03-05,2024-03-05 23:00,2024-03-06 07:00',
    };
    const cases: [string[], RegExp][] = [
      [['--light', 'd.csv'], /^nocturne simulate: --light needs --diary FILE$/],
      [['x.nocturne', '--diary', 'd.csv'], /takes no experiment FILE \(got x.nocturne\)/],
      [['--diary', 'd.csv', '--event', 'caffeine 15:00 100'], /--event cannot be used with --diary/],
      [['--diary', 'd.csv', '--bin', '7'], /--bin must be one of 1, 2, 5, 10, 15, 20, 30, 60 \(minutes\), got "7"/],
      [['--diary', 'd.csv', '--light', 'd.csv'], /--light d.csv: a diary, not a light log/],
      [['--diary', 'nope.csv'], /cannot read --diary "nope.csv": no such file/],
      [
        ['--diary', 'bad.csv'],
        /^nocturne simulate: bad.csv: line 2: the night from 2024-03-04 23:00 to 2024-03-05 23:30 runs into the next night's lights-off \(line 3, 2024-03-05 23:00\)$/,
      ],
      [['--diary', 'd.csv', '--night', '7'], /line 7: is not a diary night/],
      [
        ['--diary', 'd.csv', '--light', 'l.csv', '--bin', '1'],
        /^nocturne simulate: l.csv: the log reads every 5 min, more coarsely than 1-min bins: most bins would hold no reading; take bins of at least 5 min$/,
      ],
      [['--diary', 'd.csv', '--sleeper', 'bedtime=1'], /--sleeper: bedtime is set by the diary/],
      [['--diary', 'd.csv', '--sleeper', 'sTauWake_h=1'], /--sleeper: sTauWake_h must be between 10 and 30 h, got 1/],
      [
        ['--diary', 'd.csv', '--sleeper', 'sTauWake_h'],
        /--sleeper takes ID=VALUE \(e.g. sTauWake_h=16\), got "sTauWake_h"/,
      ],
      [['--diary', 'd.csv', '--sleeper', 'nope=1'], /--sleeper: unknown parameter "nope"/],
      [['--sleeper', 'sTauWake_h=16'], /^nocturne simulate: --sleeper needs --diary FILE$/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(files, ...argv);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim()).toMatch(message);
      expect(r.code).toBe(2);
    }
  });
});
