/**
 * The lab's commands: one table that serves both the menu (main sends a MenuCommand on the
 * 'menu' event) and the keyboard shortcuts the page handles itself. In Electron the menu's
 * accelerators take the shortcuts first; in a browser the page handles them, with the same
 * action as the menu item.
 *
 * The top of the store tree: it imports the stores it drives and no store imports it, so there
 * is no cycle (Pinia, "Composing Stores").
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { MenuCommand } from '../../../shared/ipc';
import { lab } from '../lab';
import { useExperimentStore } from './experiment';
import { useExportStore } from './export';
import { useFileStore } from './file';
import { useMeasuredStore } from './measured';

/** Ctrl/Cmd + key, with Shift held (true), not held (false), or either (absent). */
interface Shortcut {
  readonly key: string;
  readonly shift?: boolean;
}

interface Command {
  readonly run: () => void;
  readonly shortcut?: Shortcut;
  /** Left to the field when focus is in a text field (its own undo/redo of typed text). */
  readonly notInText?: boolean;
}

export const useCommandsStore = defineStore('commands', () => {
  const experiment = useExperimentStore();
  const file = useFileStore();
  const exporter = useExportStore();
  const measured = useMeasuredStore();
  /** The last command that came from the menu. */
  const lastCommand = ref<MenuCommand | null>(null);

  const COMMANDS: Readonly<Record<MenuCommand, Command>> = {
    new: { run: () => file.newExperiment() },
    // Ctrl+O and Ctrl+Shift+O both open.
    open: { run: () => void file.open(), shortcut: { key: 'o' } },
    save: { run: () => void file.save(), shortcut: { key: 's', shift: false } },
    saveAs: { run: () => void file.save(true), shortcut: { key: 's', shift: true } },
    export: { run: () => exporter.show() },
    measured: { run: () => void measured.open() },
    undo: { run: () => experiment.undo(), shortcut: { key: 'z', shift: false }, notInText: true },
    redo: { run: () => experiment.redo(), shortcut: { key: 'z', shift: true }, notInText: true },
  };
  const entries = Object.values(COMMANDS);

  function run(command: MenuCommand): void {
    COMMANDS[command].run();
  }

  /** Listens for the menu's commands. */
  function start(): void {
    lab().on('menu', ({ command }) => {
      lastCommand.value = command;
      run(command);
    });
  }

  /** A keydown on the window: runs the command whose shortcut it is, if any. */
  function onKey(event: KeyboardEvent): void {
    if (!(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    const command = entries.find(
      ({ shortcut }) => shortcut?.key === key && (shortcut.shift === undefined || shortcut.shift === event.shiftKey),
    );
    if (!command) return;
    const target = event.target as HTMLElement | null;
    const inText =
      !!target &&
      (target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && (target as HTMLInputElement).type === 'text'));
    if (command.notInText && inText) return;
    event.preventDefault();
    command.run();
  }

  return { lastCommand, run, start, onKey };
});
