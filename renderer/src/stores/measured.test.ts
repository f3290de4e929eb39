import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { defaultExperiment } from '../../../shared/experiment';
import type { LabApi } from '../../../shared/ipc';
import { useFileStore } from './file';
import { useMeasuredStore } from './measured';
import { measuredOfRecord } from '../../../shared/report/import/record';

const RECORD = {
  label: 'night-07.txt',
  source: 'epoch-per-line text (stage labels)',
  fileName: 'night-07.txt',
  sha256: 'c0'.repeat(32),
  recordingStart: null,
  epochLength_s: 30,
  stages: '0023344311',
  lightsOff: null,
  lightsOn: null,
  notes: ['epoch length 30 s (the default; the file does not say)'],
  against: 'b' as const,
  lightsOffText: '10',
  lightsOnText: 'end',
};

/** A window.lab whose Open answers a file holding RECORD; nothing else reaches main. */
function fakeLab(): void {
  const api = {
    openFile: async () => ({
      ok: true,
      value: { path: '/x/e.nocturne', experiment: { ...defaultExperiment(), measured: RECORD }, notices: [] },
    }),
  };
  Object.defineProperty(window, 'lab', { value: api as unknown as LabApi, configurable: true });
  // The store was never started, so it counts as unsaved: discarding is allowed.
  window.confirm = () => true;
}

describe('the measured night in the experiment file', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    fakeLab();
  });

  it('comes back from a file as saved: stages, hash, the night compared with, the typed lights-off/on', async () => {
    const file = useFileStore();
    const measured = useMeasuredStore();
    const { measured: _none, ...plain } = file.current();
    expect(_none).toBeUndefined();
    await file.open();
    expect([...measured.night!.stages]).toEqual([0, 0, 2, 3, 3, 4, 4, 3, 1, 1]);
    expect(measured.against).toBe('b');
    expect(measured.lightsOffText).toBe('10');
    expect(measured.lightsOnText).toBe('end');
    expect(measured.sha256).toBe(RECORD.sha256);
    // The recording is not at hand: the epoch length is shown, not offered.
    expect(measured.epochLengthChosen).toBe(true);
    expect(measured.canSetEpochLength).toBe(false);
    expect(file.current().measured).toEqual(RECORD);
    expect(file.dirty).toBe(false);
    expect(plain.nights).toEqual(file.current().nights);
  });

  it('makes the file unsaved when it is removed or changed, and a new experiment has none', async () => {
    const file = useFileStore();
    const measured = useMeasuredStore();
    await file.open();
    measured.lightsOnText = '';
    expect(file.dirty).toBe(true);
    measured.remove();
    expect(file.current().measured).toBeUndefined();
    await file.open();
    file.newExperiment();
    expect(measured.night).toBeNull();
    expect(file.current().measured).toBeUndefined();
  });

  it('names a bad epoch length and changes nothing', async () => {
    const file = useFileStore();
    const measured = useMeasuredStore();
    await file.open();
    await measured.setEpochLength('-3');
    expect(measured.epochProblem).toMatch(/^epoch length "-3": expected a number of seconds from 1 to 120/);
    expect(file.dirty).toBe(false);
  });
});

describe('reads of a measured night that overlap: the last thing the person did wins', () => {
  const first = measuredOfRecord(RECORD).night;
  const reread = { ...first, epochLength_s: 20, label: 'night-07.txt (20 s)' };
  const BAD = 'bad.txt: line 3: unknown stage label "X"';

  /**
   * A window.lab whose hypnogram picker answers `picks` in turn; a read with an epoch length (a
   * re-read) waits until `release` is called, as a slow import would.
   */
  function lab(picks: Awaited<ReturnType<LabApi['openHypnogram']>>[]): { release: () => void } {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const api: Pick<LabApi, 'openHypnogram'> = {
      openHypnogram: async (request) => {
        if (request.epochLength_s !== undefined) {
          await held;
          return { ok: true, value: { path: request.path!, night: reread, sha256: 'd1'.repeat(32) } };
        }
        return picks.shift()!;
      },
    };
    Object.defineProperty(window, 'lab', { value: api as LabApi, configurable: true });
    return { release: () => release() };
  }
  const picked = { ok: true as const, value: { path: '/x/night-07.txt', night: first, sha256: 'c0'.repeat(32) } };

  beforeEach(() => setActivePinia(createPinia()));

  it('a re-read finishing after a bad file was picked keeps the bad file’s error and the night as it was', async () => {
    const { release } = lab([picked, { ok: false, error: { code: 'invalid-file', message: BAD } }]);
    const measured = useMeasuredStore();
    await measured.open();
    const rereading = measured.setEpochLength('20');
    await measured.open();
    expect(measured.error?.message).toBe(BAD);
    release();
    await rereading;
    expect(measured.error?.message).toBe(BAD);
    expect(measured.night).toBe(first);
    expect(measured.epochLength).toBeNull();
  });

  it('a picker dismissed meanwhile does not outdate the re-read', async () => {
    const { release } = lab([picked, { ok: false, error: { code: 'cancelled', message: 'no file was chosen' } }]);
    const measured = useMeasuredStore();
    await measured.open();
    const rereading = measured.setEpochLength('20');
    await measured.open();
    release();
    await rereading;
    expect(measured.error).toBeNull();
    expect(measured.night).toBe(reread);
    expect(measured.epochLength).toBe(20);
  });

  it('a night removed meanwhile stays removed', async () => {
    const { release } = lab([picked]);
    const measured = useMeasuredStore();
    await measured.open();
    const rereading = measured.setEpochLength('20');
    measured.remove();
    release();
    await rereading;
    expect(measured.night).toBeNull();
  });
});
