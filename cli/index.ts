/** Entry point: `npm run -s cli -- <command> …` (tsx cli/index.ts). */
import { runCli } from './main';
import { nodeIo } from './nodeIo';

process.exitCode = await runCli(process.argv.slice(2), nodeIo());
