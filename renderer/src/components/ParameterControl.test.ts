import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import ParameterControl from './ParameterControl.vue';
import { parameterSpec } from '../../../shared/model/parameters';

describe('ParameterControl', () => {
  it('shows label, unit and range from the schema, and labels the slider', () => {
    const spec = parameterSpec('caffeine_mg')!;
    const wrapper = mount(ParameterControl, { props: { spec, value: 200, night: 'b', differs: false } });
    expect(wrapper.find('label').text()).toContain('Caffeine dose');
    expect(wrapper.find('label').text()).toContain('(mg)');
    const slider = wrapper.find('[data-testid="param-caffeine_mg-b"]');
    expect(slider.attributes('type')).toBe('range');
    expect(slider.attributes('min')).toBe('0');
    expect(slider.attributes('max')).toBe('800');
    expect(wrapper.find('label').attributes('for')).toBe(slider.attributes('id'));
    expect(wrapper.find('.range').text()).toContain('800 mg');
  });

  it('shows clock parameters as hh:mm', () => {
    const spec = parameterSpec('bedtime')!;
    const wrapper = mount(ParameterControl, { props: { spec, value: 0.5, night: 'a', differs: true } });
    expect(wrapper.find('.current').text()).toBe('00:30');
    expect(wrapper.find('.differs-mark').exists()).toBe(true);
  });

  it('emits typed values clamped to the declared range', async () => {
    const spec = parameterSpec('timeInBed_h')!;
    const wrapper = mount(ParameterControl, { props: { spec, value: 8, night: 'a', differs: false } });
    const number = wrapper.find('[data-testid="param-timeInBed_h-a-number"]');
    await number.setValue('20');
    await number.trigger('change');
    expect(wrapper.emitted('change')?.at(-1)).toEqual([16]);
  });

  it('offers the choices of a choice parameter', () => {
    const spec = parameterSpec('sex')!;
    const wrapper = mount(ParameterControl, { props: { spec, value: 'female', night: 'a', differs: false } });
    expect(wrapper.findAll('option').map((o) => o.text())).toEqual(['male', 'female']);
  });
});
