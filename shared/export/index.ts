/** Writers for exported data (pure: they return text; main/ puts it on disk). */
export { csvField, csvFixed, csvNumber, csvRow, CSV_LINE_END } from './csv';
export { timeseriesCsv, TIMESERIES_COLUMNS, type NightSeries, type TimeseriesOptions } from './timeseries';
export { metricsCsv, METRICS_COLUMNS } from './metricsCsv';
export { chartCsv, type ChartCsvInput } from './chartCsv';
