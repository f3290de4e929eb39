/**
 * The timeout of a test that runs a whole fit: a fit runs the model some thousands of times, 2–6 s
 * alone but 20–30 s measured on the shared development machine (2 cores, load average ≈ 20), so
 * twice the suite's 30 s keeps load from failing it.
 */
export const SLOW_FIT_MS = 60_000;
