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
