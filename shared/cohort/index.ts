/** Virtual cohorts: populations, the paired runner, the per-person table, summaries and bands. */
export * from './distributions';
export * from './copula';
export * from './population';
export * from './presets';
export * from './run';
export * from './thresholds';
export * from './table';
export * from './statistics';
export * from './summary';
export * from './bands';
export * from './section';
export * from './manifest';
export * from './cohort';
export * from './labResult';
