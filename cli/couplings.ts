/**
 * `nocturne couplings [--json]`: lists the couplings of the model, "what drives what", from their
 * declarations (COUPLINGS of shared/model/graph.ts): each edge with its strength parameter and
 * default, evidence level, sources and knockout expectation. The lab's map and the docs' coupling
 * table read the same declarations. Runs no simulation.
 */
import { COUPLINGS, MODEL_NODES } from '../shared/model/graph';
import { knockoutSummary } from '../shared/model/couplingSpec';
import { MODEL_INFO } from '../shared/model/engine';
import { parameterSpec } from '../shared/model/parameters';
import { parseArgs } from './args';
import { CliError, EXIT_OK, type CliIo } from './io';

export const COUPLINGS_USAGE = `Usage: nocturne couplings [--json]

Lists the couplings of the model (what drives what): each with its nodes, strength parameter and
default (0 removes the coupling), evidence level, sources and knockout expectation.

  --json       print JSON: { "model": { "name", "version" }, "nodes": [ { "id", "label", "kind" } ],
               "couplings": [ { "id", "from", "to", "label", "description", "strength": { "id",
               "default", "unit", "min", "max" }, "evidence", "sources", "knockout" } ] }
  -h, --help   show this help

Exit codes: 0 done; 2 bad arguments.
`;

const COMMAND = 'nocturne couplings';

function strengthOf(id: string): { id: string; default: number; unit: string; min: number; max: number } {
  const spec = parameterSpec(id);
  // couplings.test.ts checks every strength is a number parameter; this guards the CLI all the same.
  if (!spec || spec.kind === 'choice') throw new Error(`coupling strength ${id} is not a number parameter`);
  return { id, default: spec.default, unit: spec.unit, min: spec.min, max: spec.max };
}

export function couplingsJson(): Record<string, unknown> {
  return {
    model: { name: MODEL_INFO.name, version: MODEL_INFO.version },
    nodes: MODEL_NODES.map((n) => ({ id: n.id, label: n.label, kind: n.kind })),
    couplings: COUPLINGS.map((c) => ({
      id: c.id,
      from: c.from,
      to: c.to,
      label: c.label,
      description: c.description,
      strength: strengthOf(c.strength),
      evidence: c.evidence,
      sources: c.sources,
      knockout: c.knockout,
    })),
  };
}

/** A plain table: one row a coupling, columns padded to their widest cell. */
export function couplingsTable(): string {
  const head = ['coupling', 'from → to', 'evidence', 'strength = default', 'knockout: at 0, metric goes'];
  const rows = COUPLINGS.map((c) => {
    const s = strengthOf(c.strength);
    return [c.id, `${c.from} → ${c.to}`, c.evidence, `${s.id} = ${s.default}`, knockoutSummary(c.knockout)];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const title = `${MODEL_INFO.name} ${MODEL_INFO.version}: ${COUPLINGS.length} couplings between ${MODEL_NODES.length} nodes`;
  return [title, '', line(head), ...rows.map(line), ''].join('\n');
}

export async function couplingsCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { '--json': 'boolean', '--help': 'boolean', '-h': 'boolean' }, COMMAND);
  if (args.flags['--help'] || args.flags['-h']) {
    io.stdout(COUPLINGS_USAGE);
    return EXIT_OK;
  }
  if (args.positionals.length > 0) throw new CliError(`${COMMAND}: takes no file; try ${COMMAND} --help`);
  io.stdout(args.flags['--json'] ? `${JSON.stringify(couplingsJson(), null, 2)}\n` : couplingsTable());
  return EXIT_OK;
}
