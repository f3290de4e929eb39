/**
 * `nocturne cohort merge DIR [--threshold METRIC<VALUE …]`: checks that all K parts of a cohort are
 * in DIR, agree on what was run and are uncorrupted (shared/cohort/manifest.ts), then writes
 * DIR/cohort.csv (every person in index order) and DIR/summary.json, and prints a short table. Any
 * problem is refused before anything is written.
 */
import { join } from 'node:path';
import {
  FIRST_METRIC_COLUMN,
  MergeError,
  PART_PATTERN,
  mergeParts,
  partName,
  readManifest,
  readTableRows,
  shareIntervalText,
  INTERVAL_WORDS,
  summarise,
  summaryJson,
  parseThreshold,
  type CohortSummary,
  type DeltaThreshold,
  type PartFiles,
} from '../shared/cohort';
import { metricInfo } from '../shared/model/metrics';
import { REPORT_METRICS } from '../shared/report/sleepReport';
import { parseArgs } from './args';
import { CliError, EXIT_FAILURE, EXIT_OK, whyUnreadable, type CliIo } from './io';

export const MERGE_USAGE = `  merge DIR       check that all parts of a cohort in DIR are present, consistent and whole, then
                  write DIR/cohort.csv (every person, in index order) and DIR/summary.json (per
                  metric the median and 5/25/75/95 % of A, B and Δ = B − A, the shares beyond
                  each threshold, and the person parameters that go with Δ's spread)
  --threshold T   a threshold on Δ, METRIC<VALUE or METRIC>VALUE (e.g. totalSleepTime_min<-30),
                  repeatable; default: the ones the experiment file's cohort section names
`;

const COMMAND = 'nocturne cohort merge';

const FLAGS = { '--threshold': 'list', '--help': 'boolean', '-h': 'boolean' } as const;

async function readText(io: CliIo, dir: string, name: string, missing: string): Promise<string> {
  try {
    return new TextDecoder('utf-8').decode(await io.fs.readFile(join(dir, name)));
  } catch (error) {
    const why = whyUnreadable(error);
    throw new CliError(
      `${COMMAND}: ${why === 'no such file' ? missing : `cannot read ${name}: ${why}`}; nothing was written`,
    );
  }
}

/** Finds the parts' manifests and their K; every part 0..K−1 must be there. */
async function findParts(io: CliIo, dir: string): Promise<number> {
  if (!io.fs.list) throw new CliError(`${COMMAND}: this environment cannot list folders`, EXIT_FAILURE);
  let names: string[];
  try {
    names = await io.fs.list(dir);
  } catch (error) {
    throw new CliError(`${COMMAND}: cannot read the folder "${dir}": ${whyUnreadable(error)}`);
  }
  const found = names.map((n) => PART_PATTERN.exec(n)).filter((m): m is RegExpExecArray => m !== null);
  if (found.length === 0)
    throw new CliError(`${COMMAND}: "${dir}" holds no cohort parts (part-<i>-of-<K>.json); nothing was written`);
  const counts = [...new Set(found.map((m) => Number(m[2])))].sort((a, b) => a - b);
  if (counts.length > 1) {
    throw new CliError(
      `${COMMAND}: "${dir}" mixes parts of ${counts.join(' and ')} shards; keep one run's parts per folder; nothing was written`,
    );
  }
  const K = counts[0]!;
  const present = new Set(found.map((m) => Number(m[1])));
  const missing = Array.from({ length: K }, (_, i) => i).filter((i) => !present.has(i));
  if (missing.length > 0) {
    throw new CliError(
      `${COMMAND}: ${missing.length} of ${K} parts missing: ${missing.map((i) => partName(i, K, 'json')).join(', ')}; nothing was written`,
    );
  }
  return K;
}

function formatValue(v: number | null, digits: number): string {
  return v === null ? '—' : v.toFixed(digits);
}

/** The short table printed after a merge: Δ's median and 5–95 % for the sleep report's metrics, then the thresholds. */
export function summaryTable(summary: CohortSummary): string {
  const lines = [`cohort of ${summary.n} (${summary.population}, seed ${summary.seed}, ${summary.model})`];
  lines.push(
    `${'metric'.padEnd(24)} ${'A median'.padStart(9)} ${'B median'.padStart(9)} ${'Δ median'.padStart(9)}  Δ 5–95 %           strongest driver of Δ`,
  );
  const shown = new Set<string>([...Object.keys(REPORT_METRICS), ...summary.thresholds.map((t) => t.metric)]);
  for (const m of summary.metrics) {
    if (!shown.has(m.metric)) continue;
    const info = metricInfo(m.metric)!;
    const d = info.unit === 'min' ? 1 : 2;
    const top = m.drivers[0];
    // ρ and its interval ("ρ -0.45, 90 % interval -0.55 to -0.33"), as the Cohort tab gives them.
    const range =
      top && top.low !== null && top.high !== null
        ? `, ${INTERVAL_WORDS} ${top.low.toFixed(2)} to ${top.high.toFixed(2)}`
        : '';
    const driver = top ? `${top.param} (ρ ${top.rho.toFixed(2)}${range})` : '—';
    lines.push(
      `${m.metric.padEnd(24)} ${formatValue(m.a.median, d).padStart(9)} ${formatValue(m.b.median, d).padStart(9)} ${formatValue(m.delta.median, d).padStart(9)}  ${`${formatValue(m.delta.p05, d)} to ${formatValue(m.delta.p95, d)}`.padEnd(18)} ${driver}`,
    );
  }
  for (const t of summary.thresholds) {
    lines.push(
      `Δ ${t.threshold}: ${t.count} of ${t.of} people (${t.share === null ? '—' : `${(100 * t.share).toFixed(1)} %; population ${shareIntervalText(t)}`})`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export async function mergeCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { positionals, flags, lists } = parseArgs(argv, FLAGS, COMMAND);
  if (flags['--help'] || flags['-h']) {
    io.stdout(`Usage: nocturne cohort merge DIR [--threshold METRIC<VALUE …]\n\n${MERGE_USAGE}`);
    return EXIT_OK;
  }
  if (positionals.length !== 1)
    throw new CliError(`${COMMAND}: one folder DIR, got ${positionals.length}; try ${COMMAND} --help`);
  const dir = positionals[0]!;
  const thresholdArgs: DeltaThreshold[] = (lists['--threshold'] ?? []).map((text) => {
    const parsed = parseThreshold(text);
    if (!parsed.ok) throw new CliError(`${COMMAND}: --threshold ${parsed.message}`);
    return parsed.threshold;
  });

  const K = await findParts(io, dir);
  const parts: PartFiles[] = [];
  for (let i = 0; i < K; i++) {
    const jsonName = partName(i, K, 'json');
    const csvName = partName(i, K, 'csv');
    let manifest;
    try {
      manifest = readManifest(jsonName, await readText(io, dir, jsonName, `${jsonName} is missing`));
    } catch (error) {
      if (error instanceof MergeError) throw new CliError(`${COMMAND}: ${error.message}; nothing was written`);
      throw error;
    }
    parts.push({
      manifest,
      csv: await readText(io, dir, csvName, `${csvName} is missing (its manifest ${jsonName} is there)`),
    });
  }
  let merged;
  try {
    merged = mergeParts(parts, FIRST_METRIC_COLUMN);
  } catch (error) {
    if (error instanceof MergeError) throw new CliError(`${COMMAND}: ${error.message}; nothing was written`);
    throw error;
  }
  const records = readTableRows(merged.lines, merged.header, merged.params);
  const first = merged.first;
  const summary = summarise(
    records,
    merged.params,
    { seed: first.seed, population: first.population, model: first.model },
    thresholdArgs.length > 0 ? thresholdArgs : first.thresholds,
  );
  try {
    await io.fs.writeFileAtomic(join(dir, 'cohort.csv'), merged.csv);
    await io.fs.writeFileAtomic(join(dir, 'summary.json'), summaryJson(summary));
  } catch (error) {
    throw new CliError(`${COMMAND}: cannot write to "${dir}": ${(error as Error).message}`, EXIT_FAILURE);
  }
  io.stdout(summaryTable(summary));
  io.stderr(
    `${COMMAND}: ${K} part${K === 1 ? '' : 's'}, ${records.length} persons → ${join(dir, 'cohort.csv')}, ${join(dir, 'summary.json')}\n`,
  );
  return EXIT_OK;
}
