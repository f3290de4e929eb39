import { describe, expect, it } from 'vitest';
import { SERVICE_WORKER_FILE, precachedFiles } from './offlineFiles';

describe('precachedFiles', () => {
  it('keeps every file of the build but the service worker and source maps, index.html as the site’s root', () => {
    expect(
      precachedFiles([
        'index.html',
        SERVICE_WORKER_FILE,
        'assets/index-abc.js',
        'assets/index-abc.js.map',
        'assets/simulationWorker-def.js',
        'assets/index-ghi.css',
      ]),
    ).toEqual(['./', './assets/index-abc.js', './assets/index-ghi.css', './assets/simulationWorker-def.js']);
  });
});
