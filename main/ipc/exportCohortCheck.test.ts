import { describe, expect, it } from 'vitest';
import type { CohortLabResult } from '../../shared/cohort/labResult';
import { POPULATION_PRESETS } from '../../shared/cohort/presets';
import { populationSha256 } from '../../shared/export/cohort';
import { checkExportCohort } from './exportCohortCheck';
import { HandlerError } from './handlerError';

const young = POPULATION_PRESETS['young-adults'];
/** Only the fields the check reads; the rest of a result does not matter to it. */
const result = (fields: Partial<CohortLabResult>) =>
  ({
    population: young.id,
    populationSha256: populationSha256(young),
    done: 3,
    summary: { thresholds: [] },
    ...fields,
  }) as unknown as CohortLabResult;

describe('an export request’s cohort', () => {
  it('is none when the request carries none, and the checked cohort when it holds', () => {
    expect(checkExportCohort({}, undefined)).toBeUndefined();
    const cohort = checkExportCohort({}, { result: result({}), bands: true })!;
    expect(cohort.population.id).toBe(young.id);
    expect(cohort.bands).toBe(true);
  });

  it('refuses as an invalid payload naming the field, in the words of the cohort export', () => {
    const refusal = (() => {
      try {
        checkExportCohort({}, { result: result({ done: 0 }), bands: false });
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(HandlerError);
    expect((refusal as HandlerError).labError).toEqual({
      code: 'invalid-payload',
      field: 'cohort.result.done',
      message: 'the cohort has no people yet',
    });
  });
});
