/**
 * Errors of export jobs, and their form when they cross from the export worker to main: small and
 * free of the renderers, so main's handlers can name them without loading canvas or Chart.js.
 */

import { ChartRefError } from '../../shared/export/chartRefError';

export { ChartRefError } from '../../shared/export/chartRefError';

export interface JobFailure {
  readonly name: 'ChartRefError' | 'RangeError' | 'Error';
  readonly message: string;
  readonly field?: string;
}

export function toJobFailure(error: unknown): JobFailure {
  if (error instanceof ChartRefError) return { name: 'ChartRefError', message: error.message, field: error.field };
  if (error instanceof RangeError) return { name: 'RangeError', message: error.message };
  return { name: 'Error', message: error instanceof Error ? error.message : String(error) };
}

export function fromJobFailure(failure: JobFailure): Error {
  if (failure.name === 'ChartRefError') return new ChartRefError(failure.message, failure.field ?? 'chart');
  if (failure.name === 'RangeError') return new RangeError(failure.message);
  return new Error(failure.message);
}
