/**
 * The two nights of every experiment and the ways the lab shows them side by side: one name per
 * concept, read by the file format, the IPC contract, the stores, the figures and the CLI.
 */

/** Night A (usually the reference) and night B (the changed night), as ids in files and IPC. */
export const NIGHT_IDS = ['a', 'b'] as const;
export type NightId = (typeof NIGHT_IDS)[number];

/** How a night is named to people: legends, CSV columns, figure titles. */
export type NightLabel = 'A' | 'B';
export const NIGHT_LABELS: Readonly<Record<NightId, NightLabel>> = { a: 'A', b: 'B' };

/**
 * How the two nights are compared, on screen and in exported figures alike: 'side' (A left,
 * B right), 'overlay' (one chart, B dashed), 'diff' (B − A).
 */
export const COMPARE_MODES = ['side', 'overlay', 'diff'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];
