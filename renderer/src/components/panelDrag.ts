/**
 * Drag-to-reorder of the comparison's panels: a panel is picked up by its header (HTML drag and
 * drop) and dropped on another, before it when let go over that panel's top half, after it over
 * its bottom half (the view store's placePanel; the hypnograms lead and do not move). The Panels
 * menu's ↑ ↓ buttons stay the keyboard's way: a drag needs a pointer.
 */
import { ref } from 'vue';
import type { PanelId } from '../../../shared/model/panels';
import { useViewStore } from '../stores/view';

export type DropSide = 'before' | 'after';

/** Which side of a panel a drop at page y lands on. */
export function dropSide(clientY: number, box: { top: number; height: number }): DropSide {
  return clientY < box.top + box.height / 2 ? 'before' : 'after';
}

/** A private type, so a drag of text or a file from elsewhere is not taken for a panel. */
const PANEL_TYPE = 'application/x-nocturne-panel';

export function usePanelDrag() {
  const view = useViewStore();
  const dragging = ref<PanelId | null>(null);
  const over = ref<{ id: PanelId; side: DropSide } | null>(null);

  function start(id: PanelId, event: DragEvent): void {
    dragging.value = id;
    if (event.dataTransfer) {
      event.dataTransfer.setData(PANEL_TYPE, id);
      event.dataTransfer.effectAllowed = 'move';
    }
  }
  function overPanel(id: PanelId, event: DragEvent): void {
    if (dragging.value === null) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    const side = dropSide(event.clientY, (event.currentTarget as HTMLElement).getBoundingClientRect());
    if (over.value?.id !== id || over.value.side !== side) over.value = { id, side };
  }
  function drop(id: PanelId, event: DragEvent): void {
    if (dragging.value === null) return;
    event.preventDefault();
    const side = dropSide(event.clientY, (event.currentTarget as HTMLElement).getBoundingClientRect());
    view.placePanel(dragging.value, id, side);
    end();
  }
  function end(): void {
    dragging.value = null;
    over.value = null;
  }
  /** The drop mark a panel shows while a drag is over it ('' when none). */
  const markOf = (id: PanelId): string =>
    over.value?.id === id && dragging.value !== id ? `drop-${over.value.side}` : '';

  return { dragging, start, overPanel, drop, end, markOf };
}
