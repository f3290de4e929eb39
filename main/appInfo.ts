/** What the app says about itself: names and versions (Help → About, file provenance). */
import { MODEL_INFO } from '../shared/model/engine';
import type { AppInfo } from '../shared/ipc';

/** The fields of package.json the app reports. */
export interface PackageFacts {
  readonly productName: string;
  readonly version: string;
}

export function appInfo(pkg: PackageFacts, platform: string): AppInfo {
  return { app: { name: pkg.productName, version: pkg.version }, model: MODEL_INFO, platform };
}

/** The About text under the name and version: the model and the runtime it runs on. */
export function aboutDetail(info: AppInfo, versions: Partial<Record<'electron' | 'chrome' | 'node', string>>): string {
  return [
    `Model: ${info.model.name} ${info.model.version}`,
    `Electron ${versions.electron ?? '?'}, Chromium ${versions.chrome ?? '?'}, Node ${versions.node ?? '?'}`,
  ].join('\n');
}
