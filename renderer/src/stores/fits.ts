/**
 * Fitted sleepers: PVT sessions, or a light log with DLMOs (the circadian fit), fitted against
 * night A or B in main's fit worker, with progress and cancel and an optional bootstrap; the fits
 * the experiment file keeps (one per night and kind, the newest) with their observed points; the
 * data at hand (the file last opened, by its hash) to tell whether a saved fit was made from them;
 * whether the night has changed since it was fitted (its fingerprint); and "apply", which sets a
 * fit's estimates as a night's parameters (undoable, as a slider move).
 */
import { defineStore } from 'pinia';
import { computed, reactive, ref, shallowRef } from 'vue';
import type { FitResponse, LabError, NightId } from '../../../shared/ipc';
import type { FitKind, FitRecord } from '../../../shared/experiment';
import { nightFingerprint } from '../../../shared/experiment/fitRecord';
import { DEFAULT_BOOTSTRAP_DRAWS } from '../../../shared/fit/fitCommon';
import { resolveParameters } from '../../../shared/model/scenarios';
import { NIGHT_LABELS } from '../../../shared/nights';
import { parameterSpec, type ParameterId } from '../../../shared/model/parameters';
import { lab } from '../lab';
import { useExperimentStore } from './experiment';

/** A value on its parameter's declared step (what a slider could hold), inside its range. */
export function onStep(id: ParameterId, value: number): number {
  const spec = parameterSpec(id);
  if (!spec || spec.kind === 'choice') return value;
  const decimals = (String(spec.step).split('.')[1] ?? '').length;
  const stepped = Math.round(value / spec.step) * spec.step;
  return Number(Math.min(spec.max, Math.max(spec.min, stepped)).toFixed(decimals));
}

export const useFitsStore = defineStore('fits', () => {
  const experiment = useExperimentStore();
  const night = ref<NightId>('a');
  /** Which fit: PVT sessions, or a light log with DLMOs. */
  const kind = ref<FitKind>('pvt');
  /** Also run a parametric bootstrap (DEFAULT_BOOTSTRAP_DRAWS refits): a second interval, slower. */
  const withBootstrap = ref(false);
  /** A circadian fit's first dropped file, waiting for its second. */
  const pending = shallowRef<File | null>(null);
  const records = ref<FitRecord[]>([]);
  const running = ref(false);
  const progress = reactive({ message: '', fraction: 0 });
  const error = ref<LabError | null>(null);
  /** The newest fit made in this session: its observed sessions are drawn beside its record. */
  const latest = shallowRef<FitResponse | null>(null);
  /** The PVT file last opened (a fit run or started), by its hash. */
  const dataAtHand = ref<{ fileName: string; sha256: string } | null>(null);
  let listening = false;

  /** The fit shown: the newest of the chosen night and kind. */
  const shown = computed(() => records.value.findLast((r) => r.night === night.value && r.kind === kind.value) ?? null);

  /** The observed data of the shown fit on its curve's axes (kept in the record; none in fits saved before they were). */
  const observed = computed(() => {
    const points = shown.value?.points;
    return points ? points.x.map((x, i) => ({ x, y: points.y[i]! })) : null;
  });

  /** When the data at hand are not the shown fit's, what to say. */
  const dataDiffers = computed(() => {
    const record = shown.value;
    const hand = dataAtHand.value;
    const data = record?.data[0];
    if (!data || !hand || hand.sha256 === data.sha256) return null;
    return (
      `The data at hand (${hand.fileName}, SHA-256 ${hand.sha256.slice(0, 12)}…) are not the data this fit was made ` +
      `with (${data.fileName}, SHA-256 ${data.sha256.slice(0, 12)}…).`
    );
  });

  /** The night as a fit of `fitKind` sees it now (nightFingerprint); null when its values do not resolve. */
  function fingerprintOf(id: NightId, fitKind: FitKind): string | null {
    const n = experiment.nights[id];
    try {
      return nightFingerprint(fitKind, resolveParameters(n.scenario, n.params), n.events, n.seed);
    } catch {
      return null;
    }
  }

  /** When the shown fit's night has changed since the fit, what to say (fits saved before this was kept cannot tell). */
  const stale = computed(() => {
    const record = shown.value;
    if (!record?.against || fingerprintOf(record.night, record.kind) === record.against) return null;
    return `Fitted against different settings of night ${NIGHT_LABELS[record.night]}: its parameters, events or seed have changed since; fit again to fit the night as it is.`;
  });

  function listen(): void {
    if (listening) return;
    listening = true;
    lab().on('fitProgress', (p) => {
      progress.message = p.message;
      progress.fraction = p.fraction;
      dataAtHand.value = { fileName: p.fileName, sha256: p.sha256 };
    });
  }

  function nightRequest(id: NightId) {
    const n = experiment.nights[id];
    return {
      label: n.label,
      scenario: n.scenario,
      params: { ...n.params },
      events: n.events.map((e) => ({ ...e })),
      seed: n.seed,
    };
  }

  interface Source {
    path?: string;
    bytes?: Uint8Array<ArrayBuffer>;
    fileName?: string;
    dlmoPath?: string;
    dlmoBytes?: Uint8Array<ArrayBuffer>;
    dlmoFileName?: string;
  }

  async function run(source: Source): Promise<void> {
    listen();
    running.value = true;
    error.value = null;
    pending.value = null;
    Object.assign(progress, {
      message: kind.value === 'pvt' ? 'waiting for a file…' : 'waiting for the files…',
      fraction: 0,
    });
    const reply = await lab().fitSleeper({
      night: night.value,
      spec: nightRequest(night.value),
      kind: kind.value,
      ...(withBootstrap.value ? { bootstrap: DEFAULT_BOOTSTRAP_DRAWS } : {}),
      ...source,
    });
    running.value = false;
    if (!reply.ok) {
      // A dialog closed without a file, or a fit the user cancelled, is no error to show.
      if (reply.error.code !== 'cancelled') error.value = reply.error;
      return;
    }
    latest.value = reply.value;
    // The record's first file is the one the progress events name (the PVT file, or the light log).
    const first = reply.value.record.data[0];
    if (first) dataAtHand.value = { fileName: first.fileName, sha256: first.sha256 };
    const record = reply.value.record;
    // One fit per night and kind: a new fit replaces the one it refits.
    records.value = [...records.value.filter((r) => r.night !== record.night || r.kind !== record.kind), record];
  }

  /**
   * Opens the data (the dialogs, or the paths: a PVT file, or a light log and a DLMO file) and fits
   * them against the chosen night.
   */
  function open(path?: string, dlmoPath?: string): Promise<void> {
    return run({ ...(path === undefined ? {} : { path }), ...(dlmoPath === undefined ? {} : { dlmoPath }) });
  }

  /**
   * Files dropped on the panel: their bytes go to main, which reads them as it reads a file. A
   * circadian fit needs two: dropped together, or one after the other (the first waits in `pending`).
   */
  async function drop(files: readonly File[]): Promise<void> {
    const [first, second] = kind.value === 'circadian' && pending.value ? [pending.value, files[0]] : files;
    if (!first) return;
    const bytes = async (f: File) => new Uint8Array(await f.arrayBuffer());
    if (kind.value === 'pvt') return run({ bytes: await bytes(first), fileName: first.name });
    if (!second) {
      pending.value = first;
      return;
    }
    await run({
      bytes: await bytes(first),
      fileName: first.name,
      dlmoBytes: await bytes(second),
      dlmoFileName: second.name,
    });
  }

  async function cancel(): Promise<void> {
    await lab().cancelFit(undefined);
  }

  /** The identified estimates of the shown fit, on their parameters' steps. */
  const estimates = computed(() =>
    (shown.value?.parameters ?? []).flatMap((p) =>
      p.status === 'identified' && p.estimate !== null ? [{ id: p.id, value: onStep(p.id, p.estimate) }] : [],
    ),
  );

  /** Sets the shown fit's identified estimates as `target`'s parameters (each an undoable edit). */
  function apply(target: NightId): void {
    for (const { id, value } of estimates.value) experiment.setParameter(target, id, value);
  }

  /** The fits as the experiment file keeps them. */
  function current(): FitRecord[] {
    return records.value.map((r) => ({ ...r }));
  }

  function load(fits: readonly FitRecord[] | undefined): void {
    records.value = [...(fits ?? [])];
    latest.value = null;
    error.value = null;
    pending.value = null;
    const last = fits?.at(-1);
    if (last) {
      night.value = last.night;
      kind.value = last.kind;
    }
  }

  function dismissError(): void {
    error.value = null;
  }

  return {
    night,
    kind,
    withBootstrap,
    pending,
    stale,
    records,
    running,
    progress,
    error,
    latest,
    dataAtHand,
    shown,
    observed,
    dataDiffers,
    estimates,
    open,
    drop,
    cancel,
    apply,
    current,
    load,
    dismissError,
  };
});
