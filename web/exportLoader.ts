/**
 * The exports of the browser edition come from web/exports.ts (figures, charts and the report
 * drawn in the page; a module of its own), whose functions have the signatures of LabApi's export
 * methods. It is loaded on the first export, not at start (pdf-lib and the figure code are large),
 * as main loads its renderers on the first export. A build made without that module answers an
 * export with an error saying so, which the export dialog shows.
 */
import type { InvokeChannel, LabApi, ResponseTypes } from '../shared/ipc';
import { INVOKE_CHANNELS } from '../shared/ipcChannels';
import { HandlerError } from '../main/ipc/handlerError';
import type { ParameterValues } from '../shared/model/parameters';
import type { ProtocolEvent } from '../shared/model/protocolEvents';
import type { SimulationResult } from '../shared/model/result';

export type ExportMethod = 'exportPack' | 'exportChart' | 'prepareReport' | 'exportCohort';
type ExportModule = Pick<LabApi, ExportMethod>;
/** The web export functions take the request and, second, what the page lends them (its worker pool). */
type ExportCall<M extends ExportMethod> = (
  request: Parameters<LabApi[M]>[0],
  deps: ExportDeps,
) => ReturnType<LabApi[M]>;

/** What an export borrows from the edition: the whole-protocol runs on its worker pool (not the page's thread). */
export interface ExportDeps {
  readonly simulate: (task: {
    readonly values: ParameterValues;
    readonly events: readonly ProtocolEvent[];
    readonly seed: number;
  }) => Promise<SimulationResult>;
}

// import.meta.glob: the module when the build has it, nothing (and no failed build) when it does not.
const modules = import.meta.glob<ExportModule>('./exports.ts');

/** A handler for one export channel that calls the export module's function of the same name. */
export function exportMethod<M extends ExportMethod>(
  method: M,
  deps: ExportDeps,
): (request: Parameters<LabApi[M]>[0]) => Promise<ResponseTypes[(typeof INVOKE_CHANNELS)[M] & InvokeChannel]> {
  return async (request) => {
    const load = modules['./exports.ts'];
    if (!load) {
      throw new HandlerError({
        code: 'internal',
        message:
          'This build of the web edition has no exports (web/exports.ts was not built in); the desktop app and `nocturne export` have them.',
      });
    }
    const exporter = (await load()) as ExportModule;
    const call = exporter[method] as unknown as ExportCall<M>;
    const reply = await call(request, deps);
    if (!reply.ok) throw new HandlerError(reply.error);
    return reply.value as ResponseTypes[(typeof INVOKE_CHANNELS)[M] & InvokeChannel];
  };
}
