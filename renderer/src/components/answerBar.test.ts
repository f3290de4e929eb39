import { describe, expect, it } from 'vitest';
import { METRICS, NO_CHANGE_BELOW } from '../../../shared/model/metrics';
import { sleepReport, REPORT_STAGE_CODE } from '../../../shared/report/sleepReport';
import {
  legendRules,
  measuredColumn,
  OUTCOME_CARDS,
  outcomeCards,
  reportAbbreviation,
  reportRows,
  REPORT_ROWS,
  thresholdText,
} from './answerBar';

/** Every metric null but the given ones, as a night's result carries them. */
function night(values: Record<string, number | null>): Record<string, number | null> {
  return { ...Object.fromEntries(METRICS.map((m) => [m.id, null])), ...values };
}

const a = night({
  totalSleepTime_min: 441,
  sleepEfficiency_pct: 91.9,
  sleepOnsetLatency_min: 7.5,
  waso_min: 31.5,
  remLatency_min: 102,
  n3_pct: 16.9,
  rem_pct: 23.5,
  readinessScore: 93.9,
  pvtLapsesNextMorning: 1.5,
  kssNextMorning: 3.14,
});

describe('reportRows', () => {
  it('gives A, B and B − A with the verdict in words, by each metric’s direction and threshold', () => {
    const b = night({
      totalSleepTime_min: 406,
      sleepEfficiency_pct: 84.6,
      sleepOnsetLatency_min: 30,
      waso_min: 31.5,
      remLatency_min: 104,
      n3_pct: 17.1,
      rem_pct: 19.2,
    });
    const rows = Object.fromEntries(reportRows({ a, b }).map((r) => [r.id, r]));
    expect(rows.totalSleepTime_min).toMatchObject({
      name: 'TST',
      fullName: 'Total sleep time',
      unit: 'min',
      a: '441',
      b: '406',
      delta: '−35',
      verdict: 'worse',
      word: 'worse',
      panel: 'hypnogram',
      panelTitle: 'Hypnogram',
    });
    // Lower latency is better: 22.5 min longer is worse.
    expect(rows.sleepOnsetLatency_min).toMatchObject({ name: 'SOL', delta: '+22.5', word: 'worse' });
    expect(rows.waso_min).toMatchObject({ delta: '±0', verdict: 'same', word: 'no change' });
    // N3 is higher-better, but 0.2 points is below the % TST threshold.
    expect(rows.n3_pct).toMatchObject({ name: 'N3', delta: '+0.2', verdict: 'same', word: 'no change' });
    // REM % has no better side.
    expect(rows.rem_pct).toMatchObject({ name: 'REM', verdict: 'neutral', word: 'changed' });
    expect(rows.remLatency_min!.name).toBe('REM latency');
    expect(rows.sleepEfficiency_pct!.rule).toBe('higher is better; a change below 0.5 % is no change');
  });

  it('says why a night has no value, and gives no verdict then', () => {
    const awake = night({ totalSleepTime_min: 0, remLatency_min: null });
    const rem = reportRows({ a, b: awake }).find((r) => r.id === 'remLatency_min')!;
    expect(rem).toMatchObject({ b: '—', delta: '—', verdict: 'none', word: 'n/a' });
    expect(rem.bNote).toBe('undefined: no sleep in this night');
    expect(rem.aNote).toBe('');
  });

  it('shows dashes while a night is not simulated yet', () => {
    const rows = reportRows({ a, b: undefined });
    expect(rows.every((r) => r.b === '—' && r.delta === '—' && r.bNote === 'not simulated yet')).toBe(true);
  });
});

describe('outcomeCards', () => {
  it('links each outcome to the outcome chart, named by its declared label', () => {
    const b = night({ readinessScore: 90.8, pvtLapsesNextMorning: 1.5, kssNextMorning: 3.35 });
    const cards = outcomeCards({ a, b });
    expect(cards.map((c) => c.id)).toEqual([...OUTCOME_CARDS]);
    expect(cards.every((c) => c.panel === 'outcome')).toBe(true);
    const byId = Object.fromEntries(cards.map((c) => [c.id, c]));
    expect(byId.readinessScore).toMatchObject({ name: 'Readiness', delta: '−3.1', word: 'worse' });
    expect(byId.pvtLapsesNextMorning).toMatchObject({ delta: '±0', word: 'no change' });
    // Lower sleepiness is better: +0.21 on the 1–9 scale is worse.
    expect(byId.kssNextMorning).toMatchObject({ name: 'Sleepiness (KSS)', delta: '+0.21', word: 'worse' });
  });
});

describe('measuredColumn', () => {
  it('reads the measured night’s own report, row by row, by the declared field of each metric', () => {
    const { W, N2, R } = REPORT_STAGE_CODE;
    // 10 min awake, 60 min N2, 30 min REM: TST 90 min, SE 90 %, SOL 10 min, REM latency 60 min.
    const stages = [...Array<number>(20).fill(W), ...Array<number>(120).fill(N2), ...Array<number>(60).fill(R)];
    const column = measuredColumn(sleepReport(stages, 30, { lightsOff: 0 }));
    expect(column).toHaveLength(REPORT_ROWS.length);
    const at = (id: (typeof REPORT_ROWS)[number]) => column[REPORT_ROWS.indexOf(id)]!.text;
    expect(at('totalSleepTime_min')).toBe('90');
    expect(at('sleepEfficiency_pct')).toBe('90');
    expect(at('sleepOnsetLatency_min')).toBe('10');
    expect(at('remLatency_min')).toBe('60');
    expect(at('n1_pct')).toBe('0');
    expect(column.every((c) => c.note === '')).toBe(true);
  });

  it('says why a value is missing: no lights-off in the file, or no REM', () => {
    const { W, N2 } = REPORT_STAGE_CODE;
    const column = measuredColumn(sleepReport([W, W, N2, N2, N2, W], 30));
    const at = (id: (typeof REPORT_ROWS)[number]) => column[REPORT_ROWS.indexOf(id)]!;
    expect(at('totalSleepTime_min')).toEqual({ text: '1.50', note: '' });
    expect(at('sleepOnsetLatency_min')).toEqual({
      text: '—',
      note: 'undefined: the file gives no lights-off (one can be typed in the agreement box)',
    });
    expect(at('remLatency_min')).toEqual({ text: '—', note: 'undefined: no REM sleep' });
  });
});

describe('the legend', () => {
  it('writes out which way is better for each figure shown and the thresholds of their units', () => {
    const figures = [...reportRows({ a, b: a }), ...outcomeCards({ a, b: a })];
    const legend = legendRules(figures);
    expect(legend.higher).toEqual(['TST', 'SE', 'N3', 'Readiness', 'Mental acuity', 'Emotional resilience']);
    expect(legend.lower).toEqual(['SOL', 'WASO', 'PVT lapses', 'Sleepiness (KSS)']);
    expect(legend.neutral).toEqual(['REM latency', 'N1', 'N2', 'REM']);
    expect(legend.thresholds).toEqual([
      `${NO_CHANGE_BELOW.min} min`,
      `${NO_CHANGE_BELOW['%']} %`,
      `${NO_CHANGE_BELOW['% TST']} % TST`,
      `${NO_CHANGE_BELOW.score} score`,
      `${NO_CHANGE_BELOW.lapses} lapses`,
      `${NO_CHANGE_BELOW['1–9']} on the 1–9 scale`,
    ]);
  });

  it('names a scale’s threshold on its scale', () => {
    expect(thresholdText({ unit: '0–1' })).toBe(`${NO_CHANGE_BELOW['0–1']} on the 0–1 scale`);
    expect(reportAbbreviation('WASO_min')).toBe('WASO');
    expect(reportAbbreviation('N2_pct')).toBe('N2');
  });
});
