/**
 * The readout under a chart panel: each of its series' values in night A and night B at the
 * shared cursor ('—' where a night has none; 'asleep' for a test no one takes while asleep).
 */
import type { NightId } from '../../../shared/ipc';
import type { UnitGroup } from '../../../shared/model/panels';
import { epochAt } from '../../../shared/time/axis';
import { wakingEpochs } from '../../../shared/plot/signal';
import type { Trace } from '../charts/datasets';
import { valueAt } from '../charts/traces';
import { formatNumber } from '../format';

export interface ReadoutRow {
  readonly label: string;
  readonly a: string;
  readonly b: string;
}

export function panelReadout(
  groups: readonly (UnitGroup | null)[],
  cursor: number | null,
  traceOf: (night: NightId) => Trace | undefined,
): ReadoutRow[] {
  const x = cursor;
  if (x === null) return [];
  const rows: ReadoutRow[] = [];
  const cell = (night: NightId, id: string, wakingOnly = false) => {
    const trace = traceOf(night);
    if (!trace) return '—';
    const v = valueAt(trace.result, id, x);
    if (v === null) return '—';
    if (wakingOnly && wakingEpochs(trace.result)[epochAt(trace.result, x)] !== 1) return 'asleep';
    return formatNumber(v);
  };
  for (const group of groups) {
    if (!group) continue;
    for (const s of group.series)
      rows.push({
        label: s.unit ? `${s.label} (${s.unit})` : s.label,
        a: cell('a', s.id, s.wakingOnly),
        b: cell('b', s.id, s.wakingOnly),
      });
  }
  return rows;
}
