/**
 * What main says about the app (names, versions). A base store: it imports no other store, so
 * any store may read it (file.ts checks dropped files against the model version) without a
 * cycle. Commands live in commands.ts, above the stores they drive.
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { AppInfo, LabError } from '../../../shared/ipc';
import { lab } from '../lab';

export const useAppStore = defineStore('app', () => {
  const info = ref<AppInfo | null>(null);
  const error = ref<LabError | null>(null);

  async function start(): Promise<void> {
    const reply = await lab().info(undefined);
    if (reply.ok) info.value = reply.value;
    else error.value = reply.error;
  }

  return { info, error, start };
});
