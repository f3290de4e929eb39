import { afterEach, describe, expect, it, vi } from 'vitest';
import { focusPanel, panelElement } from './panelLink';

afterEach(() => {
  document.body.innerHTML = '';
});

function panels(): void {
  document.body.innerHTML = `
    <main class="results">
      <section data-testid="panel-hypnogram" aria-label="Hypnogram"></section>
      <section data-testid="panel-outcome" aria-label="Next-morning outcome" tabindex="0"></section>
    </main>`;
}

describe('panelElement', () => {
  it('finds a panel by its id, and nothing for a panel not shown', () => {
    panels();
    expect(panelElement('hypnogram')?.getAttribute('aria-label')).toBe('Hypnogram');
    expect(panelElement('swa')).toBeNull();
  });
});

describe('focusPanel', () => {
  it('scrolls the panel into view and focuses it, out of the Tab order', () => {
    panels();
    const panel = panelElement('hypnogram')!;
    const scrolled = vi.fn();
    panel.scrollIntoView = scrolled;
    focusPanel(panel);
    expect(scrolled).toHaveBeenCalledWith({ block: 'start' });
    expect(document.activeElement).toBe(panel);
    expect(panel.getAttribute('tabindex')).toBe('-1');
  });

  it('keeps a tabindex the panel already has', () => {
    panels();
    const panel = panelElement('outcome')!;
    panel.scrollIntoView = vi.fn();
    focusPanel(panel);
    expect(document.activeElement).toBe(panel);
    expect(panel.getAttribute('tabindex')).toBe('0');
  });
});
