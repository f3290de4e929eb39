import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { EventPayloads, GlobalSensitivityRequest, LabApi } from '../../../shared/ipc';
import type { GlobalSensitivityResult } from '../../../shared/sensitivity/model';
import { DEFAULT_FACTOR_IDS } from '../../../shared/sensitivity/model';
import { useGlobalSensitivityStore } from './globalSensitivity';
import { useExperimentStore } from './experiment';
import { useCohortStore } from './cohort';
import { POPULATION_PRESETS } from '../../../shared/cohort/presets';

type Progress = EventPayloads['globalSensitivityProgress'];

/** A window.lab that answers an analysis with `reply`, sending one progress event first. */
function fakeLab(reply: () => Awaited<ReturnType<LabApi['runGlobalSensitivity']>>) {
  const requests: GlobalSensitivityRequest[] = [];
  let cancels = 0;
  let listener: ((p: Progress) => void) | null = null;
  const api = {
    on: (event: string, l: (p: Progress) => void) => {
      if (event === 'globalSensitivityProgress') listener = l;
      return () => undefined;
    },
    runGlobalSensitivity: async (request: GlobalSensitivityRequest) => {
      requests.push(request);
      listener?.({ done: 3, total: 10, etaSeconds: 7 });
      return reply();
    },
    cancelGlobalSensitivity: async () => {
      cancels++;
      return { ok: true, value: { cancelled: true } };
    },
  };
  Object.defineProperty(window, 'lab', { value: api as unknown as LabApi, configurable: true, writable: true });
  return { requests, cancels: () => cancels };
}

const RESULT: GlobalSensitivityResult = {
  method: 'morris',
  metric: 'totalSleepTime_min',
  target: 'a',
  size: 2,
  seed: 1,
  population: null,
  factors: [],
  runs: 24,
  mean: null,
  variance: null,
  rowsDropped: 0,
  refused: 0,
  firstRefusal: null,
  elapsed_ms: 12_000,
  compute_ms: 20_000,
};

describe('the global sensitivity store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('counts the runs of each method and target from the person factors', () => {
    const gsa = useGlobalSensitivityStore();
    gsa.over = 'ranges';
    const d = DEFAULT_FACTOR_IDS.length;
    expect([gsa.method, gsa.target, gsa.size]).toEqual(['sobol', 'diff', 64]);
    expect(gsa.runs).toBe(2 * 64 * (d + 2));
    gsa.target = 'b';
    expect(gsa.runs).toBe(64 * (d + 2));
    gsa.method = 'morris';
    expect(gsa.size).toBe(10);
    gsa.size = 3;
    expect(gsa.runs).toBe(3 * (d + 1));
    // Each method keeps its own size.
    gsa.method = 'sobol';
    expect(gsa.size).toBe(64);
  });

  it('sends both nights as the experiment has them, follows progress, and keeps the result and its pace', async () => {
    const lab = fakeLab(() => ({ ok: true, value: RESULT }));
    const experiment = useExperimentStore();
    const gsa = useGlobalSensitivityStore();
    gsa.method = 'morris';
    gsa.size = 2;
    gsa.target = 'a';
    gsa.over = 'ranges';
    await gsa.run();
    expect(lab.requests).toHaveLength(1);
    expect(lab.requests[0]).toMatchObject({
      metric: 'totalSleepTime_min',
      target: 'a',
      method: 'morris',
      size: 2,
      seed: 1,
      factors: [...DEFAULT_FACTOR_IDS],
      nights: {
        a: { scenario: experiment.nights.a.scenario, seed: experiment.nights.a.seed },
        b: { scenario: experiment.nights.b.scenario, seed: experiment.nights.b.seed },
      },
    });
    expect(gsa.progress).toEqual({ done: 3, total: 10, etaSeconds: 7 });
    expect(gsa.result).toEqual(RESULT);
    expect(gsa.running).toBe(false);
    // The measured pace, 12 s over 24 runs, now estimates the next analysis.
    expect(gsa.estimate).toEqual({ seconds: (gsa.runs * 500) / 1000, measured: true });
  });

  it("draws from the Cohort tab's population by default (as the file keeps it), or a preset", async () => {
    const lab = fakeLab(() => ({ ok: true, value: RESULT }));
    const cohort = useCohortStore();
    const gsa = useGlobalSensitivityStore();
    expect(gsa.over).toBe('cohort');
    const young = POPULATION_PRESETS['young-adults'].distributions;
    expect(gsa.factors).toEqual(young.map((d) => d.param));
    expect(gsa.cohortLabel).toBe('Young adults (18–30 y)');
    await gsa.run();
    expect(lab.requests[0]!.population).toEqual({ preset: 'young-adults' });
    expect(lab.requests[0]!.factors).toBeUndefined();
    gsa.over = 'mixed';
    await gsa.run();
    expect(lab.requests[1]!.population).toEqual({ preset: 'mixed' });
    expect(cohort.population).toBe('young-adults');
  });

  it("takes the file's edited population from the cohort's section: its lists go with the request", async () => {
    const lab = fakeLab(() => ({ ok: true, value: RESULT }));
    const edited = POPULATION_PRESETS['older-adults'].distributions.filter((d) => d.param !== 'sex');
    // The section as the file keeps it (the Cohort tab edits it; this store only reads it).
    vi.spyOn(useCohortStore(), 'state').mockReturnValue({
      population: 'older-adults',
      n: 10,
      seed: 1,
      distributions: edited,
    });
    const gsa = useGlobalSensitivityStore();
    expect(gsa.cohortLabel).toBe('Older adults (60–80 y) (edited)');
    expect(gsa.factors).toEqual(edited.map((d) => d.param));
    await gsa.run();
    expect(lab.requests[0]!.population).toEqual({ preset: 'older-adults', distributions: edited });
  });

  it('says why a correlated population cannot be analysed, and has no runs to offer', () => {
    vi.spyOn(useCohortStore(), 'state').mockReturnValue({
      population: 'young-adults',
      n: 10,
      seed: 1,
      correlations: [{ a: 'circadianPeriod_h', b: 'habitualBedtime', rho: 0.3, source: 'test' }],
    });
    const gsa = useGlobalSensitivityStore();
    expect(gsa.problem).toMatch(/independent factors only/);
    expect(gsa.runs).toBe(0);
  });

  it('shows a refusal and keeps the last result; cancel asks main', async () => {
    let answer: Awaited<ReturnType<LabApi['runGlobalSensitivity']>> = { ok: true, value: RESULT };
    const lab = fakeLab(() => answer);
    const gsa = useGlobalSensitivityStore();
    await gsa.run();
    answer = { ok: false, error: { code: 'cancelled', message: 'the analysis was cancelled after 3 of 10 runs' } };
    await gsa.run();
    expect(gsa.error?.message).toMatch(/cancelled after 3 of 10/);
    expect(gsa.result).toEqual(RESULT);
    await gsa.cancel();
    expect(lab.cancels()).toBe(1);
  });
});
