/**
 * Every series of a simulation result, declared once: the core's (coreSeries.ts), then the
 * restoration modules' (each in its folder), gathered by the catalogue. Each names its panel,
 * one of PANELS (panels.ts).
 */
export { CORE_SERIES, RESTORATION_SERIES, SERIES } from './catalogue';
