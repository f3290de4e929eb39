/**
 * How the comparison is shown: compare mode, the shared time window (zoom and pan), the shared
 * time cursor, and which panels are on. Times are "slot hours": clock hours counted from the
 * midnight before the focal day slot's noon (focal lights-off at 23:00 is 23, at 00:30 is 24.5),
 * so both nights share one clock axis whatever their bedtimes.
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { PANELS, type PanelId } from '../../../shared/model/panels';
import type { CompareMode } from '../../../shared/nights';
import type { SlotWindow, ViewSpan } from '../../../shared/time/axis';
import { DEFAULT_VIEW_SPAN } from '../../../shared/experiment/format';

export type { CompareMode } from '../../../shared/nights';

export const useViewStore = defineStore('view', () => {
  const mode = ref<CompareMode>('side');
  /**
   * The span the charts show unzoomed (VIEW_SPANS of shared/time/axis.ts): the focal night by
   * default, the night and next day, or the whole protocol (which the runs store then simulates).
   * The file keeps it (view.span).
   */
  const span = ref<ViewSpan>(DEFAULT_VIEW_SPAN);
  /**
   * What the hypnogram panel draws over the whole protocol: the double-plotted actogram (a row
   * per day, the standard figure for days of sleep and light), or the hypnograms on one long axis
   * (to zoom into one night and edit events on the strips). The other spans always draw the hypnograms.
   */
  const protocolFigure = ref<'actogram' | 'hypnogram'>('actogram');
  /** Null: the span's window (viewSpanWindow). */
  const zoom = ref<SlotWindow | null>(null);
  const cursor = ref<number | null>(null);
  /** The panels shown, in the order drawn (the user may reorder them). */
  const panels = ref<PanelId[]>(PANELS.map((p) => p.id));
  const showTables = ref(false);
  /**
   * The results area shows the map of the model (what drives what), the two nights, sweeps of
   * one of them, or a sleeper fitted to a person's PVT sessions. Not kept in the file: a view to look through, like the sweep tab.
   */
  const tab = ref<'map' | 'nights' | 'sweep' | 'fit' | 'cohort' | 'classroom'>('nights');

  const zoomed = computed(() => zoom.value !== null);

  function setZoom(window: SlotWindow | null, limits?: SlotWindow): void {
    if (!window) {
      zoom.value = null;
      return;
    }
    let { start, end } = window;
    const minSpan = 0.5;
    if (end - start < minSpan) end = start + minSpan;
    if (limits) {
      const span = Math.min(end - start, limits.end - limits.start);
      start = Math.max(limits.start, Math.min(start, limits.end - span));
      end = start + span;
    }
    zoom.value = { start, end };
  }

  function zoomBy(factor: number, around: number, current: SlotWindow, limits: SlotWindow): void {
    const start = around - (around - current.start) * factor;
    const end = around + (current.end - around) * factor;
    setZoom({ start, end }, limits);
  }

  function pan(hours: number, current: SlotWindow, limits: SlotWindow): void {
    setZoom({ start: current.start + hours, end: current.end + hours }, limits);
  }

  /** One click to a span: its whole window, unzoomed. */
  function setSpan(next: ViewSpan): void {
    span.value = next;
    zoom.value = null;
  }

  /**
   * Hides a panel, or shows it again where it is declared: after the shown panel that comes last
   * before it in PANELS (first if none), the user's order of the others kept.
   */
  function togglePanel(id: PanelId): void {
    if (panels.value.includes(id)) {
      panels.value = panels.value.filter((p) => p !== id);
      return;
    }
    const ids = PANELS.map((p) => p.id);
    const before = ids.slice(0, ids.indexOf(id)).filter((p) => panels.value.includes(p));
    const at = before.length === 0 ? 0 : Math.max(...before.map((p) => panels.value.indexOf(p))) + 1;
    panels.value = [...panels.value.slice(0, at), id, ...panels.value.slice(at)];
  }

  /**
   * Moves a shown panel one place up (−1) or down (+1) among the shown ones; the file keeps the
   * order. The hypnograms always lead (ComparisonView), so a move steps over them.
   */
  function movePanel(id: PanelId, by: -1 | 1): void {
    const from = panels.value.indexOf(id);
    if (from < 0 || id === 'hypnogram') return;
    let to = from + by;
    if (panels.value[to] === 'hypnogram') to += by;
    if (to < 0 || to >= panels.value.length) return;
    const next = [...panels.value];
    next[from] = next[to]!;
    next[to] = id;
    panels.value = next;
  }

  /**
   * Puts a shown panel just before or after another (a panel dragged by its header and dropped);
   * the hypnograms lead and do not move, and nothing moves onto itself.
   */
  function placePanel(id: PanelId, target: PanelId, where: 'before' | 'after'): void {
    if (id === target || id === 'hypnogram' || !panels.value.includes(id) || !panels.value.includes(target)) return;
    const rest = panels.value.filter((p) => p !== id);
    // Never above the hypnograms (−1 when they are hidden: anywhere).
    const at = Math.max(rest.indexOf(target) + (where === 'after' ? 1 : 0), rest.indexOf('hypnogram') + 1);
    panels.value = [...rest.slice(0, at), id, ...rest.slice(at)];
  }

  return {
    mode,
    span,
    protocolFigure,
    zoom,
    zoomed,
    setSpan,
    cursor,
    panels,
    showTables,
    tab,
    setZoom,
    zoomBy,
    pan,
    togglePanel,
    movePanel,
    placePanel,
  };
});
