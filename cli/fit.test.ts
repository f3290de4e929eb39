/** `nocturne fit`: the JSON it prints (docs/FIT.md) and the bad input it refuses with exit 2. */
import { describe, expect, it } from 'vitest';
import { defaultExperiment, serializeExperiment, type Experiment } from '../shared/experiment';
import { PvtModel } from '../shared/fit/pvtModel';
import { syntheticPvtText } from '../shared/fit/testing/synthetic';
import { resolveParameters } from '../shared/model/scenarios';
import { loadEngine } from './engine';
import { runCli } from './main';
import { memoryIo as memoryIoOf } from './testing/memoryIo';

const memoryIo = (files: Record<string, string | Uint8Array>) => memoryIoOf(files, async () => loadEngine());

// Night B: a rested baseline with a 2-day run-in (quick); sessions on its focal day and the next.
const base = defaultExperiment();
const experiment: Experiment = {
  ...base,
  nights: [base.nights[0], { ...base.nights[1], scenario: 'baseline', params: { runInDays: 2 } }],
};
const EXP = serializeExperiment(experiment, { app: 'test', model: 'test' });
const model = new PvtModel(resolveParameters('baseline', { runInDays: 2 }), base.nights[1].seed, []);
const PVT = syntheticPvtText(
  model,
  { pvtVulnerability: 1, pvtLapsesRested: 3 },
  [10, 13, 16, 19, 34, 37, 40, 43],
  '2026-05-04',
  3,
);

describe('nocturne fit', () => {
  it('prints the estimates, intervals and notes as JSON; vulnerability on rested days is not identifiable', async () => {
    const { io, out } = memoryIo({ 'e.nocturne': EXP, 'p.csv': PVT });
    const code = await runCli(['fit', 'e.nocturne', '--pvt', 'p.csv', '--night', 'b', '--json'], io);
    expect(out.stderr).not.toMatch(/error/);
    expect(code).toBe(0);
    const r = JSON.parse(out.stdout);
    expect(Object.keys(r)).toEqual([
      'model',
      'kind',
      'method',
      'data',
      'files',
      'protocol',
      'converged',
      'parameters',
      'rss',
      'sigmaFT',
      'n',
      'jacobian',
      'residuals',
      'curve',
      'curveOf',
      'bootstrap',
      'notes',
    ]);
    expect(r.kind).toBe('pvt');
    expect(r.files).toEqual([{ role: 'pvt', label: 'p.csv', sha256: r.data.sha256 }]);
    expect(r.bootstrap).toBeNull();
    expect(r.data).toMatchObject({ label: 'p.csv', sessions: 8, outside: 0, focalDate: '2026-05-04' });
    expect(r.data.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.protocol).toEqual({
      night: 'B',
      label: base.nights[1].label,
      scenario: 'baseline',
      seed: base.nights[1].seed,
    });
    const [v, rested] = r.parameters;
    expect(v).toMatchObject({ id: 'pvtVulnerability', status: 'not identifiable', estimate: null, interval: null });
    expect(rested.status).toBe('identified');
    expect(rested.interval[0]).toBeLessThan(3);
    expect(rested.interval[1]).toBeGreaterThan(3);
    expect(r.curve.fitted.length).toBe(r.curve.slot_h.length);
    expect(out.stderr).toMatch(/nocturne fit: profiling pvtVulnerability/);
    expect(out.stderr).toMatch(/note: pvtVulnerability: not identifiable/);
  });

  it('says so in the table too', async () => {
    const { io, out } = memoryIo({ 'e.nocturne': EXP, 'p.csv': PVT });
    expect(
      await runCli(['fit', 'e.nocturne', '--pvt', 'p.csv', '--night', 'B', '--focal-date', '2026-05-04'], io),
    ).toBe(0);
    expect(out.stdout).toMatch(/pvtVulnerability +— +— +0\.2–3 +not identifiable/);
    expect(out.stdout).toMatch(/focal date 2026-05-04, as given/);
  });

  it.each([
    [
      ['fit', 'e.nocturne', '--pvt', 'h.txt'],
      /not a file of PVT sessions: h\.txt.*a time, a mean RT and a lapses column/,
    ],
    [
      ['fit', 'e.nocturne', '--pvt', 'bad.csv'],
      /not a file of PVT sessions: bad\.csv: line 3, column "lapses": "two" is not a number of lapses/,
    ],
    [
      ['fit', 'e.nocturne', '--pvt', 'p.csv', '--night', 'b', '--focal-date', '2027-01-01'],
      /none of its 8 sessions lies inside the simulated protocol/,
    ],
    [
      ['fit', 'e.nocturne', '--pvt', 'p.csv', '--focal-date', '04/05/2026'],
      /--focal-date 04\/05\/2026: expected a date YYYY-MM-DD/,
    ],
    [['fit', 'e.nocturne', '--pvt', 'p.csv', '--night', 'c'], /--night c: expected a or b/],
    [['fit', 'e.nocturne', '--pvt', 'p.csv', '--seed', '1.5'], /--seed 1\.5: expected a whole number/],
    [['fit', 'e.nocturne'], /missing --pvt FILE .* or --light FILE --dlmo FILE/],
    [['fit', 'e.nocturne', '--pvt', 'p.csv', '--bootstrap', '0'], /--bootstrap 0: expected a whole number of refits/],
    [['fit', 'e.nocturne', '--pvt', 'p.csv', '--bin', '10'], /--bin needs --light/],
    [['fit', 'e.nocturne', '--pvt', 'p.csv', '--light', 'l.csv'], /one fit at a time/],
    [['fit', 'e.nocturne', '--light', 'l.csv'], /missing --dlmo FILE/],
    [['fit', 'e.nocturne', '--dlmo', 'd.csv'], /missing --light FILE/],
    [['fit', 'e.nocturne', '--light', 'l.csv', '--dlmo', 'l.csv'], /--dlmo l\.csv: a light log, not DLMOs/],
    [['fit', 'e.nocturne', '--light', 'p.csv', '--dlmo', 'd.csv'], /--light p\.csv: a pvt, not a light log/],
    [
      ['fit', 'e.nocturne', '--light', 'l.csv', '--dlmo', 'bad-dlmo.csv'],
      /not a file of DLMOs: bad-dlmo\.csv: line 3, column "threshold_pg_ml": "x" is not a melatonin threshold/,
    ],
    [
      ['fit', 'e.nocturne', '--light', 'l.csv', '--dlmo', 'd.csv', '--focal-date', '2030-01-01'],
      /l\.csv: the light log .* has no reading inside the simulated protocol/,
    ],
    [['fit', 'e.nocturne', '--pvt', 'nope.csv'], /cannot read "nope\.csv": no such file/],
  ])('refuses %j with exit 2', async (argv, message) => {
    const { io, out } = memoryIo({
      'e.nocturne': EXP,
      'p.csv': PVT,
      'h.txt': '0\n0\n1\n2\n2\n',
      'bad.csv': 'timestamp,mean rt,lapses\n2026-05-04 10:00,300,2\n2026-05-04 12:00,310,two\n',
      'l.csv': 'timestamp,lux\n2026-05-04 10:00,300\n2026-05-04 10:10,280\n',
      'd.csv': 'date,time\n2026-05-04,21:00\n',
      'bad-dlmo.csv': 'date,time,threshold_pg_ml\n2026-05-03,21:00,10\n2026-05-04,21:00,x\n',
    });
    expect(await runCli(argv, io)).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stdout).toBe('');
  });
});
