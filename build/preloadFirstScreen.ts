import type { Plugin } from 'vite';

/** The module the renderer's entry imports dynamically (renderer/src/main.ts) once the first nights are asked for. */
export const FIRST_SCREEN_MODULE = 'renderer/src/App.vue';

/** A chunk as the plugin needs it: its source module, what it imports, its file. */
interface ChunkInfo {
  readonly type: 'chunk';
  readonly fileName: string;
  readonly facadeModuleId: string | null;
  readonly imports: readonly string[];
}

/**
 * The files of the chunk built from `module` and of every chunk it imports statically, in load
 * order (dependencies first); none when the bundle has no such chunk.
 */
export function firstScreenFiles(bundle: Record<string, ChunkInfo | { type: 'asset' }>, module: string): string[] {
  const chunks = Object.values(bundle).filter((item): item is ChunkInfo => item.type === 'chunk');
  const root = chunks.find((chunk) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(module));
  if (!root) return [];
  const files: string[] = [];
  const visit = (fileName: string) => {
    if (files.includes(fileName)) return;
    const chunk = chunks.find((c) => c.fileName === fileName);
    for (const dependency of chunk?.imports ?? []) visit(dependency);
    files.push(fileName);
  };
  visit(root.fileName);
  return files;
}

/**
 * The first screen's code fetched from the page's first moment: renderer/src/main.ts imports
 * App.vue only after its own chunk (Vue, the stores) has run and asked for the first nights, so
 * the browser would begin fetching the app's chunks only then (≈ 200 ms into a start, measured
 * by scripts/bench-ui-boot.ts) and wait for them. Modulepreload links in index.html fetch and
 * compile them beside the entry; they still run when main.ts imports them, in the same order.
 * The web edition's only (vite.web.config.ts), where its entry first starts the workers and
 * yields, and this gained ≈ 100–300 ms in three interleaved pairs; on the desktop harness the
 * same links delayed the entry's first request (≈ 450 against ≈ 190–290 ms) and the later start's
 * chart with it, so its build leaves them out.
 */
export function preloadFirstScreen(module = FIRST_SCREEN_MODULE): Plugin {
  return {
    name: 'nocturne-preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return [];
        // Both builds address their files relative to the page (base './'); the entry's own
        // static imports are preloaded by Vite already.
        return firstScreenFiles(context.bundle as Record<string, ChunkInfo | { type: 'asset' }>, module)
          .filter((file) => !html.includes(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
