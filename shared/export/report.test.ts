import { describe, expect, it } from 'vitest';
import { METRICS } from '../model/metrics';
import { resolveParameters } from '../model/scenarios';
import { formatMetricNumber, metricRows, modelReferences, parameterRows } from './reportTables';
import { insertSvgMetadata, renumberSvgIds, setSvgPhysicalSize } from './svgMetadata';
import { isWinAnsi, toWinAnsi } from './winAnsi';

describe('metricRows', () => {
  it('shows A, B, Δ and Δ% per declared metric; clock metrics as hh:mm with Δ in hours', () => {
    const rows = metricRows(
      { totalSleepTime_min: 450, dlmo_clock_h: 21.5, cortisolNadir_clock_h: 23.75, swaDecayRatio: null, waso_min: 0 },
      { totalSleepTime_min: 405, dlmo_clock_h: 22.25, cortisolNadir_clock_h: 24.5, swaDecayRatio: 0.7, waso_min: 12 },
    );
    expect(rows.map((r) => r.id)).toEqual(METRICS.map((m) => m.id));
    const row = (id: string) => rows.find((r) => r.id === id)!;
    expect(row('totalSleepTime_min')).toMatchObject({
      a: '450',
      b: '405',
      delta: '-45',
      deltaPct: '-10.0%',
      verdict: 'worse', // more sleep is better
    });
    expect(row('dlmo_clock_h').verdict).toBe(''); // neither earlier nor later is better
    expect(row('waso_min').verdict).toBe('worse'); // less wake is better
    expect(row('dlmo_clock_h')).toMatchObject({ a: '21:30', b: '22:15', delta: '+0.75 h', deltaPct: '—' });
    // Across midnight on the 12–36 scale: 23:45 to 00:30 is 45 minutes later, not 23 h earlier.
    expect(row('cortisolNadir_clock_h')).toMatchObject({ a: '23:45', b: '00:30', delta: '+0.75 h' });
    expect(row('swaDecayRatio')).toMatchObject({ a: '—', b: '0.7', delta: '—', deltaPct: '—' });
    expect(row('waso_min')).toMatchObject({ a: '0', b: '12', delta: '+12', deltaPct: '—' });
  });

  it('rounds to four significant digits without exponents', () => {
    expect(formatMetricNumber(0.000123456)).toBe('0.0001235');
    expect(formatMetricNumber(123456.7)).toBe('123500');
    expect(formatMetricNumber(-0.05636)).toBe('-0.05636');
  });
});

describe('parameterRows', () => {
  it('lists only the parameters that differ, formatted with units and clock times', () => {
    const rows = parameterRows(resolveParameters('baseline'), resolveParameters('evening-caffeine', { bedtime: 0.5 }));
    expect(rows.find((r) => r.id === 'bedtime')).toMatchObject({ a: '23:00', b: '00:30' });
    expect(rows.find((r) => r.id === 'caffeine_mg')).toMatchObject({ a: '0 mg', b: '200 mg' });
    expect(rows.every((r) => r.a !== r.b)).toBe(true);
    expect(parameterRows(resolveParameters('baseline'), resolveParameters('baseline'))).toEqual([]);
  });
});

describe('modelReferences', () => {
  it('collects the cited literature once each, sorted, without calibration notes or remarks', () => {
    const refs = modelReferences();
    expect(refs.length).toBeGreaterThan(20);
    expect(refs).toContain('Daan, Beersma & Borbély 1984, Am J Physiol 246:R161');
    expect(refs).toContain('Lucey et al. 2018, Ann Neurol 83:197'); // a scenario source
    expect(new Set(refs).size).toBe(refs.length);
    expect(refs.filter((r) => /^(calibrated|design)/i.test(r) || /[[\]()]/.test(r))).toEqual([]);
    expect([...refs].sort((x, y) => x.localeCompare(y, 'en'))).toEqual(refs);
  });
});

describe('toWinAnsi', () => {
  it('keeps what WinAnsi encodes and spells the rest in ASCII', () => {
    expect(toWinAnsi('µg/L – 0–1 × wake “q” é')).toBe('µg/L – 0–1 × wake “q” é');
    expect(toWinAnsi('Δ −5 % in Aβ, ≥ 2, ≈ 3 → 4')).toBe('delta -5 % in Abeta, >= 2, ~ 3 -> 4');
    expect(toWinAnsi('Wüst, Dvořák')).toBe('Wüst, Dvorák');
    expect(toWinAnsi('a\nb\tc')).toBe('a b c');
    expect(toWinAnsi('鍵')).toBe('?');
  });

  it('leaves no character outside WinAnsi for any declared metric, parameter or reference text', () => {
    const texts = [...METRICS.map((m) => `${m.label} ${m.unit}`), ...modelReferences()];
    for (const text of texts) expect([...toWinAnsi(text)].every(isWinAnsi), text).toBe(true);
  });
});

describe('SVG provenance', () => {
  const svg =
    '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="241" height="100"><path d="M0 0"/></svg>';

  it('inserts escaped title, desc and JSON metadata right after the root start tag', () => {
    const out = insertSvgMetadata(svg, { title: 'A & B <1>', description: 'd', metadata: { label: 'x<y & "z"' } });
    expect(out).toContain(
      '<svg xmlns="http://www.w3.org/2000/svg" width="241" height="100"><title>A &amp; B &lt;1&gt;</title><desc>d</desc><metadata',
    );
    const json = /<metadata[^>]*>([^<]*)<\/metadata>/.exec(out)![1]!;
    const decoded = json
      .replaceAll('&quot;', '"')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&');
    expect(JSON.parse(decoded)).toEqual({ label: 'x<y & "z"' });
    expect(() => insertSvgMetadata('<html/>', { title: '', description: '', metadata: null })).toThrow(/not an SVG/);
  });

  it('sizes the root in millimetres with a viewBox in drawing units', () => {
    const out = setSvgPhysicalSize(svg, { width: 240.9449, height: 100 }, 85);
    expect(out).toContain('width="85mm" height="35.278mm" viewBox="0 0 240.945 100"');
  });
});

describe('renumberSvgIds', () => {
  it('names ids in document order and follows every reference', () => {
    const svg =
      '<svg><clipPath id="cl_b"/><g clip-path="url(#cl_b)"/><clipPath id="cl_3"/><use href="#cl_3"/><g clip-path="url(#other)"/></svg>';
    expect(renumberSvgIds(svg)).toBe(
      '<svg><clipPath id="n1"/><g clip-path="url(#n1)"/><clipPath id="n2"/><use href="#n2"/><g clip-path="url(#other)"/></svg>',
    );
  });
});
