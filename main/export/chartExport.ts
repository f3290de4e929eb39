/**
 * One chart as a file (shared/export/chartExport.ts) rendered on the desktop's rasteriser: the
 * same names and signatures as before the chart export moved to shared/.
 */
import * as shared from '../../shared/export/chartExport';
import { desktopFigureBackend } from './nodeCanvas';

export {
  ChartRefError,
  chartRow,
  chartSpec,
  type ChartExportInput,
  type ChartFile,
  type ChartRef,
} from '../../shared/export/chartExport';

export function buildChartFile(input: shared.ChartExportInput): Promise<shared.ChartFile> {
  return shared.buildChartFile(input, desktopFigureBackend());
}
