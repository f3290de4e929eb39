import { describe, expect, it } from 'vitest';
import { LESSONS, lessonById, verdict } from './lessons';
import { simulateNight } from '../model/engine';
import { resolveParameters } from '../model/scenarios';
import { eventIssues } from '../model/protocolEvents';
import { PANELS } from '../model/panels';
import { metricInfo } from '../model/metrics';
import { checkParameterValue } from '../model/parameters';

describe('lessons', () => {
  it('have unique ids, a known metric and panel, and nights an experiment file accepts', () => {
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    for (const lesson of LESSONS) {
      expect(lessonById(lesson.id)).toBe(lesson);
      expect(metricInfo(lesson.metric), lesson.id).toBeDefined();
      expect(PANELS.map((p) => p.id)).toContain(lesson.panel);
      expect(lesson.sources.length).toBeGreaterThan(0);
      for (const night of [lesson.nights.a, lesson.nights.b]) {
        expect(eventIssues(night.events), `${lesson.id} ${night.label}`).toEqual([]);
        for (const [id, value] of Object.entries(night.params)) expect(checkParameterValue(id, value)).toBeNull();
      }
    }
  });

  it('judge "same" within the tolerance, else the sign of B − A, and nothing without both values', () => {
    const lesson = lessonById('teenagers')!;
    expect(verdict(lesson, 10, 11.5)).toBe('same');
    expect(verdict(lesson, 10, 30)).toBe('higher');
    expect(verdict(lesson, 30, 10)).toBe('lower');
    expect(verdict(lesson, null, 10)).toBeNull();
    expect(verdict(lesson, 10, Number.NaN)).toBeNull();
  });

  // Each lesson's explanation follows its sources; a model that moved the other way (or not at
  // all) would make the lesson's text wrong, so the model's answer must be the literature's.
  it.each(LESSONS.map((l) => [l.id, l] as const))(
    '%s: the model moves the metric the way the sources report',
    (_id, lesson) => {
      const run = (n: typeof lesson.nights.a) =>
        simulateNight(resolveParameters(n.scenario, n.params), 20_260_101, n.events);
      const a = run(lesson.nights.a).metrics[lesson.metric] ?? null;
      const b = run(lesson.nights.b).metrics[lesson.metric] ?? null;
      expect(verdict(lesson, a, b), `A ${a}, B ${b}`).toBe(lesson.literature);
    },
  );
});
