import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { MENU_COMMANDS, type LabApi, type MenuCommand } from '../../../shared/ipc';
import { useCommandsStore } from './commands';
import { useExperimentStore } from './experiment';
import { useExportStore } from './export';
import { useFileStore } from './file';
import { useMeasuredStore } from './measured';

/** A window.lab that only records the menu listener: nothing here reaches main. */
function fakeLab() {
  const listeners: ((payload: { command: MenuCommand }) => void)[] = [];
  const api = {
    on: (_event: string, listener: (payload: { command: MenuCommand }) => void) => listeners.push(listener),
  };
  Object.defineProperty(window, 'lab', { value: api as unknown as LabApi, configurable: true });
  return { menu: (command: MenuCommand) => listeners.forEach((l) => l({ command })) };
}

function key(init: KeyboardEventInit, target?: EventTarget): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { cancelable: true, ...init });
  if (target) Object.defineProperty(event, 'target', { value: target });
  return event;
}

describe('the command table', () => {
  beforeEach(() => setActivePinia(createPinia()));

  function spies() {
    const file = useFileStore();
    const experiment = useExperimentStore();
    const exporter = useExportStore();
    return {
      new: vi.spyOn(file, 'newExperiment').mockImplementation(() => undefined),
      open: vi.spyOn(file, 'open').mockResolvedValue(undefined),
      save: vi.spyOn(file, 'save').mockResolvedValue(true),
      undo: vi.spyOn(experiment, 'undo').mockImplementation(() => undefined),
      redo: vi.spyOn(experiment, 'redo').mockImplementation(() => undefined),
      export: vi.spyOn(exporter, 'show').mockImplementation(() => undefined),
      measured: vi.spyOn(useMeasuredStore(), 'open').mockResolvedValue(undefined),
    };
  }

  it('runs every menu command and remembers the last', () => {
    const lab = fakeLab();
    const called = spies();
    const commands = useCommandsStore();
    commands.start();
    for (const command of MENU_COMMANDS) lab.menu(command);
    expect(called.new).toHaveBeenCalledTimes(1);
    expect(called.open).toHaveBeenCalledTimes(1);
    expect(called.save.mock.calls).toEqual([[], [true]]);
    expect(called.export).toHaveBeenCalledTimes(1);
    expect(called.measured).toHaveBeenCalledTimes(1);
    expect(called.undo).toHaveBeenCalledTimes(1);
    expect(called.redo).toHaveBeenCalledTimes(1);
    expect(commands.lastCommand).toBe('redo');
  });

  it('maps Ctrl/Cmd shortcuts to the same commands, and leaves undo to a text field', () => {
    const called = spies();
    const commands = useCommandsStore();
    const events = [
      key({ key: 'z', ctrlKey: true }),
      key({ key: 'Z', metaKey: true, shiftKey: true }),
      key({ key: 's', ctrlKey: true }),
      key({ key: 's', ctrlKey: true, shiftKey: true }),
      key({ key: 'o', ctrlKey: true }),
      key({ key: 'O', ctrlKey: true, shiftKey: true }),
    ];
    for (const event of events) commands.onKey(event);
    expect(events.every((e) => e.defaultPrevented)).toBe(true);
    expect(called.undo).toHaveBeenCalledTimes(1);
    expect(called.redo).toHaveBeenCalledTimes(1);
    expect(called.save.mock.calls).toEqual([[], [true]]);
    expect(called.open).toHaveBeenCalledTimes(2);

    const field = document.createElement('input');
    field.type = 'text';
    const inText = key({ key: 'z', ctrlKey: true }, field);
    commands.onKey(inText);
    expect(inText.defaultPrevented).toBe(false);
    expect(called.undo).toHaveBeenCalledTimes(1);

    // No modifier, or a key without a command: the page's default.
    const plain = key({ key: 's' });
    const other = key({ key: 'n', ctrlKey: true });
    commands.onKey(plain);
    commands.onKey(other);
    expect(plain.defaultPrevented || other.defaultPrevented).toBe(false);
    expect(called.new).not.toHaveBeenCalled();
  });
});
