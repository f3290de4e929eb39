// The export worker: the same bytes as rendering in-process, errors that keep their kind, and
// main's event loop free while a pack renders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import exportWorkerPath from './worker?modulePath';
import { defaultExperiment } from '../../shared/experiment';
import { MODEL_INFO, simulateNight } from '../../shared/model/engine';
import { resolveParameters } from '../../shared/model/scenarios';
import { SERIES } from '../../shared/model/series';
import { ChartRefError } from './errors';
import { FONT_FILES } from './fonts';
import type { PackParts } from './jobs';
import { ExportRunner } from './runner';
import { panelFigures } from './figureSpec';

let input: PackParts;
const worker = new ExportRunner(FONT_FILES, exportWorkerPath);
const inProcess = new ExportRunner(FONT_FILES);
afterAll(() => worker.close());

beforeAll(() => {
  const experiment = defaultExperiment();
  const [a, b] = experiment.nights;
  const params = [resolveParameters(a.scenario, a.params), resolveParameters(b.scenario, b.params)] as const;
  input = {
    experiment,
    params,
    results: [simulateNight(params[0], a.seed), simulateNight(params[1], b.seed)],
    series: SERIES,
    app: { name: 'Nocturne', version: '0.1.0' },
    model: MODEL_INFO,
    created: new Date('2026-11-26T09:00:00Z'),
  };
});

const chartJob = (unit: string) =>
  ({
    kind: 'chart',
    input: {
      ...input,
      chart: { panel: 'swa', unit, layout: 'diff', window: { start: 20, end: 34 } },
      format: 'svg',
      options: { size: 'single', scale: 1, background: 'white' },
    },
  }) as const;

describe('ExportRunner', () => {
  it('renders on the worker exactly what it renders in-process', async () => {
    const [there, here] = await Promise.all([worker.run(chartJob('rel.')), inProcess.run(chartJob('rel.'))]);
    expect(there.name).toBe(here.name);
    expect(Buffer.from(there.data).equals(Buffer.from(here.data))).toBe(true);
  });

  it('brings a refusal back as the same kind of error', async () => {
    await expect(worker.run(chartJob('furlongs'))).rejects.toBeInstanceOf(ChartRefError);
    await expect(worker.run(chartJob('furlongs'))).rejects.toMatchObject({ field: 'chart.unit' });
  });

  it("leaves main's event loop free while a whole pack renders", async () => {
    let last = performance.now();
    let worst = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }, 10);
    const files = await worker.run({
      kind: 'pack',
      input,
      options: { formats: ['png', 'svg', 'csv', 'pdf'], size: 'single', scale: 1, background: 'white', paper: 'a4' },
      printedReport: false,
    });
    clearInterval(timer);
    expect(files.map((f) => f.path)).toContain('report.pdf');
    // One PNG per figure of the pack: the key figure and one per panel.
    expect(files.filter((f) => f.path.endsWith('.png')).length).toBe(1 + panelFigures().length);
    // In-process this blocks for seconds; here only the structured clone of the results shows.
    expect(worst).toBeLessThan(250);
  }, 120_000);
});
