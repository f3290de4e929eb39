/** Chart colours for the current theme (light or dark), following the system setting. */
import { onBeforeUnmount, ref, type Ref } from 'vue';
import type { ChartLook } from './chart';

const LIGHT: ChartLook = { dark: false, text: '#3a4052', grid: 'rgba(0,0,0,0.08)', cursor: '#1b1f2a' };
const DARK: ChartLook = { dark: true, text: '#b8bfd1', grid: 'rgba(255,255,255,0.08)', cursor: '#e6e8ef' };

export function useThemeLook(): Ref<ChartLook> {
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  const look = ref<ChartLook>(query.matches ? DARK : LIGHT);
  const onChange = (event: MediaQueryListEvent) => (look.value = event.matches ? DARK : LIGHT);
  query.addEventListener('change', onChange);
  onBeforeUnmount(() => query.removeEventListener('change', onChange));
  return look;
}
