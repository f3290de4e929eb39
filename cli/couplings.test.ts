import { describe, expect, it } from 'vitest';
import { COUPLINGS, MODEL_NODES } from '../shared/model/graph';
import { parameterSpec } from '../shared/model/parameters';
import type { CliIo } from './io';
import { runCli, USAGE } from './main';
import { COUPLINGS_USAGE } from './couplings';

/** Streams in memory; the couplings never need the engine or the disk, so both throw. */
function memoryIo() {
  const out = { stdout: '', stderr: '', engineLoads: 0 };
  const never = () => Promise.reject(new Error('the couplings command touched the disk'));
  const io: CliIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    fs: { size: never, readFile: never, mkdir: never, writeFileAtomic: never },
    engine: () => {
      out.engineLoads++;
      return Promise.reject(new Error('the couplings command loaded the engine'));
    },
  };
  return { io, out };
}

describe('nocturne couplings', () => {
  it('prints every coupling with its nodes, evidence, strength and default, and knockout, one row each', async () => {
    const { io, out } = memoryIo();
    expect(await runCli(['couplings'], io)).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.engineLoads).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines[0]).toMatch(new RegExp(`${COUPLINGS.length} couplings between ${MODEL_NODES.length} nodes$`));
    for (const c of COUPLINGS) {
      const spec = parameterSpec(c.strength)!;
      const row = lines.find((l) => l.startsWith(`${c.id} `));
      expect(row, c.id).toBeDefined();
      expect(row).toContain(`${c.from} → ${c.to}`);
      expect(row).toContain(` ${c.evidence} `);
      expect(row).toContain(`${c.strength} = ${spec.default}`);
      expect(row).toContain(`${c.knockout.metric} ${c.knockout.direction}`);
    }
    expect(lines.filter((l) => COUPLINGS.some((c) => l.startsWith(`${c.id} `)))).toHaveLength(COUPLINGS.length);
  });

  it('prints the declarations as JSON with --json: strength with its default and range, sources, knockout', async () => {
    const { io, out } = memoryIo();
    expect(await runCli(['couplings', '--json'], io)).toBe(0);
    const json = JSON.parse(out.stdout) as {
      model: { name: string };
      nodes: { id: string; kind: string }[];
      couplings: {
        id: string;
        strength: { id: string; default: number; min: number };
        sources: string;
        knockout: unknown;
      }[];
    };
    expect(json.nodes.map((n) => n.id)).toEqual(MODEL_NODES.map((n) => n.id));
    expect(json.couplings.map((c) => c.id)).toEqual(COUPLINGS.map((c) => c.id));
    COUPLINGS.forEach((c, i) => {
      const got = json.couplings[i]!;
      expect(got.strength.id).toBe(c.strength);
      expect(got.strength.min).toBe(0);
      expect(got.strength.default).toBeGreaterThan(0);
      expect(got.sources).toBe(c.sources);
      expect(got.knockout).toEqual(JSON.parse(JSON.stringify(c.knockout)));
    });
  });

  it('shows its help, and is listed in the main usage', async () => {
    const { io, out } = memoryIo();
    expect(await runCli(['couplings', '--help'], io)).toBe(0);
    expect(out.stdout).toBe(COUPLINGS_USAGE);
    expect(USAGE).toContain('couplings [--json]');
  });

  it.each([
    [['couplings', '--csv', 'x'], 'unknown option --csv'],
    [['couplings', 'file.nocturne'], 'takes no file'],
  ])('refuses %j with exit 2 and one line on stderr', async (argv, message) => {
    const { io, out } = memoryIo();
    expect(await runCli(argv, io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(message);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
  });
});
