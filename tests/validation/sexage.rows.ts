/**
 * Validation rows of sex and age (issue 13): slow-wave sleep by sex and age, the intrinsic
 * period by sex, the phase of wake relative to the clock with age, the sex steroids (levels by
 * sex, age and menstrual-cycle phase; response to sleep restriction), and DLMO read from the
 * dim-light melatonin curve under evening light (the e-reader protocol). Sources were read as
 * abstracts or figure legends (../../docs/MODEL.md names them); population targets use the mean
 * over POPULATION_SEEDS.
 */
import type { ValidationRow } from './row';
import { runTimeline, scenarioMean } from './runs';
import { forcedDesynchrony } from './protocols';
import { cbtMinima, slope } from './measures';
import { EPOCH_H, EPOCHS_PER_HOUR } from '../../shared/model/result';

const between =
  (lo: number, hi: number) =>
  (v: number | null): boolean =>
    v !== null && v >= lo && v <= hi;

const REDLINE = 'Redline, Kirchner, Quan, Gottlieb, Kapur & Newman 2004, Arch Intern Med 164:406 (SHHS, n = 2685)';
const WALSLEBEN = 'Walsleben et al. 2004, Sleep 27:293 (SHHS normative subsample, n = 470; PMID 15124725)';

/** SHHS ages (participants ≥ 40 y; Redline: 37–92 y): the ages a population row averages over. */
const SHHS_AGES = [45, 55, 65, 75] as const;

const n3 = (age: number, sex: 'male' | 'female'): number | null => scenarioMean('baseline', 'n3_pct', { age, sex });

/** Least-squares slope of N3 % over ages 40–80, per decade. */
const n3PerDecade = (sex: 'male' | 'female'): number | null => {
  const ages = [40, 50, 60, 70, 80];
  const ys = ages.map((a) => n3(a, sex));
  if (ys.some((y) => y === null)) return null;
  return slope(
    ages.map((a) => a / 10),
    ys as number[],
  );
};

// ── slow-wave sleep by sex ──────────────────────────────────────────────────
const sws: ValidationRow[] = [
  {
    id: 'SEXAGE-01',
    kind: 'calibrated',
    kindReason:
      'femaleSwaRatio and femaleSwaAgeDeclineShare were set from this row and SEXAGE-02a (their citations name them).',
    check: 'magnitude',
    quantity: 'N3 % of TST, women ÷ men, at 65 y (default night otherwise)',
    target: 'women had on average 106 % more slow-wave sleep than men (ratio ≈ 2.06), older community adults',
    tolerance: 'ratio 1.55–2.6',
    source: REDLINE,
    unit: 'ratio',
    measure: () => {
      const m = n3(65, 'male');
      const f = n3(65, 'female');
      return m === null || f === null || m <= 0 ? null : f / m;
    },
    pass: between(1.55, 2.6),
  },
  {
    id: 'SEXAGE-02a',
    kind: 'calibrated',
    kindReason: 'femaleSwaRatio and femaleSwaAgeDeclineShare were set from this row and SEXAGE-01.',
    check: 'magnitude',
    quantity: 'N3 % of TST, women − men, averaged over 45, 55, 65 and 75 y',
    target: 'mean slow-wave sleep % higher in women by 6.7 points',
    tolerance: '3.5–10 points',
    source: WALSLEBEN,
    unit: 'points',
    measure: () => {
      let sum = 0;
      for (const a of SHHS_AGES) {
        const m = n3(a, 'male');
        const f = n3(a, 'female');
        if (m === null || f === null) return null;
        sum += f - m;
      }
      return sum / SHHS_AGES.length;
    },
    pass: between(3.5, 10),
  },
  {
    id: 'SEXAGE-02b',
    kind: 'independent',
    kindReason:
      "No parameter was fitted to it: the men's decline comes from ageSwaDeclinePerDecade (Van Cauter et al. 2000, set on other rows) and the age awakening terms.",
    check: 'magnitude',
    quantity: "Men's N3 % of TST per decade, least-squares over 40, 50, 60, 70, 80 y",
    target: 'slow-wave sleep % fell by 1.9 points per decade in men',
    tolerance: '±50 %: −2.85 to −0.95 points/decade',
    source: WALSLEBEN,
    unit: 'points/decade',
    measure: () => n3PerDecade('male'),
    pass: between(-2.85, -0.95),
  },
  {
    id: 'SEXAGE-02c',
    kind: 'calibrated',
    kindReason:
      'femaleSwaAgeDeclineShare (0.4 of the male decline) was set with SEXAGE-01/02a, which bound this slope.',
    check: 'direction',
    publishedMagnitude: 'no significant change of SWS % with age in women (men −1.9 points/decade)',
    quantity: "Women's N3 % of TST per decade, least-squares over 40–80 y",
    target: 'slow-wave sleep % decreased with age for men only',
    tolerance: 'women’s slope above −0.95 points/decade (less than half the men’s published fall)',
    source: WALSLEBEN,
    unit: 'points/decade',
    measure: () => n3PerDecade('female'),
    pass: (v) => v !== null && v > -0.95,
  },
];

// ── intrinsic period by sex ─────────────────────────────────────────────────
const period: ValidationRow[] = [
  {
    id: 'SEXAGE-03',
    kind: 'echo',
    kindReason:
      "Returns circadianPeriod_h + femalePeriodDifference_h (24.2 − 0.1 h, the difference taken from this row's source): forced desynchrony reads a woman's period back.",
    check: 'magnitude',
    quantity:
      "Period of a woman's CBT minima under forced desynchrony (28-h days, 10 lux awake, dark asleep, 24 cycles)",
    target: 'women 24.09 ± 0.2 h, men 24.19 ± 0.2 h (P < 0.01); 52 women, 105 men, 18–74 y',
    tolerance: '24.04–24.14 h (±0.05 h)',
    source: 'Duffy et al. 2011, PNAS 108 Suppl 3:15602, doi 10.1073/pnas.1010666108',
    unit: 'h',
    measure: () => {
      const run = runTimeline('fd-28h', (p) => forcedDesynchrony(p, 24, 28, 10), { sex: 'female' });
      const start =
        run.timeline.focus.lightsOff - Math.round((2 / 3) * 28 * EPOCHS_PER_HOUR) + 7 * 28 * EPOCHS_PER_HOUR;
      const t = cbtMinima(run)
        .filter((x) => x >= start)
        .map((x) => x * EPOCH_H);
      return t.length >= 5
        ? slope(
            t.map((_, i) => i),
            t,
          )
        : null;
    },
    pass: between(24.04, 24.14),
  },
];

export const SEXAGE_ROWS: ValidationRow[] = [...sws, ...period];
