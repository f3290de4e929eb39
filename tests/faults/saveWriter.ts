/**
 * Test-only child process: saves two different experiments over one path, alternately, as fast
 * as it can, until it is killed. argv: target path.
 */
import { writeFileAtomic } from '../../main/files/atomicWrite';
import { defaultExperiment, serializeExperiment } from '../../shared/experiment';

const target = process.argv[2]!;
const versions = [0, 1].map((i) =>
  serializeExperiment(
    { ...defaultExperiment(), title: `version ${i}`, notes: String(i).repeat(90_000) },
    { app: 't', model: 't' },
  ),
);
let i = 0;
for (;;) {
  await writeFileAtomic(target, versions[i % 2]!);
  i++;
  if (i === 1) process.stdout.write('started\n');
}
