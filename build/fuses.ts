/**
 * The Electron fuses the installers flip: switches compiled into the Electron binary that no
 * command-line flag or environment variable can turn back on. Declared once here; the afterPack
 * hook (build/afterPack.ts) passes exactly this to @electron/fuses, and
 * build/builderConfig.test.ts checks both.
 *
 * Why each one: the app runs only its own code from its own asar.
 * - RunAsNode off: `ELECTRON_RUN_AS_NODE=1 Nocturne script.js` would turn the signed app into a
 *   plain Node that runs anything.
 * - EnableNodeOptionsEnvironmentVariable off: NODE_OPTIONS could preload code into main.
 * - EnableNodeCliInspectArguments off: `--inspect` would open a debugger into main.
 * - OnlyLoadAppFromAsar on, EnableEmbeddedAsarIntegrityValidation on: load the app only from
 *   app.asar, and only if its header matches the hash electron-builder records in the binary
 *   (Windows) or Info.plist (macOS), so an edited asar is refused.
 * - GrantFileProtocolExtraPrivileges off: file:// pages get no more rights than web pages; the
 *   renderer is loaded from the asar, which does not need them.
 * - EnableCookieEncryption on: cookies on disk are encrypted with the OS keychain's key.
 */
import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

export const FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
} as const satisfies FuseV1Config;
