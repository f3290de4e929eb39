import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useClassroomStore } from './classroom';
import { useExperimentStore } from './experiment';
import { lessonById } from '../../../shared/classroom/lessons';

describe('classroom store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('sets up both nights from a lesson as one undo step, keeping the seeds', () => {
    const classroom = useClassroomStore();
    const experiment = useExperimentStore();
    const seeds = [experiment.nights.a.seed, experiment.nights.b.seed];
    classroom.start('afternoon-coffee');
    const lesson = lessonById('afternoon-coffee')!;
    expect(experiment.nights.b).toMatchObject({ label: lesson.nights.b.label, scenario: 'baseline', params: {} });
    expect(experiment.nights.b.events).toEqual([{ kind: 'caffeine', at: 16, day: 0, mg: 200 }]);
    expect([experiment.nights.a.seed, experiment.nights.b.seed]).toEqual(seeds);
    expect(experiment.title).toBe(lesson.title);
    experiment.undo();
    expect(experiment.nights.b.scenario).toBe('evening-caffeine');
    expect(experiment.nights.b.events).toEqual([]);
  });

  it('gives no answer before both nights are simulated, and reveals only after a prediction', () => {
    const classroom = useClassroomStore();
    classroom.start('night-awake');
    expect(classroom.answer).toBeNull();
    classroom.reveal();
    expect(classroom.revealed).toBe(false);
  });

  it('keeps nothing in the file until a lesson is open or the controls are locked, and reads back what it kept', () => {
    const classroom = useClassroomStore();
    expect(classroom.state()).toBeUndefined();
    classroom.locked = true;
    expect(classroom.state()).toEqual({ lesson: null, locked: true });
    classroom.start('teenagers');
    expect(classroom.state()).toEqual({ lesson: 'teenagers', locked: true });
    classroom.prediction = 'higher';
    classroom.load({ lesson: 'recovery-sleep', locked: false });
    expect(classroom.lesson?.id).toBe('recovery-sleep');
    expect(classroom.prediction).toBeNull();
    classroom.load(undefined);
    expect(classroom.state()).toBeUndefined();
  });
});
