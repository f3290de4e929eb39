/**
 * `nocturne simulate --diary --light` on the public diary and light log of participant 205 in
 * the public recordings (NOCTURNE_PUBLIC_DATA, tests/publicData.ts): the REDCap diary's nights 2023-08-28 to 09-03 and the ActLumus log
 * of 2023-08-28 08:47 to 09-04 10:17 overlap, so the whole diary week runs on measured light. The
 * times in bed are the diary report's (`nocturne report` on the diary, read off by hand). The
 * files may not be copied into the project: where that folder is not given, these tests skip.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './main';
import { nodeIo } from './nodeIo';
import { hasPublicData, PUBLIC_DATA, publicDataSkipReason } from '../tests/publicData';
import { clockDelta_min } from '../shared/report/driveNights';

const DATA = PUBLIC_DATA;
const DIARY = '205_sleepdiary_all_20230904.csv';
const LOG = '205_actlumus_Log_1020_20230904101707532.txt.zip';
const present = hasPublicData(DIARY, LOG);
const reason = publicDataSkipReason(DIARY, LOG);

/** `nocturne simulate ARGS --json` on the public recordings: the exit code, the JSON body and stderr. */
async function simulateJson(...args: string[]) {
  const out = { stdout: '', stderr: '' };
  const io = {
    ...nodeIo(DATA),
    stdout: (t: string) => void (out.stdout += t),
    stderr: (t: string) => void (out.stderr += t),
  };
  const code = await runCli(['simulate', '--diary', DIARY, '--light', LOG, ...args, '--json'], io);
  return { code, body: JSON.parse(out.stdout), stderr: out.stderr };
}

interface Side {
  lightsOff: string;
  SOL_min: number;
  TST_min: number;
  wake: string;
}

describe.skipIf(!present)(`simulate --diary on the public recordings${reason}`, () => {
  it('twins the schedule night by night; the latency gap is the default sleeper’s (docs/DATA.md)', async () => {
    const { code, body } = await simulateJson();
    expect(code).toBe(0);
    const twin = body.twin as { line: number; diary: Side; simulated: Side }[];
    expect(twin.map((n) => n.line)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    for (const n of twin) {
      // What the drive sets: the diary's lights-off, and the sleeper asleep until near its wake.
      expect(n.simulated.lightsOff).toBe(n.diary.lightsOff);
      expect(Math.abs(clockDelta_min(n.diary.wake, n.simulated.wake))).toBeLessThanOrEqual(15);
      // What it cannot set: this person sleeps 555–615 min of ~10 h in bed and falls asleep in
      // 5–15 min; the baseline sleeper, entrained to ≈ 7.5 h of sleep, fills the same 10 h with
      // 450–525 min and lies awake 55–155 min first. Pinned as measured (docs/DATA.md) so a
      // change in the drive that widens the gap (light or times misplaced) fails here; a sleeper
      // fitted to the person may narrow it.
      expect(Math.abs(n.simulated.SOL_min - n.diary.SOL_min)).toBeLessThanOrEqual(150);
      expect(Math.abs(n.simulated.TST_min - n.diary.TST_min)).toBeLessThanOrEqual(170);
    }
    // …and says so.
    expect(body.notes.join('\n')).toMatch(
      /the diary sleeps 584 min a night \(SOL 11\) and the simulated sleeper 473 \(SOL 96\).*its sleep need is shorter/,
    );
  });

  it('--compress fits the week of light into an experiment file’s 200 events at a cost under 2 min of clock', async () => {
    const exact = await simulateJson();
    const merged = await simulateJson('--compress');
    expect(merged.code).toBe(0);
    expect(merged.body.protocol.events).toBeLessThanOrEqual(200);
    expect(merged.body.protocol.light.compressed).toEqual({ before: 692, tolerance_log10: 0.5 });
    const dlmo = (b: { metrics: { dlmo_clock_h: number } }) => b.metrics.dlmo_clock_h;
    expect(Math.abs(dlmo(merged.body) - dlmo(exact.body)) * 60).toBeLessThanOrEqual(2);
    // The focal night's report moves by at most a few epochs.
    for (const k of ['SOL_min', 'TST_min'])
      expect(Math.abs(merged.body.nights[1].report[k] - exact.body.nights[1].report[k])).toBeLessThanOrEqual(5);
  });

  it('places the seven diary nights and lays the week of measured light over them', async () => {
    const out = { stdout: '', stderr: '' };
    const io = {
      ...nodeIo(DATA),
      stdout: (t: string) => void (out.stdout += t),
      stderr: (t: string) => void (out.stderr += t),
    };
    const code = await runCli(['simulate', '--diary', DIARY, '--light', LOG, '--json'], io);
    expect(out.stderr).toBe('');
    expect(code).toBe(0);
    const body = JSON.parse(out.stdout);
    const nights = body.protocol.nights as { line: number; role: string; timeInBed_h: number }[];
    expect(nights.map((n) => n.line)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(nights.map((n) => Math.round(n.timeInBed_h * 60))).toEqual([617, 583, 632, 629, 605, 592, 597]);
    expect(body.protocol.params).toMatchObject({ bedtime: 21.5, priorNights: 6, priorTimeInBed_h: 0 });
    // Bins 08:50 to 10:20 a week later: the 08:40 bin has 2 min of readings (a gap), the 10:10 one 7 min (kept).
    expect(body.protocol.light.measured_h).toBe(169.5);
    expect(body.nights[1].report.TIB_min).toBe(597);
    expect(body.notes.join('\n')).toMatch(
      /332.8 h before it starts and 13.71 h after it ends keep the parameters' light/,
    );
  });
});
