/**
 * Where an exported file came from: app and model versions, and for each night its label,
 * scenario, seed and the full resolved parameters (not only the file's overrides, so a reader
 * needs no copy of the scenario table to know what ran). The same object goes into every figure
 * (PNG tEXt, SVG <metadata>, PDF info) and into manifest.json.
 */
import type { Experiment } from '../experiment/format';
import type { ModelInfo } from '../model/result';
import type { ParameterValues } from '../model/parameters';
import type { ProtocolEvent } from '../model/protocolEvents';
import type { CohortProvenance } from './cohort';

export interface AppVersion {
  readonly name: string;
  readonly version: string;
}

export interface NightProvenance {
  readonly night: 'A' | 'B';
  readonly label: string;
  readonly scenario: string;
  readonly seed: number;
  readonly params: ParameterValues;
  /** The night's protocol events, when it has any (absent otherwise, so older exports read the same). */
  readonly events?: readonly ProtocolEvent[];
}

export interface Provenance {
  readonly app: AppVersion;
  readonly model: ModelInfo;
  readonly experiment: { readonly title: string };
  /** ISO 8601, UTC. */
  readonly created: string;
  readonly nights: readonly [NightProvenance, NightProvenance];
  /** The virtual cohort the export carries (its bands, quantiles, report section), when it has one. */
  readonly cohort?: CohortProvenance;
}

export function buildProvenance(
  experiment: Experiment,
  params: readonly [ParameterValues, ParameterValues],
  versions: { app: AppVersion; model: ModelInfo },
  created: Date,
): Provenance {
  const night = (index: 0 | 1): NightProvenance => {
    const spec = experiment.nights[index];
    return {
      night: index === 0 ? 'A' : 'B',
      label: spec.label,
      scenario: spec.scenario,
      seed: spec.seed,
      params: params[index],
      ...(spec.events.length > 0 ? { events: spec.events.map((e) => ({ ...e })) } : {}),
    };
  };
  return {
    app: { name: versions.app.name, version: versions.app.version },
    model: { name: versions.model.name, version: versions.model.version },
    experiment: { title: experiment.title },
    created: created.toISOString(),
    nights: [night(0), night(1)],
  };
}

/** One line naming the software, e.g. "Nocturne 0.1.0, model nocturne-restoration 0.1.0". */
export function softwareLine(provenance: Provenance): string {
  const { app, model } = provenance;
  return `${app.name} ${app.version}, model ${model.name} ${model.version}`;
}

/** "A: Baseline night (baseline, seed 1) vs B: …", for titles and descriptions. */
export function nightsLine(provenance: Provenance): string {
  return provenance.nights.map((n) => `${n.night}: ${n.label} (${n.scenario}, seed ${n.seed})`).join(' vs ');
}
