/**
 * `nocturne simulate --diary --light` on the public diary and light log of participant 205 in
 * ../shared/data (SOURCES.md): the REDCap diary's nights 2023-08-28 to 09-03 and the ActLumus log
 * of 2023-08-28 08:47 to 09-04 10:17 overlap, so the whole diary week runs on measured light. The
 * times in bed are the diary report's (`nocturne report` on the diary, read off by hand). The
 * files may not be copied into the project: where ../shared/data is absent, these tests skip.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './main';
import { nodeIo } from './nodeIo';
import { hasPublicData, PUBLIC_DATA, publicDataSkipReason } from '../tests/publicData';

const DATA = PUBLIC_DATA;
const DIARY = '205_sleepdiary_all_20230904.csv';
const LOG = '205_actlumus_Log_1020_20230904101707532.txt.zip';
const present = hasPublicData(DIARY, LOG);
const reason = publicDataSkipReason(DIARY, LOG);

describe.skipIf(!present)(`simulate --diary on ../shared/data${reason}`, () => {
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
