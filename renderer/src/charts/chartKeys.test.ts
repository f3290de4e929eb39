import { describe, expect, it } from 'vitest';
import { chartKey, dragHours, timePointer, wheelZoomFactor, type PointerPlot } from './chartKeys';

describe('chartKey', () => {
  const window = { start: 18, end: 36 };
  const record = () => {
    const calls: string[] = [];
    return {
      calls,
      act: {
        pan: (h: number) => calls.push(`pan ${h.toFixed(2)}`),
        zoom: (f: number, at: number) => calls.push(`zoom ${f} at ${at}`),
        reset: () => calls.push('reset'),
      },
    };
  };

  it('pans by a tenth of the window, zooms about its middle, resets on 0', () => {
    const { calls, act } = record();
    for (const key of ['ArrowLeft', 'ArrowRight', '+', '=', '-', '0']) expect(chartKey(key, window, act)).toBe(true);
    expect(calls).toEqual(['pan -1.80', 'pan 1.80', 'zoom 0.8 at 27', 'zoom 0.8 at 27', 'zoom 1.25 at 27', 'reset']);
  });

  it('leaves other keys to the page (Tab moves focus on)', () => {
    const { calls, act } = record();
    expect(chartKey('Tab', window, act)).toBe(false);
    expect(chartKey('a', window, act)).toBe(false);
    expect(calls).toEqual([]);
  });

  it('pans a drag by the hours it covers, against the pointer, and zooms a wheel step by the keys’ factors', () => {
    expect(dragHours(100, window, 600)).toBeCloseTo(-3, 12);
    expect(wheelZoomFactor(120)).toBe(1.25);
    expect(wheelZoomFactor(-120)).toBe(0.8);
  });
});

describe('timePointer', () => {
  const window = { start: 18, end: 36 };
  // A plot 100..460 px wide showing 18..36 h: 20 px an hour.
  const box: PointerPlot = { left: 100, right: 460, hourAt: (px) => 18 + (px - 100) / 20 };
  const mouse = (offsetX: number, deltaY = 0) => {
    const event = { offsetX, deltaY, prevented: false, preventDefault: () => (event.prevented = true) };
    return event;
  };
  const setUp = (plot: PointerPlot | null = box) => {
    const calls: string[] = [];
    const pointer = timePointer(
      () => plot,
      () => window,
      {
        hover: (h) => calls.push(`hover ${h}`),
        pan: (h) => calls.push(`pan ${h.toFixed(2)}`),
        zoom: (f, at) => calls.push(`zoom ${f} at ${at}`),
        reset: () => calls.push('reset'),
      },
    );
    return { calls, pointer };
  };

  it('hovers the hour under the pointer, and nothing off the plot or before the chart has one', () => {
    const { calls, pointer } = setUp();
    pointer.move(mouse(300) as unknown as MouseEvent);
    pointer.move(mouse(50) as unknown as MouseEvent);
    pointer.leave();
    expect(calls).toEqual(['hover 28', 'hover null', 'hover null']);
    const none = setUp(null);
    none.pointer.move(mouse(300) as unknown as MouseEvent);
    expect(none.calls).toEqual(['hover null']);
  });

  it('pans while dragged (content follows the pointer) and stops on release', () => {
    const { calls, pointer } = setUp();
    pointer.down(mouse(300) as unknown as MouseEvent);
    pointer.move(mouse(340) as unknown as MouseEvent);
    pointer.up();
    pointer.move(mouse(380) as unknown as MouseEvent);
    // 40 px of 360 px showing 18 h: 2 h back.
    expect(calls).toEqual(['pan -2.00', 'hover 30', 'hover 32']);
  });

  it('zooms about the hour under the wheel, only over the plot, and takes the keys', () => {
    const { calls, pointer } = setUp();
    const over = mouse(200, -1);
    pointer.wheel(over as unknown as WheelEvent);
    const off = mouse(20, 1);
    pointer.wheel(off as unknown as WheelEvent);
    expect(over.prevented).toBe(true);
    expect(off.prevented).toBe(false);
    const key = { key: '0', prevented: false, preventDefault: () => (key.prevented = true) };
    pointer.key(key as unknown as KeyboardEvent);
    pointer.reset();
    expect(calls).toEqual(['zoom 0.8 at 23', 'reset', 'reset']);
    expect(key.prevented).toBe(true);
  });

  it('binds each DOM event of the canvas to its handler (v-on="pointer.on")', () => {
    const { calls, pointer } = setUp();
    pointer.on.mousedown(mouse(300) as unknown as MouseEvent);
    pointer.on.mousemove(mouse(340) as unknown as MouseEvent);
    pointer.on.mouseup();
    pointer.on.mouseleave();
    pointer.on.dblclick();
    pointer.on.wheel(mouse(200, -1) as unknown as WheelEvent);
    const key = { key: '0', prevented: false, preventDefault: () => (key.prevented = true) };
    pointer.on.keydown(key as unknown as KeyboardEvent);
    expect(calls).toEqual(['pan -2.00', 'hover 30', 'hover null', 'reset', 'zoom 0.8 at 23', 'reset']);
  });
});
