/**
 * electron-builder's afterPack hook: flips the fuses (build/fuses.ts) in the packed Electron
 * binary. afterPack runs after the app is copied and before it is signed, which is the order
 * fuses need: flipping rewrites the binary, so it must come before the signature.
 */
import { flipFuses } from '@electron/fuses';
import { join } from 'node:path';
import type { AfterPackContext } from 'electron-builder';
import { FUSES } from './fuses';

/** The part of electron-builder's context the hook reads, so a test can pass a plain object. */
export type PackedApp = Pick<AfterPackContext, 'appOutDir' | 'electronPlatformName' | 'arch'> & {
  readonly packager: {
    readonly appInfo: { readonly productFilename: string };
    /** Set by the Linux packager only: the executable's file name (from the package name). */
    readonly executableName?: string;
  };
};

/** builder-util's Arch.arm64; a literal, so this file does not load electron-builder to run. */
const ARCH_ARM64 = 3;

/**
 * The file @electron/fuses edits, found the way electron-builder names it: on macOS the .app
 * bundle (@electron/fuses finds the Electron Framework inside it), on Windows the .exe, on
 * Linux the executable named after the package.
 */
export function packedExecutable(context: PackedApp): string {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      if (!packager.executableName) throw new Error('afterPack: the Linux packager gave no executable name');
      return join(appOutDir, packager.executableName);
    default:
      throw new Error(`afterPack: no fuse target for platform "${electronPlatformName}"`);
  }
}

/**
 * Flips FUSES in the packed app. On Apple silicon an edited binary fails its ad-hoc signature
 * and will not start even unsigned, so @electron/fuses re-signs it ad hoc there.
 */
export async function afterPack(context: PackedApp, flip: typeof flipFuses = flipFuses): Promise<void> {
  const darwin = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  await flip(packedExecutable(context), {
    ...FUSES,
    resetAdHocDarwinSignature: darwin && context.arch === ARCH_ARM64,
  });
}

export default afterPack;
