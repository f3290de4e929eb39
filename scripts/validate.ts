/**
 * npm run validate: measures every validation row and writes docs/VALIDATION.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { CORE_ROWS } from '../tests/validation/core.rows';
import { RESTORATION_ROWS } from '../tests/validation/restoration.rows';
import { AROUSAL_ROWS } from '../tests/validation/arousal.rows';
import { buildReport, formatValue, headline, measureRow, verdict } from '../tests/validation/report';

const rows = [...CORE_ROWS, ...RESTORATION_ROWS, ...AROUSAL_ROWS];
const t0 = performance.now();
const measured = rows.map((row) => {
  const m = measureRow(row);
  console.log(
    `${row.id.padEnd(9)} ${verdict(m).padEnd(17)} ${formatValue(m.value)} ${row.unit}${m.error ? `  (${m.error})` : ''}`,
  );
  return m;
});
mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
writeFileSync(new URL('../docs/VALIDATION.md', import.meta.url), buildReport(measured));
const failed = measured.filter((m) => verdict(m) === 'fail' || verdict(m) === 'fixed (update the row)');
// The console summary counts kinds apart, as the report does, so a pass total never mixes in echo rows.
const h = headline(measured);
console.log(
  `\nindependent ${h.byKind.independent.pass}/${h.byKind.independent.rows} pass, calibrated ${h.byKind.calibrated.pass}/${h.byKind.calibrated.rows} pass, echo ${h.byKind.echo.rows} (not evidence); direction-only ${h.direction}`,
);
console.log(`${rows.length} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s; wrote docs/VALIDATION.md`);
if (failed.length) {
  console.log(`Unexpected: ${failed.map((m) => m.row.id).join(', ')}`);
  process.exitCode = 1;
}
