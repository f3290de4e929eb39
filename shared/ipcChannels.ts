/**
 * The channel names of the IPC contract and `buildLabApi`, with no schema library and no value
 * imports at all: the sandboxed preload bundles this file, and a sandboxed preload may `require`
 * only electron's renderer modules, events, timers and url (Electron, "Process Sandboxing").
 * Payload schemas, reply and event types stay in shared/ipc.ts, which main validates with and
 * which imports this file; this file imports nothing (the lint config holds it to types only), so
 * the two form no cycle. The caller names the API type `buildLabApi` returns (`LabApi`).
 */

/** Renderer → main requests: LabApi method name → channel. */
export const INVOKE_CHANNELS = {
  info: 'lab:info',
  simulate: 'sim:run',
  cancel: 'sim:cancel',
  openFile: 'file:open',
  openHypnogram: 'hypnogram:open',
  openData: 'data:open',
  saveFile: 'file:save',
  recentFiles: 'file:recent',
  writeAutosave: 'autosave:write',
  readAutosave: 'autosave:read',
  clearAutosave: 'autosave:clear',
  runSweep: 'sweep:run',
  cancelSweep: 'sweep:cancel',
  runSensitivity: 'sweep:sensitivity',
  exportPack: 'export:pack',
  exportChart: 'export:chart',
  prepareReport: 'export:report',
  exportCohort: 'export:cohort',
  fitSleeper: 'fit:run',
  cancelFit: 'fit:cancel',
  runGlobalSensitivity: 'sensitivity:run',
  cancelGlobalSensitivity: 'sensitivity:cancel',
  runCohort: 'cohort:run',
  cancelCohort: 'cohort:cancel',
} as const;

export type InvokeMethod = keyof typeof INVOKE_CHANNELS;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[InvokeMethod];

/** Main → renderer events: LabApi event name → channel. */
export const EVENT_CHANNELS = {
  progress: 'event:progress',
  menu: 'event:menu',
  sweepProgress: 'event:sweep-progress',
  fileOpened: 'event:file-opened',
  fitProgress: 'event:fit-progress',
  globalSensitivityProgress: 'event:sensitivity-progress',
  cohortProgress: 'event:cohort-progress',
} as const;

export type EventName = keyof typeof EVENT_CHANNELS;
export type EventChannel = (typeof EVENT_CHANNELS)[EventName];

/** The member that subscribes to events; every other member of `window.lab` is an invoke method. */
export const LAB_EVENT_MEMBER = 'on';

/** Every member `window.lab` has, in contract order: the invoke methods, then the subscription. */
export const LAB_API_MEMBERS: readonly string[] = [...Object.keys(INVOKE_CHANNELS), LAB_EVENT_MEMBER];

/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = ['new', 'open', 'save', 'saveAs', 'export', 'measured', 'undo', 'redo'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

const INVOKE_SET: ReadonlySet<string> = new Set(Object.values(INVOKE_CHANNELS));
const EVENT_SET: ReadonlySet<string> = new Set(Object.values(EVENT_CHANNELS));

export function isInvokeChannel(channel: unknown): channel is InvokeChannel {
  return typeof channel === 'string' && INVOKE_SET.has(channel);
}

export function isEventChannel(channel: unknown): channel is EventChannel {
  return typeof channel === 'string' && EVENT_SET.has(channel);
}

/**
 * Builds `window.lab` over some transport. The preload passes ipcRenderer; the browser harness
 * runs that same built preload over a Playwright binding. Channels are re-checked at run time
 * because the bundled renderer has no types left.
 */
export function buildLabApi<Api extends object>(transport: {
  invoke(channel: InvokeChannel, payload: unknown): Promise<unknown>;
  subscribe(channel: EventChannel, listener: (payload: unknown) => void): () => void;
}): Api {
  const api: Record<string, unknown> = {};
  for (const [method, channel] of Object.entries(INVOKE_CHANNELS)) {
    api[method] = (payload: unknown) => {
      if (!isInvokeChannel(channel)) return Promise.reject(new Error(`channel ${channel} is not in the contract`));
      return transport.invoke(channel, payload);
    };
  }
  api[LAB_EVENT_MEMBER] = (event: string, listener: (payload: unknown) => void) => {
    const channel = (EVENT_CHANNELS as Record<string, string>)[event];
    if (!isEventChannel(channel)) throw new Error(`unknown event "${event}"`);
    return transport.subscribe(channel, listener);
  };
  return Object.freeze(api) as Api;
}
