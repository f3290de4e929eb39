/** Types for provision-electron.mjs, which stays plain JavaScript so a postinstall needs only Node. */
export declare const DEFAULT_TIMEOUT_MS: number;

export declare function installTimeoutMs(env?: NodeJS.ProcessEnv): number;

export type ProvisionOutcome = 'installed' | 'skipped' | 'override' | 'no-package' | 'failed' | 'timeout';

/** `detail` is a phrase: for 'failed' the installer's own error message, without its stack. */
export declare function provisionElectron(options?: { env?: NodeJS.ProcessEnv; timeoutMs?: number }): {
  outcome: ProvisionOutcome;
  detail: string;
};
