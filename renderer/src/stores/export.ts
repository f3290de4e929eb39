/** The figure pack export: its options, and asking main to write it. */
import { defineStore } from 'pinia';
import { reactive, ref } from 'vue';
import type { ExportPackRequest, LabError } from '../../../shared/ipc';
import { lab } from '../lab';
import { useFileStore } from './file';

export type PackOptions = ExportPackRequest['options'];

export const useExportStore = defineStore('export', () => {
  const open = ref(false);
  const running = ref(false);
  const options = reactive<PackOptions>({
    formats: ['png', 'svg', 'csv', 'pdf'],
    size: 'double',
    scale: 1,
    background: 'white',
    paper: 'a4',
  });
  const message = ref<string | null>(null);
  const error = ref<LabError | null>(null);

  function show(): void {
    message.value = null;
    error.value = null;
    open.value = true;
  }

  /** Writes the pack where the user picks (or into `folder`); true when it was written. */
  async function run(folder: string | null = null): Promise<boolean> {
    running.value = true;
    error.value = null;
    message.value = null;
    const reply = await lab().exportPack({
      experiment: useFileStore().current(),
      folder,
      options: { ...options, formats: [...options.formats] },
    });
    running.value = false;
    if (reply.ok) {
      message.value = `Wrote ${reply.value.files} files (${(reply.value.bytes / 1024 / 1024).toFixed(1)} MB) to ${reply.value.folder}; manifest.json lists them with their SHA-256.`;
      return true;
    }
    if (reply.error.code !== 'cancelled') error.value = reply.error;
    return false;
  }

  return { open, running, options, message, error, show, run };
});
