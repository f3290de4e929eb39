/** The parameter table both fits print (cli/fit.ts, cli/fitCircadian.ts): estimate, both intervals, range, status. */
import type { FittedParameter } from '../shared/fit/fitCommon';

export const fmt = (x: number): string => String(Number(x.toPrecision(3)));
/** Parameters to 4 significant digits: a period of 24.30 h is not 24.3 ± 0.05 h. */
const fmtParameter = (x: number): string => String(Number(x.toPrecision(4)));
const span = ([lo, hi]: readonly [number, number]): string => `${fmtParameter(lo)} – ${fmtParameter(hi)}`;

export function parameterTable(parameters: readonly FittedParameter[]): string[] {
  const withBootstrap = parameters.some((p) => p.bootstrap !== undefined);
  const rows = parameters.map((p) => [
    p.id,
    p.estimate === null ? '—' : fmtParameter(p.estimate),
    p.interval === null ? '—' : span(p.interval),
    ...(withBootstrap ? [p.bootstrap ? span(p.bootstrap.interval) : '—'] : []),
    `${p.range[0]}–${p.range[1]}`,
    p.status,
  ]);
  const header = [
    'parameter',
    'estimate',
    '95 % interval',
    ...(withBootstrap ? ['bootstrap 95 %'] : []),
    'range',
    'status',
  ];
  const table = [header, ...rows];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  return table.map((row) =>
    row
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd(),
  );
}
