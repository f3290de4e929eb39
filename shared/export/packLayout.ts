/**
 * What a figure pack folder holds: the manifest's and the experiment's file names, the files as
 * plain data and the manifest's shape. The renderer (pack.ts) makes them and the writer
 * (packWriter.ts) writes them, and this file loads neither the renderers nor the disk.
 */
import { sha256Hex } from '../fit/sha256';
import { EXPERIMENT_EXTENSION } from '../experiment';
import type { Background, FigureSize, PackFormat, PaperSize } from './options';
import type { Provenance } from './provenance';

export const PACK_MANIFEST = 'manifest.json';
export const PACK_EXPERIMENT = `experiment${EXPERIMENT_EXTENSION}`;

export interface PackFile {
  /** Relative to the pack folder, with forward slashes. */
  readonly path: string;
  readonly data: Uint8Array;
}

export interface ManifestFile {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** A figure's charts said, not drawn: flat in both nights over its window (shared/plot/signal.ts flatLines). */
export interface NotDrawn {
  /** The figure's id (its file stem). */
  readonly figure: string;
  readonly title: string;
  /** True when nothing of the figure was left to draw, so it has no file. */
  readonly omitted: boolean;
  /** One per chart series, e.g. "Caffeine: none in either night". */
  readonly lines: readonly string[];
}

export interface PackManifest extends Provenance {
  readonly format: 'nocturne-figure-pack';
  readonly version: 1;
  readonly experimentFile: string;
  readonly options: {
    readonly formats: readonly PackFormat[];
    readonly figureSize: FigureSize;
    readonly figureWidth_mm: number;
    readonly pngDpi: number;
    readonly scale: number;
    readonly background: Background;
    readonly paper: PaperSize;
  };
  readonly files: readonly ManifestFile[];
  readonly notDrawn: readonly NotDrawn[];
}

/** Hex SHA-256 of a file, as the manifest lists it (pure, so the browser's pack has the same manifest). */
export function sha256(data: Uint8Array): string {
  return sha256Hex(data);
}
