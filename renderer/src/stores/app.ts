/** What main says about the app (names, versions), and the menu commands it sends. */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { AppInfo, LabError, MenuCommand } from '../../../shared/ipc';
import { lab } from '../lab';
import { useExperimentStore } from './experiment';
import { useFileStore } from './file';
import { useExportStore } from './export';

export const useAppStore = defineStore('app', () => {
  const info = ref<AppInfo | null>(null);
  const error = ref<LabError | null>(null);
  const lastCommand = ref<MenuCommand | null>(null);

  async function start(): Promise<void> {
    const experiment = useExperimentStore();
    const file = useFileStore();
    lab().on('menu', ({ command }) => {
      lastCommand.value = command;
      if (command === 'new') file.newExperiment();
      else if (command === 'open') void file.open();
      else if (command === 'save') void file.save();
      else if (command === 'saveAs') void file.save(true);
      else if (command === 'export') useExportStore().show();
      else if (command === 'undo') experiment.undo();
      else if (command === 'redo') experiment.redo();
    });
    const reply = await lab().info(undefined);
    if (reply.ok) info.value = reply.value;
    else error.value = reply.error;
  }

  return { info, error, lastCommand, start };
});
