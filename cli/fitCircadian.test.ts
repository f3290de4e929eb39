/** `nocturne fit --light --dlmo`: the JSON both fits share, the bootstrap beside the profile, and the table. */
import { describe, expect, it } from 'vitest';
import { SLOW_FIT_MS } from '../shared/fit/testing/slowFit';
import { defaultExperiment, serializeExperiment, type Experiment } from '../shared/experiment';
import { sha256Hex } from '../shared/fit/sha256';
import { CIRCADIAN_RUN_IN_DAYS, circadianCase, DIM_DAYS } from '../shared/fit/testing/circadianCase';
import { loadEngine } from './engine';
import { circadianTable } from './fitCircadian';
import { runCli } from './main';
import { memoryIo as memoryIoOf } from './testing/memoryIo';

const memoryIo = (files: Record<string, string | Uint8Array>) => memoryIoOf(files, async () => loadEngine());

const base = defaultExperiment();
const experiment: Experiment = {
  ...base,
  nights: [{ ...base.nights[0], scenario: 'baseline', params: { runInDays: CIRCADIAN_RUN_IN_DAYS } }, base.nights[1]],
};
const EXP = serializeExperiment(experiment, { app: 'test', model: 'test' });
const c = circadianCase({ circadianPeriod_h: 24.4, lightSensitivity: 0.8 }, DIM_DAYS, [-4, -2, -1, 0], 5);

describe('nocturne fit --light --dlmo', () => {
  it(
    'prints the circadian fit as JSON, with bootstrap intervals beside the profile ones',
    async () => {
      const { io, out } = memoryIo({ 'e.nocturne': EXP, 'light.csv': c.lightText, 'dlmo.csv': c.dlmoText });
      const code = await runCli(
        ['fit', 'e.nocturne', '--light', 'light.csv', '--dlmo', 'dlmo.csv', '--bootstrap', '6', '--json'],
        io,
      );
      expect(out.stderr).not.toMatch(/error/);
      expect(code).toBe(0);
      const r = JSON.parse(out.stdout);
      expect(r.kind).toBe('circadian');
      expect(r.files).toEqual([
        { role: 'light', label: 'light.csv', sha256: sha256Hex(new TextEncoder().encode(c.lightText)) },
        { role: 'dlmo', label: 'dlmo.csv', sha256: sha256Hex(new TextEncoder().encode(c.dlmoText)) },
      ]);
      expect(r.bootstrap).toEqual({ draws: 6, seed: base.nights[0].seed });
      expect(r.data).toMatchObject({ dlmos: 4, outside: 0, focalDate: '2026-03-10', placement: 'last DLMO' });
      expect(r.curveOf.id).toBe('dlmo_clock_h');
      for (const p of r.parameters) {
        expect(p.status, p.id).toBe('identified');
        expect(p.bootstrap.draws).toBe(6);
        expect(p.bootstrap.interval[0]).toBeLessThanOrEqual(p.bootstrap.interval[1]);
      }
      expect(out.stderr).toMatch(/nocturne fit: bootstrap: refit 6 of 6/);
      const table = circadianTable(r);
      expect(table).toMatch(/parameter +estimate +95 % interval +bootstrap 95 % +range +status/);
      expect(table).toMatch(/circadianPeriod_h +24\.\d+ +24\.\d+ – 24\.\d+ +\S+ – \S+ +23\.5–24\.9 +identified/);
      expect(table).toMatch(/focal date 2026-03-10, the evening of the last DLMO/);
    },
    SLOW_FIT_MS,
  );
});
