import { describe, expect, it } from 'vitest';
import { firstScreenFiles } from './preloadFirstScreen';

const chunk = (fileName: string, imports: string[], facadeModuleId: string | null = null) => ({
  type: 'chunk' as const,
  fileName,
  imports,
  facadeModuleId,
});

describe('the first screen preloaded', () => {
  const bundle = {
    'index.js': chunk('index.js', ['vue.js'], '/src/renderer/src/main.ts'),
    'App.js': chunk('App.js', ['vue.js', 'stores.js'], '/src/renderer/src/App.vue'),
    'stores.js': chunk('stores.js', ['vue.js', 'model.js']),
    'model.js': chunk('model.js', []),
    'vue.js': chunk('vue.js', []),
    // Imported dynamically by App: not part of the first screen.
    'PanelChart.js': chunk('PanelChart.js', ['chart.js'], '/src/renderer/src/components/PanelChart.vue'),
    'chart.js': chunk('chart.js', []),
    'App.css': { type: 'asset' as const },
  };

  it('lists the app chunk and its static imports, dependencies first, each once', () => {
    expect(firstScreenFiles(bundle, 'renderer/src/App.vue')).toEqual(['vue.js', 'model.js', 'stores.js', 'App.js']);
  });

  it('finds the module by its path on Windows too, and lists nothing when the bundle has no such chunk', () => {
    const windows = { 'App.js': chunk('App.js', [], 'C:\\src\\renderer\\src\\App.vue') };
    expect(firstScreenFiles(windows, 'renderer/src/App.vue')).toEqual(['App.js']);
    expect(firstScreenFiles(bundle, 'renderer/src/Missing.vue')).toEqual([]);
  });
});
