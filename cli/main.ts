/** The CLI's commands, dispatched by name. Each is a plain function of (argv, io) returning an exit code. */
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliIo } from './io';
import { SIMULATE_USAGE, simulateCommand } from './simulate';
import { SWEEP_USAGE, sweepCommand } from './sweep';
import { EXPORT_USAGE, exportCommand } from './export';
import { REPORT_USAGE, reportCommand } from './report';
import { COUPLINGS_USAGE, couplingsCommand } from './couplings';
import { FIT_USAGE, fitCommand } from './fit';
import { COHORT_USAGE, cohortCommand } from './cohort';
import { SENSITIVITY_USAGE, sensitivityCommand } from './sensitivity';

export const USAGE = `Usage: nocturne <command> [options]

Commands:
  simulate FILE [--json] [--csv DIR]   simulate both nights of an experiment file
  simulate --diary FILE [--light FILE] simulate a diary's night on its own days and light, beside the diary
  sweep FILE --night a|b --param ID …  run one night over a range of a parameter (or a grid), to CSV
  export FILE --out DIR [--formats …]  write the figure pack (PNG, SVG, CSV, PDF report, manifest)
  report FILE [--json] [--against X]   the standard sleep report of a hypnogram (or an experiment's nights);
                                       with --against, its agreement with a simulated night
  fit FILE --pvt PVT [--json]          fit a sleeper's PVT vulnerability and rested lapses to PVT sessions,
                                       with 95 % intervals
  couplings [--json]                   list the model's couplings (what drives what), with evidence
  cohort FILE --n N [--shard i/K] --out DIR
                                       run a virtual cohort (paired nights A and B), or one shard of it
  cohort merge DIR                     join a cohort's parts into cohort.csv and summary.json
  sensitivity FILE --metric M …        Sobol' indices (or Morris screening) of a metric over the person parameters

Run "nocturne <command> --help" for a command's options.

${SIMULATE_USAGE}
${SWEEP_USAGE}
${EXPORT_USAGE}
${REPORT_USAGE}
${FIT_USAGE}
${COUPLINGS_USAGE}
${COHORT_USAGE}
${SENSITIVITY_USAGE}`;

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  simulate: simulateCommand,
  sweep: sweepCommand,
  export: exportCommand,
  report: reportCommand,
  fit: fitCommand,
  couplings: couplingsCommand,
  cohort: cohortCommand,
  sensitivity: sensitivityCommand,
};

/** Runs one command; every problem becomes one line on stderr and an exit code, never a stack trace. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined) throw new CliError('nocturne: missing command; try nocturne --help');
    if (name === '--help' || name === '-h' || name === 'help') {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    const command = COMMANDS[name];
    if (!command) {
      const hint = name.startsWith('-')
        ? 'options come after a command'
        : `known commands: ${Object.keys(COMMANDS).join(', ')}`;
      throw new CliError(`nocturne: unknown command "${name}"; ${hint}; try nocturne --help`);
    }
    return await command(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${error.message.replace(/\s*\n\s*/g, ' ')}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`nocturne: internal error: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return EXIT_FAILURE;
  }
}

export { EXIT_USAGE };
