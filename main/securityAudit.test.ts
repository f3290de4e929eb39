/**
 * The CI audit (scripts/electronegativity.ts) can fail: run on a small built app whose window turns
 * context isolation off, it must report a HIGH finding and block; its verdict must also refuse an
 * audit that parsed nothing or missed an entry point, and honour only exact allow-list entries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditFolder, judge, type AuditReport, type Finding } from '../scripts/electronegativity';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nocturne-audit-fixture-'));
  await mkdir(join(dir, 'main'));
  await mkdir(join(dir, 'preload'));
  await writeFile(
    join(dir, 'main', 'index.js'),
    `import { BrowserWindow } from 'electron';\n` +
      `export const w = new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: true } });\n`,
  );
  // A .cjs file, as the real preload: the audit must read it under a .js name and map it back.
  await writeFile(
    join(dir, 'preload', 'index.cjs'),
    `const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { contextIsolation: false } });\n`,
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const finding = (over: Partial<Finding>): Finding => ({
  id: 'CONTEXT_ISOLATION_JS_CHECK',
  file: 'main/index.js',
  line: 1,
  column: 0,
  severity: 'HIGH',
  confidence: 'FIRM',
  manualReview: false,
  description: '',
  url: '',
  ...over,
});

describe('the Electronegativity audit script', () => {
  it('finds context isolation turned off, in the .js and the .cjs file, and blocks on it', async () => {
    const report = await auditFolder(dir, '45.5.0');
    expect(report.checks).toBeGreaterThan(30);
    expect(report.parsed).toEqual(['main/index.js', 'preload/index.cjs']);
    const high = report.findings.filter((f) => f.id === 'CONTEXT_ISOLATION_JS_CHECK' && f.severity === 'HIGH');
    expect(high.map((f) => f.file).sort()).toEqual(['main/index.js', 'preload/index.cjs']);
    const { blocking, problems } = judge(report, [], ['main/index.js']);
    expect(problems).toEqual([]);
    expect(blocking.length).toBeGreaterThanOrEqual(2);
  }, 120_000);

  it('allows a HIGH finding only for the exact check and file of an entry', () => {
    const report: AuditReport = {
      checks: 41,
      parsed: ['main/index.js'],
      parseErrors: [],
      warnings: [],
      findings: [finding({}), finding({ file: 'main/other.js' }), finding({ severity: 'MEDIUM', id: 'X' })],
    };
    const entry = { check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'main/index.js', why: 'test' };
    expect(judge(report, [entry], []).blocking.map((f) => f.file)).toEqual(['main/other.js']);
    expect(judge(report, [], []).blocking).toHaveLength(2);
  });

  it('refuses an audit that parsed nothing, failed to parse, or missed an entry point', () => {
    const empty: AuditReport = { checks: 41, parsed: [], parseErrors: [], warnings: [], findings: [] };
    expect(judge(empty, [], ['main/index.js']).problems).toEqual([
      'no file was parsed',
      'main/index.js was not audited',
    ]);
    const broken: AuditReport = { ...empty, parsed: ['a.js'], parseErrors: ['b.js: Unexpected token'] };
    expect(judge(broken, [], []).problems).toEqual(['could not parse b.js: Unexpected token']);
    expect(judge({ ...empty, checks: 0, parsed: ['a.js'] }, [], []).problems).toEqual(['no checks were loaded']);
  });
});
