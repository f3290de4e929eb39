import { beforeEach, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import ProtocolStrip from './ProtocolStrip.vue';
import { useExperimentStore } from '../stores/experiment';

const WINDOW = { start: 12, end: 48 };

describe('ProtocolStrip', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('shows the dose parameters as read-only marks and the events as marks at their times', () => {
    const store = useExperimentStore();
    store.addEvent('b', { kind: 'nap', at: 14, day: 0, duration_h: 1.5 });
    const wrapper = mount(ProtocolStrip, { props: { night: 'b', window: WINDOW, plot: null } });
    // B's scenario takes 200 mg 4 h before its 23:00 bedtime.
    expect(wrapper.get('[data-testid="param-event-b-0"]').attributes('title')).toBe(
      'caffeine 19:00 200 mg (from the parameters; change it with its sliders)',
    );
    const nap = wrapper.get('[data-testid="event-mark-b-0"]');
    expect(nap.attributes('data-time')).toBe('14:00');
    // 14:00 is 2 h into the 36-h window; 1.5 h long.
    expect(nap.attributes('style')).toContain(`left: ${(2 / 36) * 100}%`);
    expect(nap.attributes('style')).toContain(`width: ${(1.5 / 36) * 100}%`);
  });

  it('adds by the keyboard form, moves by arrow keys in 5-minute steps, and removes with Delete', async () => {
    const store = useExperimentStore();
    const wrapper = mount(ProtocolStrip, {
      props: { night: 'b', window: WINDOW, plot: null },
      attachTo: document.body,
    });
    await wrapper.get('[data-testid="event-kind-b"]').setValue('melatonin');
    await wrapper.get('[data-testid="event-time-b"]').setValue('20:30');
    await wrapper.get('[data-testid="event-mg-b"]').setValue('0.5');
    await wrapper.get('[data-testid="event-form-b"]').trigger('submit');
    expect(store.nights.b.events).toEqual([{ kind: 'melatonin', at: 20.5, day: 0, mg: 0.5 }]);

    const mark = wrapper.get('[data-testid="event-mark-b-0"]');
    await mark.trigger('keydown', { key: 'ArrowRight' });
    expect(store.nights.b.events[0]!.at).toBeCloseTo(20 + 35 / 60, 9);
    await mark.trigger('keydown', { key: 'ArrowLeft', shiftKey: true });
    expect(store.nights.b.events[0]!.at).toBeCloseTo(19 + 35 / 60, 9);
    await wrapper.get('[data-testid="event-mark-b-0"]').trigger('keydown', { key: 'Delete' });
    expect(store.nights.b.events).toEqual([]);
    expect(wrapper.find('[data-testid="event-mark-b-0"]').exists()).toBe(false);
    store.undo();
    await wrapper.vm.$nextTick();
    expect(wrapper.get('[data-testid="event-mark-b-0"]').attributes('data-time')).toBe('19:35');
    wrapper.unmount();
  });

  it('edits an event’s values and day in the list, refusing one out of range', async () => {
    const store = useExperimentStore();
    store.addEvent('a', { kind: 'light', at: 21, day: 0, duration_h: 1, lux: 1000 });
    const wrapper = mount(ProtocolStrip, { props: { night: 'a', window: WINDOW, plot: null } });
    await wrapper.get('[data-testid="event-lux-a-0"]').setValue('2500');
    await wrapper.get('[data-testid="event-day-a-0"]').setValue('-1');
    expect(store.nights.a.events).toEqual([{ kind: 'light', at: 21, day: -1, duration_h: 1, lux: 2500 }]);
    await wrapper.get('[data-testid="event-duration_h-a-0"]').setValue('100');
    expect(store.nights.a.events[0]).toMatchObject({ duration_h: 1 });
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Event 1: duration_h must be a number above 0 and at most 48 h, got 100',
    );
  });

  it('refuses a form value outside its range, saying which', async () => {
    const store = useExperimentStore();
    const wrapper = mount(ProtocolStrip, { props: { night: 'a', window: WINDOW, plot: null } });
    await wrapper.get('[data-testid="event-mg-a"]').setValue('5000');
    await wrapper.get('[data-testid="event-form-a"]').trigger('submit');
    expect(store.nights.a.events).toEqual([]);
    expect(wrapper.get('[role="alert"]').text()).toBe('mg must be a number above 0 and at most 800 mg, got 5000');
  });
});
