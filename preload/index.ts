/**
 * Exposes `window.lab` (the LabApi of shared/ipc.ts) and nothing else. Every channel is checked
 * against the contract at run time; listeners never receive the IpcRendererEvent (it would leak
 * ipcRenderer to the page).
 */
import { contextBridge, ipcRenderer } from 'electron';
// Only the schema-free half of the contract: zod cannot be required in a sandboxed preload.
import { buildLabApi, isEventChannel, isInvokeChannel } from '../shared/ipcChannels';
import type { LabApi } from '../shared/ipc';

const lab = buildLabApi<LabApi>({
  invoke(channel, payload) {
    if (!isInvokeChannel(channel)) return Promise.reject(new Error(`refused channel ${String(channel)}`));
    return ipcRenderer.invoke(channel, payload);
  },
  subscribe(channel, listener) {
    if (!isEventChannel(channel)) throw new Error(`refused channel ${String(channel)}`);
    const wrapped = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => ipcRenderer.removeListener(channel, wrapped);
  },
});

contextBridge.exposeInMainWorld('lab', lab);
