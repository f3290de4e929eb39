/**
 * Before/after on a shared machine: `tsx scripts/bench-ab.ts [--base <git rev>] [--runs N]`.
 *
 * Bundles the engine (shared/) of a git revision (default: main) and of the working tree side by
 * side, loads both into this process and alternates their calls, so both see the same load
 * moment by moment; prints the CPU milliseconds per default night (median, p10, min) for a cold
 * night (run-in cache off, seed varied) and a warm one (cache on, caffeine dose varied, one seed),
 * and checks that both engines give the same fingerprint (every bit of the stage, the series and
 * the metrics) for every scenario and two seeds, with and without a caffeine dose.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Written next to each engine's shared/ and bundled with it. */
const ENTRY = `
import { resolveParameters, SCENARIOS } from './shared/model/scenarios';
import { simulateNight } from './shared/model/engine';
import { configureRunInCache } from './shared/model/runInCache';
const params = resolveParameters('baseline');
export function cold(i) {
  configureRunInCache({ enabled: false });
  try { simulateNight(params, 1 + (i % 10)); } finally { configureRunInCache({ enabled: true }); }
}
export function warm(i) { simulateNight({ ...params, caffeine_mg: 5 * (i % 80) }, 1); }
function fnv(h, bytes) {
  for (let i = 0; i < bytes.length; i++) { h ^= bytes[i]; h = Math.imul(h, 0x01000193) >>> 0; }
  return h;
}
function fingerprint(r) {
  let h = fnv(0x811c9dc5, r.stage);
  for (const id of Object.keys(r.series).sort()) {
    const s = r.series[id];
    h = fnv(h, new Uint8Array(s.buffer, s.byteOffset, s.byteLength));
  }
  const bits = new Float64Array(1);
  for (const id of Object.keys(r.metrics).sort()) {
    const v = r.metrics[id];
    bits[0] = v === null ? NaN : v;
    h = fnv(h, new Uint8Array(bits.buffer));
    if (v === null) h = fnv(h, new Uint8Array([7]));
  }
  return h.toString(16).padStart(8, '0');
}
export function fingerprints() {
  const out = [];
  for (const s of SCENARIOS) for (const seed of [1, 7]) {
    out.push(s.id + '/' + seed + ' ' + fingerprint(simulateNight(resolveParameters(s.id), seed)));
    const dosed = resolveParameters(s.id, { caffeine_mg: 250 });
    out.push(s.id + '/' + seed + '+caf ' + fingerprint(simulateNight(dosed, seed)));
  }
  return out;
}
`;

interface Engine {
  cold(i: number): void;
  warm(i: number): void;
  fingerprints(): string[];
}

async function bundle(dir: string, name: string): Promise<Engine> {
  writeFileSync(join(dir, 'ab-entry.js'), ENTRY);
  const outfile = join(dir, `${name}.mjs`);
  await build({
    entryPoints: [join(dir, 'ab-entry.js')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  });
  return (await import(pathToFileURL(outfile).href)) as Engine;
}

function cpuMs(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

const quantile = (x: readonly number[], f: number) => [...x].sort((a, b) => a - b)[Math.floor(f * (x.length - 1))]!;

function compare(a: Engine, b: Engine, mode: 'cold' | 'warm', runs: number): string {
  for (let i = 0; i < 15; i++) {
    a[mode](i);
    b[mode](i);
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither always runs right after the other's garbage.
    if (i % 2 === 0) {
      ta.push(cpuMs(() => a[mode](i)));
      tb.push(cpuMs(() => b[mode](i)));
    } else {
      tb.push(cpuMs(() => b[mode](i)));
      ta.push(cpuMs(() => a[mode](i)));
    }
  }
  const f = (x: number) => x.toFixed(2);
  const [ma, mb, pa, pb] = [quantile(ta, 0.5), quantile(tb, 0.5), quantile(ta, 0.1), quantile(tb, 0.1)];
  return (
    `${mode}: median ${f(ma)} → ${f(mb)} ms (×${(mb / ma).toFixed(2)}), p10 ${f(pa)} → ${f(pb)} ms ` +
    `(×${(pb / pa).toFixed(2)}), min ${f(quantile(ta, 0))} → ${f(quantile(tb, 0))} ms; CPU time, ${runs} alternating runs each`
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const base = args.includes('--base') ? args[args.indexOf('--base') + 1]! : 'main';
  const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 200;
  const work = mkdtempSync(join(tmpdir(), 'nocturne-ab-'));
  try {
    const before = join(work, 'before');
    const after = join(work, 'after');
    mkdirSync(before);
    mkdirSync(after);
    const archive = execFileSync('git', ['archive', base, 'shared'], { cwd: ROOT, maxBuffer: 1 << 28 });
    execFileSync('tar', ['-x', '-C', before], { input: archive });
    cpSync(join(ROOT, 'shared'), join(after, 'shared'), { recursive: true });
    const [a, b] = [await bundle(before, 'before'), await bundle(after, 'after')];
    console.log(`before: ${base}; after: the working tree. Load average (1 min) at start: ${loadavg()[0]!.toFixed(2)}`);
    const fa = a.fingerprints();
    const fb = b.fingerprints();
    const differing = fa.filter((p, i) => p !== fb[i]);
    console.log(
      differing.length === 0
        ? `results: all ${fa.length} fingerprints identical (every bit of stage, series and metrics)`
        : `results DIFFER for ${differing.length} of ${fa.length}: ${differing.slice(0, 4).join(', ')}`,
    );
    console.log(compare(a, b, 'cold', runs));
    console.log(compare(a, b, 'warm', runs * 2));
    console.log(`Load average (1 min) at end: ${loadavg()[0]!.toFixed(2)}`);
    if (differing.length > 0) process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
