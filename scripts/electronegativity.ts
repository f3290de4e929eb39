/**
 * The Electronegativity security audit (Doyensec) of the BUILT app in out/, for CI:
 *
 *   npm run -s build && npm run -s audit:electron
 *
 * It audits the bundles, not the TypeScript sources: its parsers are old and misread TypeScript,
 * and the bundles are what actually ships. Every finding is printed with its severity and
 * confidence; the exit code is 1 when a HIGH finding is not on the reasoned allow-list below, and
 * 2 when the audit could not run properly (nothing parsed, a file it could not parse).
 *
 * It is driven through its Node API rather than its CLI: the CLI reads its options in a way the
 * hoisted `commander` of this tree (v10) no longer supports, so `electronegativity -i out` prints
 * its usage and scans nothing. The API also hands back the findings and the parse errors as data.
 */
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Level {
  readonly value: number;
  readonly name: string;
}

export interface Finding {
  readonly id: string;
  /** Relative to the audited folder, with forward slashes; .cjs/.mjs names restored. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: string;
  readonly confidence: string;
  readonly manualReview: boolean;
  readonly description: string;
  readonly url: string;
}

export interface AllowEntry {
  readonly check: string;
  readonly file: string;
  readonly why: string;
}

/**
 * HIGH findings that are known false positives and cannot be fixed in the code. Each must name the
 * check, the file, and why it is safe. Empty now: the two HIGH false positives the audit raised
 * (CONTEXT_ISOLATION_JS_CHECK and SANDBOX_JS_CHECK on window.ts, because the options came from a
 * spread it cannot follow) were fixed in main/electron/window.ts by writing those options out literally.
 */
export const ALLOW_LIST: readonly AllowEntry[] = [];

interface RawIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: Level;
  confidence: Level;
  manualReview?: boolean;
  description: string;
  shortenedURL?: string;
}

interface RunResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: RawIssue[];
}

type Run = (options: Record<string, unknown>, forCli: boolean) => Promise<RunResult>;

export interface AuditReport {
  readonly checks: number;
  readonly parsed: readonly string[];
  readonly parseErrors: readonly string[];
  readonly warnings: readonly string[];
  readonly findings: readonly Finding[];
}

/** The file types Electronegativity reads; it skips .cjs/.mjs, so those are audited under a .js name. */
const AUDITED = new Set(['.js', '.cjs', '.mjs', '.html', '.htm']);

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && AUDITED.has(extname(e.name)))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/**
 * Audits a built folder: copies its JS and HTML to a scratch folder (renaming .cjs/.mjs to .js so
 * the preload is read too), runs every check except the one that downloads Electron's release list
 * (the Electron version is pinned in package.json and not part of out/; a network fetch would make
 * CI depend on GitHub), and maps findings back to the original names.
 */
export async function auditFolder(
  input: string,
  electronVersion: string,
  parts?: readonly string[],
): Promise<AuditReport> {
  const files = (await listFiles(input)).filter((f) => !parts || parts.some((part) => f.startsWith(`${part}/`)));
  const stage = await mkdtemp(join(tmpdir(), 'nocturne-audit-'));
  const original = new Map<string, string>();
  try {
    for (const file of files) {
      const staged = file.replace(/\.(cjs|mjs)$/, '.js');
      if (original.has(staged)) throw new Error(`two files would be audited as ${staged}`);
      original.set(staged, file);
      await cp(join(input, file), join(stage, staged));
    }
    const run = createRequire(import.meta.url)('@doyensec/electronegativity') as Run;
    const result = await run(
      {
        input: stage,
        isRelative: true,
        isSarif: false,
        customScan: [],
        excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
        parserPlugins: [],
        electronVersionOverride: electronVersion,
      },
      false,
    );
    const back = (file: string) => {
      const rel = relative(stage, resolve(stage, file)).split(sep).join('/');
      return original.get(rel) ?? rel;
    };
    const failed = new Set(result.errors.filter((e) => !e.tolerable).map((e) => back(e.file)));
    return {
      checks: result.globalChecks + result.atomicChecks,
      parsed: files.filter((f) => !failed.has(f)),
      parseErrors: result.errors.filter((e) => !e.tolerable).map((e) => `${back(e.file)}: ${e.message}`),
      warnings: result.errors.filter((e) => e.tolerable).map((e) => `${back(e.file)}: ${e.message}`),
      findings: result.issues.map((issue) => ({
        id: issue.id,
        file: back(issue.file),
        line: issue.location.line,
        column: issue.location.column,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        manualReview: issue.manualReview === true,
        description: issue.description,
        url: issue.shortenedURL ?? '',
      })),
    };
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

export function allowed(finding: Finding, allowList: readonly AllowEntry[]): AllowEntry | undefined {
  return allowList.find((entry) => entry.check === finding.id && entry.file === finding.file);
}

/** The verdict: what is blocking (HIGH and not allowed), and whether the audit itself was sound. */
export function judge(
  report: AuditReport,
  allowList: readonly AllowEntry[],
  required: readonly string[],
): { blocking: Finding[]; problems: string[] } {
  const problems: string[] = [];
  if (report.checks === 0) problems.push('no checks were loaded');
  if (report.parsed.length === 0) problems.push('no file was parsed');
  for (const file of required) if (!report.parsed.includes(file)) problems.push(`${file} was not audited`);
  problems.push(...report.parseErrors.map((e) => `could not parse ${e}`));
  const blocking = report.findings.filter((f) => f.severity === 'HIGH' && !allowed(f, allowList));
  return { blocking, problems };
}

async function main(): Promise<number> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const out = join(root, 'out');
  // The three entry points of the app: if any is missing the build is not what we think it is.
  const required = ['main/index.js', 'preload/index.cjs', 'renderer/index.html'];
  const electronVersion = (createRequire(import.meta.url)('electron/package.json') as { version: string }).version;
  let report: AuditReport;
  try {
    // The desktop app's parts only: out/web is the web edition (npm run build:web), which Electron
    // never loads; its CSP is checked against the desktop's by web/csp.test.ts.
    report = await auditFolder(out, electronVersion, ['main', 'preload', 'renderer']);
  } catch (error) {
    console.error(`audit:electron: the audit failed to run: ${(error as Error).message}`);
    console.error('(build first: npm run -s build)');
    return 2;
  }
  const { blocking, problems } = judge(report, ALLOW_LIST, required);
  console.log(
    `Electronegativity on out/ (Electron ${electronVersion}): ${report.checks} checks, ` +
      `${report.parsed.length} files parsed: ${report.parsed.join(', ')}`,
  );
  for (const warning of report.warnings) console.log(`  parser warning: ${warning}`);
  const order = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];
  const sorted = [...report.findings].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
  for (const f of sorted) {
    const entry = allowed(f, ALLOW_LIST);
    const tag = f.severity === 'HIGH' ? (entry ? 'ALLOWED' : 'BLOCKING') : 'reported';
    console.log(
      `  ${f.severity.padEnd(6)} ${f.confidence.padEnd(9)} ${f.id} ${f.file}:${f.line}:${f.column}` +
        `${f.manualReview ? ' (manual review)' : ''} [${tag}] ${f.description} ${f.url}`,
    );
    if (entry) console.log(`         allowed because: ${entry.why}`);
  }
  const count = (s: string) => report.findings.filter((f) => f.severity === s).length;
  console.log(
    `Findings: ${count('HIGH')} high, ${count('MEDIUM')} medium, ${count('LOW')} low, ` +
      `${count('INFORMATIONAL')} informational; ${blocking.length} blocking.`,
  );
  for (const entry of ALLOW_LIST) {
    if (!report.findings.some((f) => allowed(f, [entry]))) {
      console.log(`  note: allow-list entry ${entry.check} on ${entry.file} matched nothing; remove it`);
    }
  }
  if (problems.length > 0) {
    for (const p of problems) console.error(`audit:electron: ${p}`);
    return 2;
  }
  if (blocking.length > 0) {
    console.error(`audit:electron: FAILED: ${blocking.length} high finding(s) not on the allow-list`);
    return 1;
  }
  console.log('audit:electron: passed (no high finding)');
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
