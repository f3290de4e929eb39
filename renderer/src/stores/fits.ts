/**
 * Fitted sleepers: a PVT file fitted against night A or B in main's fit worker, with progress and
 * cancel; the fits the experiment file keeps (one per night and kind, the newest); the data at
 * hand (the PVT file last opened, by its hash) to tell whether a saved fit was made from them;
 * and "apply", which sets a fit's estimates as a night's parameters (undoable, as a slider move).
 */
import { defineStore } from 'pinia';
import { computed, reactive, ref, shallowRef } from 'vue';
import type { FitResponse, LabError, NightId } from '../../../shared/ipc';
import type { FitRecord } from '../../../shared/experiment';
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
  const records = ref<FitRecord[]>([]);
  const running = ref(false);
  const progress = reactive({ message: '', fraction: 0 });
  const error = ref<LabError | null>(null);
  /** The newest fit made in this session: its observed sessions are drawn beside its record. */
  const latest = shallowRef<FitResponse | null>(null);
  /** The PVT file last opened (a fit run or started), by its hash. */
  const dataAtHand = ref<{ fileName: string; sha256: string } | null>(null);
  let listening = false;

  /** The fit shown: the newest of the chosen night. */
  const shown = computed(() => records.value.findLast((r) => r.night === night.value) ?? null);

  /** The sessions of the shown fit, when the data at hand are its data (a saved fit keeps no sessions). */
  const observed = computed(() => {
    const record = shown.value;
    const fit = latest.value;
    if (!record || !fit || fit.result.data.sha256 !== record.data[0]?.sha256) return null;
    return fit.result.residuals.map((r) => ({ x: r.slot_h, y: r.observed, time: r.time, line: r.line }));
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

  async function run(source: { path?: string; bytes?: Uint8Array<ArrayBuffer>; fileName?: string }): Promise<void> {
    listen();
    running.value = true;
    error.value = null;
    Object.assign(progress, { message: 'waiting for a file…', fraction: 0 });
    const reply = await lab().fitSleeper({ night: night.value, spec: nightRequest(night.value), ...source });
    running.value = false;
    if (!reply.ok) {
      // A dialog closed without a file, or a fit the user cancelled, is no error to show.
      if (reply.error.code !== 'cancelled') error.value = reply.error;
      return;
    }
    latest.value = reply.value;
    dataAtHand.value = { fileName: reply.value.fileName, sha256: reply.value.result.data.sha256 };
    const record = reply.value.record;
    // One fit per night and kind: a new fit replaces the one it refits.
    records.value = [...records.value.filter((r) => r.night !== record.night || r.kind !== record.kind), record];
  }

  /** Opens a PVT file (the dialog, or `path`) and fits it against the chosen night. */
  function open(path?: string): Promise<void> {
    return run(path === undefined ? {} : { path });
  }

  /** A file dropped on the panel: its bytes go to main, which reads them as it reads a file. */
  async function drop(file: File): Promise<void> {
    await run({ bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name });
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
    const last = fits?.at(-1);
    if (last) night.value = last.night;
  }

  function dismissError(): void {
    error.value = null;
  }

  return {
    night,
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
