/**
 * The BUILT main process's lifecycle (tests/desktop/lifecycleScenarios.ts), each scenario in its
 * own Node process with a fake electron (a module hook, fakeElectron.ts typed against Electron's
 * declarations), so the app's Electron edge is proven on machines that have no Electron binary.
 * Also: every name the built main imports from electron exists in Electron's declarations and in
 * the fake.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as fakeElectron from './fakeElectron';
import { SCENARIOS } from './lifecycleScenarios';
import { OUT, ROOT } from './paths';

describe('the built main process under a fake electron', () => {
  it.each(Object.keys(SCENARIOS))('%s', (name) => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/desktop/runMain.ts'), name], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 25_000,
    });
    if (run.status !== 0) throw new Error(`scenario failed (exit ${run.status}):\n${run.stderr}\n${run.stdout}`);
    expect(run.stdout).toContain(`ok ${name}`);
  });
});

/** Names a built bundle imports from "electron". */
function electronImports(code: string): string[] {
  const names: string[] = [];
  for (const match of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*"electron(?:\/main)?"/g)) {
    for (const part of match[1]!.split(',')) {
      const name = part.trim().split(/\s+as\s+/)[0]!;
      if (name) names.push(name);
    }
  }
  return names;
}

describe('electron names the built main imports', () => {
  const mainDir = join(OUT, 'main');
  const bundles = [
    ...readdirSync(mainDir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => join(mainDir, f)),
    ...readdirSync(join(mainDir, 'chunks')).map((f) => join(mainDir, 'chunks', f)),
  ];
  const imported = [...new Set(bundles.flatMap((file) => electronImports(readFileSync(file, 'utf8'))))].sort();
  const declarations = readFileSync(join(ROOT, 'node_modules/electron/electron.d.ts'), 'utf8');
  // What `electron` gives the main process: `namespace Main` and `namespace Common` in electron.d.ts
  // (not Renderer: ipcRenderer or contextBridge would be undefined in main).
  const namespace = (name: string) =>
    new RegExp(`\\n {2}namespace ${name} \\{([\\s\\S]*?)\\n {2}\\}`).exec(declarations)?.[1] ?? '';
  const mainNamespace = namespace('Main') + namespace('Common');

  it('finds the imports (so the checks below check something)', () => {
    expect(imported).toEqual(expect.arrayContaining(['app', 'BrowserWindow', 'ipcMain', 'protocol']));
    expect(mainNamespace.length).toBeGreaterThan(1000);
  });

  it('imports only names Electron declares for the main process', () => {
    const declared = (name: string) => new RegExp(`\\b(const|class|function) ${name}\\b`).test(mainNamespace);
    expect(imported.filter((name) => !declared(name))).toEqual([]);
  });

  it('imports only names the fake provides (or the lifecycle runs would not link)', () => {
    expect(imported.filter((name) => !(name in fakeElectron))).toEqual([]);
  });

  it('keeps electron out of the workers (they run in worker_threads, where there is no electron)', () => {
    for (const worker of ['worker.js', 'exportWorker.js']) {
      expect(electronImports(readFileSync(join(mainDir, worker), 'utf8'))).toEqual([]);
      expect(readFileSync(join(mainDir, worker), 'utf8')).not.toMatch(/from "electron"|require\("electron"\)/);
    }
  });
});
