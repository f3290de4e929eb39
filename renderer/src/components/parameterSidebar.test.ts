/**
 * The sidebar on the store, without a simulation: one night's sliders at a time with the other
 * night's value beside them, the search, "only what differs" keeping a row that is edited back
 * to equal, the scenario's mark on the slider, and the night's name handed back to its scenario.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import ParameterSidebar from './ParameterSidebar.vue';
import { useExperimentStore } from '../stores/experiment';
import { PARAMETERS } from '../../../shared/model/parameters';

const rows = (wrapper: ReturnType<typeof mount>) =>
  wrapper.findAll('[data-testid^="param-row-"]').map((r) => r.attributes('data-testid')!.slice('param-row-'.length));

// Each test mounts all ~270 rows: seconds in happy-dom on a busy machine.
describe('ParameterSidebar', { timeout: 30_000 }, () => {
  beforeEach(() => setActivePinia(createPinia()));

  it("sets night B first, and night A's after the switch, showing the other night's value", async () => {
    const wrapper = mount(ParameterSidebar);
    expect(rows(wrapper)).toHaveLength(PARAMETERS.length);
    expect(wrapper.find('[data-testid="param-caffeine_mg-b"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="param-caffeine_mg-a"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="other-caffeine_mg"]').text()).toBe('A: 0 mg');
    await wrapper.get('[data-testid="edit-night-a"]').setValue(true);
    expect(wrapper.find('[data-testid="param-caffeine_mg-a"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="param-caffeine_mg-b"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="other-caffeine_mg"]').text()).toBe('B: 200 mg');
    // The marks in words for screen readers: the scenario's value and the other night's.
    const slider = wrapper.get('[data-testid="param-caffeine_mg-a"]');
    const described = slider.attributes('aria-describedby')!.split(' ');
    expect(wrapper.get(`#${described[1]}`).text()).toBe("Marks: scenario's value 0 mg; night B 200 mg.");
    // The bar of night B's value sits a quarter along (200 of 0–800 mg).
    expect(wrapper.get('[data-testid="param-row-caffeine_mg"] .other-mark').attributes('style')).toContain(
      '--at: 0.25',
    );
  });

  it('finds parameters by name or description, and says when nothing matches', async () => {
    const wrapper = mount(ParameterSidebar);
    await wrapper.get('[data-testid="param-search"]').setValue('caffeine dose');
    expect(rows(wrapper)).toContain('caffeine_mg');
    expect(rows(wrapper)).not.toContain('age');
    expect(wrapper.get('[data-testid="param-count"]').text()).toBe(`${rows(wrapper).length} of ${PARAMETERS.length}`);
    await wrapper.get('[data-testid="param-search"]').setValue('no such parameter anywhere');
    expect(rows(wrapper)).toEqual([]);
    expect(wrapper.get('[data-testid="no-parameters"]').text()).toBe('No parameter matches.');
  });

  it('shows only what differs, and keeps a row edited back to equal until the filter changes', async () => {
    const store = useExperimentStore();
    const wrapper = mount(ParameterSidebar);
    await wrapper.get('[data-testid="only-differing"]').setValue(true);
    expect(rows(wrapper)).toContain('caffeine_mg');
    expect(rows(wrapper)).not.toContain('age');
    // B's age moved: the row appears, differing between the nights and from B's scenario.
    const age = store.values.b.age;
    store.setParameter('b', 'age', age + 20);
    await wrapper.vm.$nextTick();
    expect(rows(wrapper)).toContain('age');
    expect(wrapper.find('[data-testid="param-row-age"] .differs-mark').exists()).toBe(true);
    expect(wrapper.find('[data-testid="changed-age"]').exists()).toBe(true);
    // Dragged back to equal: the row stays under the pointer, its marks gone.
    store.setParameter('b', 'age', age);
    await wrapper.vm.$nextTick();
    expect(rows(wrapper)).toContain('age');
    expect(wrapper.find('[data-testid="param-row-age"] .differs-mark').exists()).toBe(false);
    expect(wrapper.find('[data-testid="changed-age"]').exists()).toBe(false);
    // Filtered afresh, it is gone.
    await wrapper.get('[data-testid="only-differing"]').setValue(false);
    await wrapper.get('[data-testid="only-differing"]').setValue(true);
    expect(rows(wrapper)).not.toContain('age');
    expect(rows(wrapper)).toContain('caffeine_mg');
  });

  it('names a night after its scenario again when its name is emptied', async () => {
    const store = useExperimentStore();
    const wrapper = mount(ParameterSidebar);
    const label = wrapper.get('[data-testid="label-b"]');
    await label.setValue('Exam week');
    expect(store.nights.b.label).toBe('Exam week');
    await label.setValue('');
    expect(store.nights.b.label).toBe('Evening caffeine');
    expect((label.element as HTMLInputElement).value).toBe('Evening caffeine');
  });

  it('folds away, naming its button for what it does', async () => {
    const wrapper = mount(ParameterSidebar);
    const toggle = wrapper.get('[data-testid="sidebar-toggle"]');
    expect(toggle.attributes('aria-expanded')).toBe('true');
    expect(toggle.text()).toContain('Hide the parameters');
    await toggle.trigger('click');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    expect(toggle.text()).toContain('Parameters: show them');
    expect((wrapper.get('#sidebar-body').element as HTMLElement).style.display).toBe('none');
  });
});
