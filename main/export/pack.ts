/**
 * The figure pack (shared/export/pack.ts) rendered on the desktop's rasteriser: the same names
 * and signatures as before the pack moved to shared/. packWriter.ts puts it on disk.
 */
import type { PackOptions } from '../../shared/export/options';
import * as shared from '../../shared/export/pack';
import type { PackFile } from '../../shared/export/packLayout';
import type { ExportSource } from '../../shared/export/source';
import { desktopFigureBackend } from './nodeCanvas';

export { completePack, notDrawn, type PackInput } from '../../shared/export/pack';

export function buildFigurePack(input: shared.PackInput, options: PackOptions): Promise<PackFile[]> {
  return shared.buildFigurePack(input, options, desktopFigureBackend());
}

export function renderPackFiles(
  input: ExportSource,
  options: PackOptions,
  printed: { printedReport: boolean },
): Promise<PackFile[]> {
  return shared.renderPackFiles(input, options, printed, desktopFigureBackend());
}
