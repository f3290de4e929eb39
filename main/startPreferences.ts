/**
 * The lab window's web preferences that speed the page's start and are not security settings
 * (those are main/security.ts's SECURE_WEB_PREFERENCES). Plain data, no electron import: the
 * window (main/electron/window.ts) spreads it in, and the tests of the built main compare with it.
 *
 * V8's code cache written on the first run of each script, not only once Chromium's heat check
 * has seen it run several times
 * (Electron's WebPreferences.v8CacheOptions: 'none' | 'code' (the default, heuristic) |
 * 'bypassHeatCheck' | 'bypassHeatCheckAndEagerCompile'). The lab's page loads the same few
 * chunks every start, so from the second start on they come compiled from the cache; eager
 * compilation would cache code the first screen never runs. The app scheme allows the cache
 * (main/protocol.ts, codeCache).
 */
export const START_WEB_PREFERENCES = { v8CacheOptions: 'bypassHeatCheck' } as const;
