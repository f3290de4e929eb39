/**
 * The map component on the model's declarations, without a simulation: every node and coupling
 * drawn and named for assistive technology, selection by click and keyboard, a coupling's facts
 * and strength, and the knockout in B (B's strength to 0, never A's, even when linked).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import ModelMap from './ModelMap.vue';
import { useExperimentStore } from '../stores/experiment';
import { COUPLINGS, MODEL_NODES } from '../../../shared/model/graph';

describe('ModelMap', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('draws every node and coupling of the declarations, each focusable with a name', () => {
    const wrapper = mount(ModelMap);
    const nodes = wrapper.findAll('[data-testid^="map-node-"]');
    const edges = wrapper.findAll('[data-testid^="map-edge-"]');
    expect(nodes).toHaveLength(MODEL_NODES.length);
    expect(edges).toHaveLength(COUPLINGS.length);
    for (const el of [...nodes, ...edges]) {
      expect(el.attributes('tabindex')).toBe('0');
      expect(el.attributes('role')).toBe('button');
      expect(el.attributes('aria-label')?.length).toBeGreaterThan(5);
    }
    const edge = wrapper.get('[data-testid="map-edge-clockGatesSleep"]');
    expect(edge.attributes('aria-label')).toBe(
      'The clock gates sleep and wake: Circadian clock drives Sleep–wake and stages, established',
    );
    expect(edge.find('.map-edge-line').attributes('marker-end')).toBe('url(#map-arrow-established)');
  });

  it('selects by Enter and clears by Escape; a node lists the couplings into and out of it', async () => {
    const wrapper = mount(ModelMap);
    const node = wrapper.get('[data-testid="map-node-glymphatic"]');
    await node.trigger('keydown', { key: 'Enter' });
    expect(node.attributes('aria-pressed')).toBe('true');
    expect(wrapper.get('[data-testid="map-detail-title"]').text()).toContain('Glymphatic clearance');
    for (const c of COUPLINGS.filter((k) => k.to === 'glymphatic' || k.from === 'glymphatic'))
      expect(wrapper.find(`[data-testid="map-link-${c.id}"]`).exists(), c.id).toBe(true);
    await node.trigger('keydown', { key: 'Escape' });
    expect(wrapper.find('[data-testid="map-detail-title"]').exists()).toBe(false);
  });

  it('shows a coupling’s evidence, sources and strength, and knocks it out in B only, even when linked', async () => {
    const store = useExperimentStore();
    store.toggleLink('outcomeHangoverFatigue_LPerG');
    const wrapper = mount(ModelMap);
    await wrapper.get('[data-testid="map-edge-alcoholHangover"]').trigger('click');
    expect(wrapper.get('[data-testid="map-edge-evidence"]').text()).toContain('Supported');
    expect(wrapper.get('[data-testid="map-edge-sources"]').text()).toContain('Rohsenow et al. 2010');
    expect(wrapper.get('[data-testid="map-edge-knockout"]').text()).toContain('goes down');
    const b = wrapper.get('[data-testid="map-param-outcomeHangoverFatigue_LPerG-b-number"]');
    expect((b.element as HTMLInputElement).value).toBe('0.8');

    await wrapper.get('[data-testid="map-knockout-b"]').trigger('click');
    expect(store.values.b.outcomeHangoverFatigue_LPerG).toBe(0);
    expect(store.values.a.outcomeHangoverFatigue_LPerG).toBe(0.8);
    expect(store.linked).not.toContain('outcomeHangoverFatigue_LPerG');
    expect(wrapper.get('[data-testid="map-knockout-b"]').attributes('disabled')).toBeDefined();
    // The row's reset brings B back to the scenario's value.
    await wrapper.get('[data-testid="map-reset-outcomeHangoverFatigue_LPerG-b"]').trigger('click');
    expect(store.values.b.outcomeHangoverFatigue_LPerG).toBe(0.8);
  });
});
