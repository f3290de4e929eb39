import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { EventPayloads, FitRequest, FitResponse, LabApi } from '../../../shared/ipc';
import { defaultExperiment, parseExperiment, serializeExperiment, type FitRecord } from '../../../shared/experiment';
import { nightFingerprint } from '../../../shared/experiment/fitRecord';
import { resolveParameters } from '../../../shared/model/scenarios';
import type { FitResult } from '../../../shared/fit/fitPvt';
import { useFitsStore } from './fits';
import { useFileStore } from './file';
import { useExperimentStore } from './experiment';

const HASH = 'a'.repeat(64);
/** The default experiment's night as main fingerprints it when it fits. */
function fingerprint(night: 'a' | 'b'): string {
  const n = defaultExperiment().nights[night === 'a' ? 0 : 1];
  return nightFingerprint('pvt', resolveParameters(n.scenario, n.params), n.events, n.seed);
}
const OTHER = 'b'.repeat(64);

/** A fit as main answers it: a record and the sessions it was fitted to (only what the store reads). */
function response(night: 'a' | 'b', vulnerability: number): FitResponse {
  const record: FitRecord = {
    kind: 'pvt',
    night,
    fittedAt: '2026-12-07T02:00:00Z',
    model: '1',
    method: 'least squares',
    data: [{ role: 'PVT sessions', fileName: 'pvt.csv', sha256: HASH }],
    converged: true,
    n: 2,
    rss: 1.5,
    parameters: [
      { id: 'pvtVulnerability', status: 'identified', estimate: vulnerability, interval: [1.3, 2.05], note: null },
      {
        id: 'pvtLapsesRested',
        status: 'not identifiable',
        estimate: null,
        interval: null,
        note: 'not identifiable: its profile stays under the 95 % threshold',
      },
    ],
    curve: { slot_h: [9, 10], fitted: [1, 2], lower: [0.5, 1], upper: [1.5, 3] },
    notes: [],
    against: fingerprint(night),
    points: { x: [9, 10], y: [2, 1] },
  };
  const result = {
    data: { sha256: HASH },
    residuals: [
      { line: 2, time: '2026-03-10T09:00:00', slot_h: 9, observed: 2 },
      { line: 3, time: '2026-03-10T10:00:00', slot_h: 10, observed: 1 },
    ],
  } as unknown as FitResult;
  return { night, fileName: 'pvt.csv', result, record, elapsed_ms: 10 };
}

/** A window.lab answering fits with `next` and recording requests; `progress` sends a fitProgress event. */
function fakeLab(next: () => FitResponse) {
  const requests: FitRequest[] = [];
  let listener: ((p: EventPayloads['fitProgress']) => void) | null = null;
  const api = {
    on: (event: string, l: (p: EventPayloads['fitProgress']) => void) => {
      if (event === 'fitProgress') listener = l;
      return () => undefined;
    },
    fitSleeper: async (request: FitRequest) => {
      requests.push(request);
      listener?.({ night: request.night, message: 'profiling', fraction: 0.5, fileName: 'pvt.csv', sha256: HASH });
      return { ok: true, value: next() };
    },
  };
  Object.defineProperty(window, 'lab', { value: api as unknown as LabApi, configurable: true, writable: true });
  return { requests, progress: (p: EventPayloads['fitProgress']) => listener?.(p) };
}

describe('the fits store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('fits the chosen night, keeps one fit per night, and saves and reopens it with the file', async () => {
    let vulnerability = 1.63;
    const lab = fakeLab(() => response('b', vulnerability));
    const fits = useFitsStore();
    const file = useFileStore();
    const experiment = useExperimentStore();
    fits.night = 'b';
    await fits.open('/data/pvt.csv');
    expect(lab.requests[0]).toMatchObject({
      night: 'b',
      path: '/data/pvt.csv',
      spec: { scenario: experiment.nights.b.scenario },
    });
    expect(fits.progress).toEqual({ message: 'profiling', fraction: 0.5 });
    expect(fits.shown?.parameters[0]?.estimate).toBe(1.63);
    expect(fits.observed).toEqual([
      { x: 9, y: 2 },
      { x: 10, y: 1 },
    ]);
    expect(fits.stale).toBeNull();
    // A refit of the same night replaces the fit.
    vulnerability = 1.7;
    await fits.open('/data/pvt.csv');
    expect(fits.records).toHaveLength(1);
    expect(file.dirty).toBe(true);

    // Saved and reopened: the same record, its sessions with it.
    const saved = file.current();
    expect(saved.fits).toEqual([response('b', 1.7).record]);
    const back = parseExperiment(serializeExperiment(saved, { app: '0', model: '1' }));
    if (!back.ok) throw new Error(back.error.message);
    setActivePinia(createPinia());
    fakeLab(() => response('b', 1.7));
    // Opened through main as the File menu does (openFile answers the parsed file).
    Object.assign(window.lab, {
      openFile: async () => ({
        ok: true,
        value: { path: '/x.nocturne.json', experiment: back.experiment, notices: [] },
      }),
    });
    // The fresh lab's untitled experiment may be discarded.
    window.confirm = () => true;
    const reopened = useFitsStore();
    await useFileStore().open('/x.nocturne.json');
    expect(reopened.night).toBe('b');
    expect(reopened.shown).toEqual(response('b', 1.7).record);
    expect(reopened.observed).toEqual([
      { x: 9, y: 2 },
      { x: 10, y: 1 },
    ]);
    expect(reopened.dataDiffers).toBeNull();
    expect(useFileStore().dirty).toBe(false);
  });

  it('says a fit is stale once its night changes, and not when the change is taken back', async () => {
    fakeLab(() => response('a', 1.6));
    const fits = useFitsStore();
    const experiment = useExperimentStore();
    await fits.open();
    expect(fits.stale).toBeNull();
    experiment.setParameter('a', 'caffeine_mg', 250);
    expect(fits.stale).toMatch(/^Fitted against different settings of night A/);
    experiment.undo();
    expect(fits.stale).toBeNull();
    // Applying the fit's own estimates is no change of what it was fitted against.
    fits.apply('a');
    expect(fits.stale).toBeNull();
    // Night B's change is not night A's.
    experiment.setParameter('b', 'caffeine_mg', 250);
    expect(fits.stale).toBeNull();
    // A fit saved before the night was kept cannot tell, and says nothing.
    fits.load([{ ...response('a', 1.6).record, against: undefined }]);
    experiment.setParameter('a', 'caffeine_mg', 250);
    expect(fits.stale).toBeNull();
  });

  it('asks for a circadian fit with both dropped files, and a bootstrap when chosen', async () => {
    const lab = fakeLab(() => response('a', 1.6));
    const fits = useFitsStore();
    fits.kind = 'circadian';
    fits.withBootstrap = true;
    const file = (name: string, text: string) => new File([text], name);
    await fits.drop([file('light.csv', 'timestamp,lux\n')]);
    // One file waits for the other; nothing is asked yet.
    expect(fits.pending?.name).toBe('light.csv');
    expect(lab.requests).toHaveLength(0);
    await fits.drop([file('dlmo.csv', 'date,time\n')]);
    expect(fits.pending).toBeNull();
    expect(lab.requests[0]).toMatchObject({
      kind: 'circadian',
      bootstrap: 200,
      fileName: 'light.csv',
      dlmoFileName: 'dlmo.csv',
    });
    expect(new TextDecoder().decode(lab.requests[0]!.dlmoBytes)).toBe('date,time\n');
  });

  it("says when the data at hand are not the saved fit's", async () => {
    const lab = fakeLab(() => response('a', 1.6));
    const fits = useFitsStore();
    await fits.open();
    expect(fits.dataDiffers).toBeNull();
    lab.progress({ night: 'a', message: 'reading other.csv', fraction: 0.1, fileName: 'other.csv', sha256: OTHER });
    expect(fits.dataDiffers).toBe(
      'The data at hand (other.csv, SHA-256 bbbbbbbbbbbb…) are not the data this fit was made with (pvt.csv, SHA-256 aaaaaaaaaaaa…).',
    );
  });

  it('applies the identified estimates, on their steps, to a night, and Undo takes them back', async () => {
    fakeLab(() => response('a', 1.63));
    const fits = useFitsStore();
    const experiment = useExperimentStore();
    await fits.open();
    // The not-identifiable rested level is not applied; 1.63 lands on the 0.05 step.
    expect(fits.estimates).toEqual([{ id: 'pvtVulnerability', value: 1.65 }]);
    fits.apply('b');
    expect(experiment.nights.b.params.pvtVulnerability).toBe(1.65);
    expect(experiment.nights.b.params.pvtLapsesRested).toBeUndefined();
    experiment.undo();
    expect(experiment.nights.b.params.pvtVulnerability).toBeUndefined();
  });
});
