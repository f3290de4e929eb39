import { describe, expect, it } from 'vitest';
import { defaultExperiment, type Experiment } from '../experiment';
import { resolveParameters } from '../model/scenarios';
import { buildProvenance } from './provenance';

describe('provenance of protocol events', () => {
  const versions = { app: { name: 'Nocturne', version: '0.1.0' }, model: { name: 'm', version: '1' } };
  const params = [resolveParameters('baseline'), resolveParameters('evening-caffeine')] as const;
  const created = new Date('2026-12-06T12:00:00Z');

  it('lists a night’s events, and says nothing of events for a night without them', () => {
    const base = defaultExperiment();
    const experiment: Experiment = {
      ...base,
      nights: [base.nights[0], { ...base.nights[1], events: [{ kind: 'caffeine', at: 15, day: 0, mg: 200 }] }],
    };
    const provenance = buildProvenance(experiment, params, versions, created);
    expect('events' in provenance.nights[0]).toBe(false);
    expect(provenance.nights[1].events).toEqual([{ kind: 'caffeine', at: 15, day: 0, mg: 200 }]);
    // An experiment without events has the provenance it had before events existed.
    expect(JSON.stringify(buildProvenance(base, params, versions, created))).not.toContain('events');
  });
});
