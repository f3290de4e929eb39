/**
 * Checking an experiment that came from the page before it is kept anywhere (a file, the
 * autosave), and the name a new file is offered under: the same for the desktop's main process
 * (main/files, main/ipc) and the browser edition (web/), so neither keeps its own copy.
 */
import { EXPERIMENT_EXTENSION, type CreatedWith, type Experiment } from './format';
import { parseExperiment } from './parse';
import { serializeExperiment } from './serialize';

export class ExperimentFileError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ExperimentFileError';
  }
}

/**
 * Checks an experiment that came over IPC by writing it out and reading it back with the same
 * parser as files, so nothing unchecked is ever saved.
 */
export function validateExperiment(value: unknown, createdWith: CreatedWith): Experiment {
  let text: string;
  try {
    text = serializeExperiment(value as Experiment, createdWith);
  } catch (error) {
    throw new ExperimentFileError(`the experiment is malformed: ${(error as Error).message}`);
  }
  const parsed = parseExperiment(text, { modelVersion: createdWith.model });
  if (!parsed.ok) throw new ExperimentFileError(parsed.error.message, parsed.error.field);
  return parsed.experiment;
}

/** A file name from the experiment's title: letters, digits and dashes, with the format's extension. */
export function suggestedFileName(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `${stem || 'experiment'}${EXPERIMENT_EXTENSION}`;
}
