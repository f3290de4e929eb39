/**
 * Experiment files handed to the app from outside the page: the command line of this or a second
 * instance, and macOS's open-file (double-click, drag onto the Dock icon, Open With). Plain Node.
 */
import { isAbsolute, resolve } from 'node:path';
import { isExperimentPath } from '../shared/experiment/format';

/**
 * The experiment file named in an argv, resolved against the working directory of the process that
 * was started with it: a second instance started in another folder passes its own directory, and
 * a relative path means a file there, not in ours. Flags (`--…`) and the app's own path are not files.
 */
export function fileArgument(argv: readonly string[], workingDirectory: string): string | null {
  const found = argv.slice(1).find((arg) => !arg.startsWith('-') && isExperimentPath(arg));
  if (!found) return null;
  return isAbsolute(found) ? found : resolve(workingDirectory, found);
}

/**
 * Files asked for before there is a window to show them in (open-file before `ready`, a second
 * instance while no window is open): kept in order, each once, and handed over when there is one.
 */
export class PendingFiles {
  private paths: string[] = [];

  add(path: string): void {
    if (!this.paths.includes(path)) this.paths.push(path);
  }

  take(): string[] {
    const taken = this.paths;
    this.paths = [];
    return taken;
  }
}
