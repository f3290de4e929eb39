/**
 * One lifecycle scenario in this process: `electron` resolved to the fake by a module hook, then
 * the BUILT main (out/main/index.js) imported as Electron would run it. Exit 0 when the scenario's
 * assertions hold; otherwise the failure on stderr and exit 1.
 * usage: node --import tsx tests/desktop/runMain.ts "<scenario name>"
 */
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';
import { SCENARIOS } from './lifecycleScenarios';
import { BUILT_MAIN } from './paths';

const name = process.argv[2] ?? '';
const scenario = SCENARIOS[name];
if (!scenario) {
  console.error(`no scenario "${name}"; there are: ${Object.keys(SCENARIOS).join(' | ')}`);
  process.exit(2);
}

register(new URL('./electronHook.mjs', import.meta.url), {
  data: { fakeUrl: new URL('./fakeElectron.ts', import.meta.url).href },
});
if (scenario.platform) Object.defineProperty(process, 'platform', { value: scenario.platform });
process.argv = [process.argv[0]!, BUILT_MAIN, ...(scenario.argv?.() ?? [])];

// A scenario that hangs is a failure too; the test's own timeout is the backstop.
const watchdog = setTimeout(() => {
  console.error(`scenario "${name}" did not finish in 20 s`);
  process.exit(1);
}, 20_000);
watchdog.unref();

try {
  await scenario.run({ loadMain: async () => void (await import(pathToFileURL(BUILT_MAIN).href)) });
  console.log(`ok ${name}`);
  process.exit(0);
} catch (error) {
  console.error((error as Error).stack ?? String(error));
  process.exit(1);
}
