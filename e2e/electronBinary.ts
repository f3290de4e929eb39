/**
 * Kept so `import { findElectronBinary } from '../electronBinary'` in the electron specs still
 * works; the logic lives in scripts/electronBinary.ts, shared with `npm start`.
 */
export { findElectronBinary, type ElectronBinary } from '../scripts/electronBinary.ts';
