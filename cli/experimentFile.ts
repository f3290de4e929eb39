/**
 * Reads the experiment file a command was given: refuses one over the size limit before reading
 * it, says why a file cannot be read, and passes the parser's notices on to stderr.
 */
import { MAX_EXPERIMENT_BYTES, formatBytes, parseExperiment, type Experiment } from '../shared/experiment';
import { CliError, whyUnreadable, type CliIo } from './io';

export async function readExperimentFile(command: string, path: string, io: CliIo): Promise<Experiment> {
  let bytes: Uint8Array;
  try {
    const size = await io.fs.size(path);
    if (size > MAX_EXPERIMENT_BYTES) {
      throw new CliError(
        `${command}: "${path}" is too large (${formatBytes(size)}); experiment files are at most ${formatBytes(MAX_EXPERIMENT_BYTES)}`,
      );
    }
    bytes = await io.fs.readFile(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${command}: cannot read "${path}": ${whyUnreadable(error)}`);
  }
  const parsed = parseExperiment(new TextDecoder('utf-8').decode(bytes));
  if (!parsed.ok) throw new CliError(`${command}: "${path}" is not a usable experiment: ${parsed.error.message}`);
  for (const notice of parsed.notices) io.stderr(`${command}: note: ${notice}\n`);
  return parsed.experiment;
}
