/**
 * A small argv reader: positionals, boolean flags, flags with a value (`--csv DIR` or `--csv=DIR`)
 * and flags that may be repeated ('list', e.g. `--event … --event …`), collected in order.
 */
import { CliError } from './io';

export interface FlagSpec {
  readonly [name: string]: 'boolean' | 'value' | 'list';
}

export interface ParsedArgs {
  readonly positionals: string[];
  readonly flags: Record<string, string | true>;
  /** The values of each 'list' flag, in the order given (absent when never given). */
  readonly lists: Record<string, string[]>;
}

export function parseArgs(argv: readonly string[], spec: FlagSpec, command: string): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  const lists: Record<string, string[]> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const kind = spec[name];
    if (!kind) throw new CliError(`${command}: unknown option ${name}; try ${command} --help`);
    if (name in flags) throw new CliError(`${command}: ${name} is given twice`);
    if (kind === 'list') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
        throw new CliError(`${command}: ${name} needs a value; try ${command} --help`);
      }
      (lists[name] ??= []).push(value);
      continue;
    }
    if (kind === 'boolean') {
      if (inline !== undefined) throw new CliError(`${command}: ${name} takes no value`);
      flags[name] = true;
    } else {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('-'))) {
        throw new CliError(`${command}: ${name} needs a value; try ${command} --help`);
      }
      flags[name] = value;
    }
  }
  return { positionals, flags, lists };
}
