/** Entry point: `npm run -s cli -- <command> …` (tsx cli/index.ts). */
import { runCli } from './main';
import { nodeIo } from './nodeIo';

// Piped into `head`, stdout closes early: that is the reader's choice, not a failure to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), nodeIo());
