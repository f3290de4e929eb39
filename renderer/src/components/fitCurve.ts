/**
 * The chart of a fit's curve: the fitted curve with its 95 % band and the observed points, on the
 * axes the fit's kind gives it. PVT: lapses against the clock (slot hours, ticks every 3 h).
 * Circadian: each day's DLMO clock time against the day (the day's noon as a slot hour; ticks
 * name days from the focal evening, 0), so a drifting clock is a sloping line.
 */
import type { ChartConfiguration } from 'chart.js';
import type { FitRecord } from '../../../shared/experiment';
import { formatClock } from '../../../shared/model/parameters';
import { OKABE_ITO } from '../../../shared/plot/palette';
import type { ChartLook } from '../charts/chart';

/** Clock ticks every 3 h, the axis ending on ticks (Chart.js adds its min and max as ticks of their own). */
const TICK_H = 3;
const BAND = `${OKABE_ITO[0]}40`;

/** What each kind's chart says. */
export const CURVE_WORDS = {
  pvt: {
    fitted: 'fitted lapses',
    observed: 'observed sessions',
    x: 'clock time (from the focal day into the day after)',
    y: 'PVT lapses',
    label: 'Fitted PVT lapses with the 95 % band and the observed sessions',
  },
  circadian: {
    fitted: 'fitted DLMO',
    observed: 'observed DLMOs',
    x: 'day (0 = the focal evening)',
    y: 'DLMO clock time',
    label: 'Fitted DLMO clock time of each day with the 95 % band and the observed DLMOs',
  },
} as const;

const floorTo = (v: number, step: number) => Math.floor(v / step) * step;
const ceilTo = (v: number, step: number) => Math.ceil(v / step) * step;
/** A day's noon (slot hour) as days from the focal evening's (0). */
const dayOf = (noon_h: number) => (noon_h - 12) / 24;
/** "−3" for day −3 (a typographic minus). */
const dayName = (day: number) => String(Math.round(day)).replace('-', '−');

export function fitCurveConfig(
  record: FitRecord,
  observed: readonly { x: number; y: number }[] | null,
  look: ChartLook,
): ChartConfiguration | null {
  const curve = record.curve;
  if (!curve) return null;
  const words = CURVE_WORDS[record.kind];
  const circadian = record.kind === 'circadian';
  // A circadian fit's x is the day: its noon's slot hour, drawn as days from the focal evening.
  const xOf = circadian ? dayOf : (x: number) => x;
  const line = (ys: readonly number[]) => curve.slot_h.map((x, i) => ({ x: xOf(x), y: ys[i]! }));
  const points = (observed ?? []).map((p) => ({ x: xOf(p.x), y: p.y }));
  const axis = (title: string) => ({
    title: { display: true, text: title, color: look.text },
    grid: { color: look.grid },
  });
  const xs = [...curve.slot_h.map(xOf), ...points.map((p) => p.x)];
  const ys = [...curve.lower, ...curve.upper, ...points.map((p) => p.y)];
  const x = circadian
    ? {
        min: Math.floor(Math.min(...xs)) - 1,
        max: Math.ceil(Math.max(...xs)) + 1,
        ticks: { color: look.text, stepSize: 1, callback: (v: number | string) => dayName(Number(v)) },
      }
    : {
        min: floorTo(Math.min(...xs), TICK_H),
        max: ceilTo(Math.max(...xs), TICK_H),
        ticks: { color: look.text, stepSize: TICK_H, callback: (v: number | string) => formatClock(Number(v)) },
      };
  // A DLMO axis on whole hours, an hour beyond the data (clock times 12–36: 25 is 01:00).
  const y = circadian
    ? {
        min: Math.floor(Math.min(...ys)) - 1,
        max: Math.ceil(Math.max(...ys)) + 1,
        ticks: { color: look.text, stepSize: 1, callback: (v: number | string) => formatClock(Number(v)) },
      }
    : { min: 0, ticks: { color: look.text } };
  return {
    type: 'line',
    data: {
      datasets: [
        { label: 'upper', data: line(curve.upper), borderWidth: 0, pointRadius: 0, fill: false },
        {
          label: '95 % band',
          data: line(curve.lower),
          borderWidth: 0,
          pointRadius: 0,
          backgroundColor: BAND,
          fill: '-1',
        },
        {
          label: words.fitted,
          data: line(curve.fitted),
          borderColor: OKABE_ITO[0],
          backgroundColor: OKABE_ITO[0],
          borderWidth: 2,
          pointRadius: circadian ? 2 : 0,
        },
        ...(observed
          ? [
              {
                label: words.observed,
                data: points,
                showLine: false,
                pointRadius: 4,
                pointStyle: 'rectRot' as const,
                borderColor: OKABE_ITO[5],
                backgroundColor: OKABE_ITO[5],
              },
            ]
          : []),
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      parsing: false,
      plugins: { legend: { labels: { color: look.text, filter: (item) => item.text !== 'upper' } } },
      scales: {
        x: { type: 'linear', ...axis(words.x), ...x },
        y: { ...axis(words.y), ...y },
      },
    },
  };
}
