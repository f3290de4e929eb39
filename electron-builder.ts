/**
 * electron-builder's configuration: the installers (`npm run dist`, docs/DESKTOP.md).
 * electron-builder finds this file by its name and loads it as TypeScript (through jiti);
 * build/builderConfig.test.ts loads the same object and checks it.
 *
 * Linux: AppImage and deb. macOS: dmg and zip (unsigned unless CSC_LINK etc. are set). Windows:
 * an NSIS installer. Each is built on its own OS (.github/workflows/desktop.yml), because the
 * @napi-rs/canvas binary in node_modules is the one for the OS that ran `npm ci`.
 */
import type { Configuration, FileAssociation } from 'electron-builder';
import { afterPack } from './build/afterPack.ts';
import { PACKAGED_RESOURCES } from './main/resources.ts';
import { EXPERIMENT_EXTENSION } from './shared/experiment/format.ts';

export const APP_ID = 'org.nocturne.lab';

/** The saved extension without its dot, as electron-builder and the OSes want it. */
const extension = EXPERIMENT_EXTENSION.slice(1);

/** One file type, `*.nocturne`: double-clicking one opens it in Nocturne. */
export const EXPERIMENT_FILE_TYPE = {
  ext: extension,
  name: 'Nocturne experiment',
  description: 'Nocturne sleep experiment',
  mimeType: 'application/x-nocturne-experiment',
  role: 'Editor',
  /** macOS's Uniform Type Identifier for the files: under the app id, as Apple asks. */
  uti: `${APP_ID}.experiment`,
} as const;

const association: FileAssociation = {
  ext: EXPERIMENT_FILE_TYPE.ext,
  name: EXPERIMENT_FILE_TYPE.name,
  description: EXPERIMENT_FILE_TYPE.description,
  mimeType: EXPERIMENT_FILE_TYPE.mimeType,
  role: EXPERIMENT_FILE_TYPE.role,
};

/**
 * A Debian package must name a maintainer with an e-mail, and package.json has no author.
 * example.org is reserved (RFC 2606) and reaches no one: replace it with the project's contact.
 */
const MAINTAINER = 'Nocturne Lab <nocturne@example.org>';

const config: Configuration = {
  appId: APP_ID,
  productName: 'Nocturne',
  directories: { output: 'dist', buildResources: 'build' },
  // Only the built app; production dependencies in node_modules are added by electron-builder
  // itself. Sources, tests, docs and scripts stay out; so do the source maps.
  // out/web is the web edition (npm run build:web): a static site, never loaded by the desktop app.
  files: ['out/**/*', '!out/**/*.map', '!out/web/**', 'package.json'],
  asar: true,
  // Native code cannot be loaded from inside an asar: the .node binary lives in the platform
  // package (@napi-rs/canvas-linux-x64-gnu, -darwin-arm64, -win32-x64-msvc, …), and the loader
  // that picks it in @napi-rs/canvas itself.
  asarUnpack: ['node_modules/@napi-rs/canvas/**', 'node_modules/@napi-rs/canvas-*/**'],
  // Fonts are read by path by native code: real files next to app.asar (main/resources.ts).
  extraResources: PACKAGED_RESOURCES.map(({ from, to }) => ({ from, to, filter: ['**/*'] })),
  // @napi-rs/canvas is a Node-API module with prebuilt binaries, the same for Node and any
  // Electron: there is nothing to rebuild (and @electron/rebuild 4 wants Node 22).
  npmRebuild: false,
  afterPack,
  // Installers are uploaded by CI as artifacts; nothing is published from here.
  publish: null,

  linux: {
    target: ['AppImage', 'deb'],
    // Education main category, Science additional (freedesktop menu spec); "Education;Science;".
    category: 'Education;Science',
    icon: 'build/icon.png',
    maintainer: MAINTAINER,
    synopsis: 'A visual lab that simulates sleep',
    fileAssociations: [association],
  },
  // The deb also installs /usr/share/mime/packages/nocturne.xml, made from the association's
  // mimeType, ext and description: a glob for *.nocturne and a generic document icon, nothing
  // more (no sub-class-of application/json, no own icon). The AppImage installs nothing: its
  // .desktop file lists the MIME type, which desktop integrators (appimaged) may register.
  deb: { packageCategory: 'science' },
  mac: {
    target: ['dmg', 'zip'],
    category: 'public.app-category.education',
    icon: 'build/icon.png',
    // Not `fileAssociations` here: electron-builder would write a document type by extension
    // only. macOS wants the type by UTI (LSItemContentTypes), and the UTI declared as ours and a
    // kind of JSON, so Quick Look and text editors still know what the file is. One document
    // type, written whole; icon.icns is the name electron-builder gives the app icon.
    extendInfo: {
      CFBundleDocumentTypes: [
        {
          CFBundleTypeName: EXPERIMENT_FILE_TYPE.name,
          CFBundleTypeRole: EXPERIMENT_FILE_TYPE.role,
          CFBundleTypeIconFile: 'icon.icns',
          LSHandlerRank: 'Owner',
          LSItemContentTypes: [EXPERIMENT_FILE_TYPE.uti],
        },
      ],
      UTExportedTypeDeclarations: [
        {
          UTTypeIdentifier: EXPERIMENT_FILE_TYPE.uti,
          UTTypeDescription: EXPERIMENT_FILE_TYPE.description,
          UTTypeConformsTo: ['public.json'],
          UTTypeIconFile: 'icon.icns',
          UTTypeTagSpecification: {
            'public.filename-extension': [EXPERIMENT_FILE_TYPE.ext],
            'public.mime-type': [EXPERIMENT_FILE_TYPE.mimeType],
          },
        },
      ],
    },
  },
  win: {
    target: ['nsis'],
    icon: 'build/icon.png',
    fileAssociations: [association],
  },
  nsis: {
    // An assisted installer: the person chooses per-user or all users and the folder.
    oneClick: false,
    allowToChangeInstallationDirectory: true,
  },
};

export default config;
