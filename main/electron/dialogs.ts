/** Electron's file dialogs behind the FileDialogs interface the handlers use. */
import { dialog, type BrowserWindow } from 'electron';
import type { FileDialogs, FitFileRole } from '../ipc/handlers';
import type { ExportFileFormat } from '../../shared/export/options';
import { EXPERIMENT_FILE_NAMES, withExperimentExtension } from '../../shared/experiment/format';
import { HYPNOGRAM_EXTENSIONS } from '../../shared/report/import';
import { DATA_FILE_EXTENSIONS, type DataFileKind } from '../../shared/report/import/dataFile';

const EXPORT_FILTERS: Record<ExportFileFormat, { name: string; extensions: string[] }> = {
  png: { name: 'PNG image', extensions: ['png'] },
  svg: { name: 'SVG vector image', extensions: ['svg'] },
  csv: { name: 'CSV data', extensions: ['csv'] },
  json: { name: 'JSON data', extensions: ['json'] },
};

// Electron wants the extensions without their dot; every name that opens is offered.
const FILTERS = [
  { name: 'Nocturne experiment', extensions: EXPERIMENT_FILE_NAMES.open.map((extension) => extension.slice(1)) },
  { name: 'All files', extensions: ['*'] },
];

const HYPNOGRAM_FILTERS = [
  { name: 'Hypnogram (EDF+, text, CSV, TSV)', extensions: [...HYPNOGRAM_EXTENSIONS] },
  { name: 'All files', extensions: ['*'] },
];

const PVT_FILTERS = [
  { name: 'PVT sessions (CSV, TSV, text)', extensions: ['csv', 'tsv', 'txt'] },
  { name: 'All files', extensions: ['*'] },
];

const DATA_FILTERS = [
  { name: 'Sleep diary or light log (CSV, TSV, text, zip)', extensions: [...DATA_FILE_EXTENSIONS] },
  { name: 'All files', extensions: ['*'] },
];

const FIT_TITLES: Record<FitFileRole, string> = {
  pvt: 'Fit a sleeper to PVT sessions…',
  light: 'Fit a sleeper’s clock: the light log…',
  dlmo: 'Fit a sleeper’s clock: the DLMOs…',
};
const DATA_TITLES: Record<DataFileKind | 'either', string> = {
  diary: 'Open a sleep diary…',
  lightLog: 'Open a light log…',
  either: 'Open a sleep diary or a light log…',
};

export function electronDialogs(window: () => BrowserWindow | null, defaultFolder: string): FileDialogs {
  return {
    async chooseOpenPath() {
      const owner = window();
      const options = { properties: ['openFile' as const], filters: FILTERS, defaultPath: defaultFolder };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseHypnogramPath() {
      const owner = window();
      const options = {
        title: 'Open a measured night (hypnogram)…',
        properties: ['openFile' as const],
        filters: HYPNOGRAM_FILTERS,
        defaultPath: defaultFolder,
      };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async choosePvtPath(role = 'pvt') {
      const owner = window();
      const options = {
        title: FIT_TITLES[role],
        properties: ['openFile' as const],
        filters: PVT_FILTERS,
        defaultPath: defaultFolder,
      };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseDataPath(kind) {
      const owner = window();
      const options = {
        title: DATA_TITLES[kind ?? 'either'],
        properties: ['openFile' as const],
        filters: DATA_FILTERS,
        defaultPath: defaultFolder,
      };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFolder() {
      const owner = window();
      const options = {
        title: 'Export the figure pack into…',
        properties: ['openDirectory' as const, 'createDirectory' as const],
        defaultPath: defaultFolder,
      };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseExportPath(suggestedName, format) {
      const owner = window();
      const filter = EXPORT_FILTERS[format];
      const options = {
        title: format === 'json' ? 'Export the summary as…' : 'Export as…',
        filters: [filter],
        defaultPath: `${defaultFolder}/${suggestedName}`,
      };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return result.filePath.toLowerCase().endsWith(`.${format}`) ? result.filePath : `${result.filePath}.${format}`;
    },
    async chooseSavePath(suggestedName) {
      const owner = window();
      const options = { filters: FILTERS, defaultPath: `${defaultFolder}/${suggestedName}` };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return withExperimentExtension(result.filePath);
    },
  };
}
