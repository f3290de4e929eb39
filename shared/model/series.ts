/**
 * Every series of a simulation result, declared once: the core's (coreSeries.ts), then the
 * restoration modules' (each in its folder), gathered by the catalogue. Panels: 'hypnogram',
 * 'pressure', 'swa', 'neuro', 'synapses', 'glymphatic', 'hormones', 'outcome'.
 */
export { CORE_SERIES, RESTORATION_SERIES, SERIES } from './catalogue';
