/**
 * Going from a figure to the chart that draws it: the chart's panel is scrolled to the top of
 * the results and takes the focus, so a keyboard user continues from there and a screen reader
 * announces the panel's name; a brief ring shows a sighted user where they landed.
 */
import type { PanelId } from '../../../shared/model/panels';

/**
 * The section of a chart panel on the nights view. ComparisonView marks each panel's section
 * with `data-testid="panel-<id>"` (and names it by aria-label): its one per-panel mark.
 */
export function panelElement(id: PanelId, root: ParentNode = document): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-testid="panel-${id}"]`);
}

/** The sticky element (the night columns' heads) that `element` lies in, or null. */
function stickyAncestor(element: Element | null, stop: Element): HTMLElement | null {
  for (let e = element; e && e !== stop; e = e.parentElement)
    if (e instanceof HTMLElement && getComputedStyle(e).position === 'sticky') return e;
  return null;
}

function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let e = element.parentElement; e; e = e.parentElement) {
    const overflow = getComputedStyle(e).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return e;
  }
  return null;
}

/**
 * Scrolls the panel into view and focuses it. A section is not focusable by itself: tabindex -1
 * lets it take the focus from a script without adding it to the Tab order. Scrolled to the top,
 * the panel's head would lie under the sticky night headings: it is scrolled down by their height.
 */
export function focusPanel(panel: HTMLElement): void {
  if (!panel.hasAttribute('tabindex')) panel.setAttribute('tabindex', '-1');
  panel.scrollIntoView({ block: 'start' });
  const box = panel.getBoundingClientRect();
  const scroller = scrollParent(panel);
  const over = document.elementFromPoint?.(box.left + box.width / 2, box.top + 1) ?? null;
  const sticky = scroller && !panel.contains(over) ? stickyAncestor(over, scroller) : null;
  if (scroller && sticky) scroller.scrollTop -= sticky.getBoundingClientRect().bottom - box.top;
  panel.focus({ preventScroll: true });
  // A focus ring from a mouse click is not drawn (:focus-visible): a fading ring says where the
  // chart is; with reduced motion, no fade.
  if (!matchMedia('(prefers-reduced-motion: reduce)').matches)
    panel.animate?.([{ boxShadow: '0 0 0 3px var(--accent)' }, { boxShadow: '0 0 0 3px transparent' }], {
      duration: 1500,
      easing: 'ease-in',
    });
}
