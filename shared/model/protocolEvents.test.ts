import { describe, expect, it } from 'vitest';
import {
  eventIssues,
  EVENT_KINDS,
  checkEvent,
  describeEvent,
  eventSlotHour,
  eventTimeAt,
  newEvent,
  type ProtocolEvent,
} from './protocolEvents';
import { compileProtocol, parameterEvents, ProtocolError } from './protocol';
import { resolveParameters } from './scenarios';
import { simulateNight } from './engine';
import { clearRunInCache, configureRunInCache } from './runInCache';
import { EPOCHS_PER_HOUR } from './result';
import {
  EXOGENOUS_MELATONIN_HALF_LIFE_H,
  EXOGENOUS_MELATONIN_KA_PER_H,
  EXOGENOUS_MELATONIN_TMAX_H,
  addExogenousMelatonin,
} from './melatonin/exogenous';

const H = EPOCHS_PER_HOUR;
const base = resolveParameters('baseline');
/** Timeline hour of a clock time on the focal slot of the default protocol (14 run-in days). */
const focal = (clock: number, day = 0) => 24 * (14 + day) + (clock >= 12 ? clock - 12 : clock + 12);

describe('event times on the slot clock', () => {
  it('places day 0 afternoon before the focal night and small hours after it', () => {
    expect(eventSlotHour({ at: 15, day: 0 })).toBe(15);
    expect(eventSlotHour({ at: 3, day: 0 })).toBe(27);
    expect(eventSlotHour({ at: 15, day: -1 })).toBe(-9);
    expect(eventSlotHour({ at: 13, day: 1 })).toBe(37);
  });

  it('turns a slot hour back into clock and day, snapped to 5 minutes', () => {
    expect(eventTimeAt(15.02)).toEqual({ at: 15, day: 0 });
    expect(eventTimeAt(27.5)).toEqual({ at: 3.5, day: 0 });
    expect(eventTimeAt(36)).toEqual({ at: 12, day: 1 });
    expect(eventTimeAt(11.99)).toEqual({ at: 12, day: 0 });
    expect(eventTimeAt(23.99)).toEqual({ at: 0, day: 0 });
    expect(eventTimeAt(-9)).toEqual({ at: 15, day: -1 });
    for (const x of [12, 14.25, 23.5, 24, 30.75, 35.9166666]) {
      const t = eventTimeAt(x);
      expect(eventSlotHour(t)).toBeCloseTo(Math.round(x * 12) / 12, 9);
    }
  });
});

describe('checkEvent', () => {
  it('accepts a new event of every kind and names the bad field otherwise', () => {
    for (const k of EVENT_KINDS) expect(checkEvent(newEvent(k.kind, 15))).toBeNull();
    expect(checkEvent({ kind: 'coffee', at: 15, day: 0 })?.[0]).toBe('kind');
    expect(checkEvent({ kind: 'caffeine', at: 25, day: 0, mg: 100 })?.[0]).toBe('at');
    expect(checkEvent({ kind: 'caffeine', at: 15, day: 0.5, mg: 100 })?.[0]).toBe('day');
    expect(checkEvent({ kind: 'caffeine', at: 15, day: 0, mg: 0 })).toEqual([
      'mg',
      'must be a number above 0 and at most 800 mg, got 0',
    ]);
    expect(checkEvent({ kind: 'caffeine', at: 15, day: 0 })?.[0]).toBe('mg');
    expect(checkEvent({ kind: 'nap', at: 15, day: 0, duration_h: 60 })?.[0]).toBe('duration_h');
    expect(checkEvent({ kind: 'constantRoutine', at: 15, day: 0, duration_h: 26, lux: 500 })?.[0]).toBe('lux');
    expect(checkEvent({ kind: 'caffeine', at: 15, day: 0, mg: 100, lux: 3 })?.[0]).toBe('lux');
    expect(describeEvent(newEvent('caffeine', 15))).toBe('caffeine 15:00 200 mg');
  });
});

describe('compileProtocol with events', () => {
  it('is the parameters’ timeline, bit for bit, without events', () => {
    const a = compileProtocol(base);
    const b = compileProtocol(base, []);
    expect(Buffer.from(b.inBed.buffer).equals(Buffer.from(a.inBed.buffer))).toBe(true);
    expect(Buffer.from(b.lux.buffer).equals(Buffer.from(a.lux.buffer))).toBe(true);
    expect(b.caffeine).toEqual(a.caffeine);
    expect(b.melatonin).toEqual([]);
  });

  it('places several doses of each substance at their clock times, on any day', () => {
    const events: ProtocolEvent[] = [
      { kind: 'caffeine', at: 8, day: 0, mg: 100 },
      { kind: 'caffeine', at: 15, day: 0, mg: 200 },
      { kind: 'caffeine', at: 15, day: -1, mg: 50 },
      { kind: 'alcohol', at: 21.5, day: 0, gPerKg: 0.3 },
      { kind: 'melatonin', at: 20, day: 0, mg: 3 },
    ];
    const tl = compileProtocol(base, events);
    // 08:00 of day 0 is the morning of the focal slot's next day (the slot runs noon to noon).
    expect(tl.caffeine.map((d) => [d.epoch, d.amount])).toEqual([
      [focal(15, -1) * H, 50],
      [focal(15) * H, 200],
      [focal(8) * H, 100],
    ]);
    expect(tl.alcohol).toEqual([{ epoch: focal(21.5) * H, amount: 0.3 }]);
    expect(tl.melatonin).toEqual([{ epoch: focal(20) * H, amount: 3 }]);
  });

  it('lays naps, light and constant routines over the parameters’ protocol (events override)', () => {
    const p = resolveParameters('baseline', { nightLight_lux: 2 });
    const tl = compileProtocol(p, [
      { kind: 'nap', at: 14, day: 0, duration_h: 1.5 },
      { kind: 'light', at: 21, day: 0, duration_h: 1, lux: 3000 },
      { kind: 'constantRoutine', at: 2, day: 0, duration_h: 3, lux: 5 },
    ]);
    const e = (clock: number) => Math.round(focal(clock) * H);
    expect(tl.inBed[e(13.99)]).toBe(0);
    expect(tl.inBed[e(14)]).toBe(1);
    expect(tl.lux[e(14)]).toBe(2);
    expect(tl.inBed[e(15.5)]).toBe(0);
    expect(tl.lux[e(21.5)]).toBe(3000);
    expect(tl.lux[e(22)]).toBe(50);
    // The constant routine cuts the focal night: awake in dim light 02:00–05:00, back in bed after.
    expect(tl.inBed[e(1.99)]).toBe(1);
    expect(tl.inBed[e(2)]).toBe(0);
    expect(tl.lux[e(3)]).toBe(5);
    expect(tl.inBed[e(5)]).toBe(1);
  });

  it('makes split sleep from two bed periods', () => {
    const p = resolveParameters('baseline', { bedtime: 22, timeInBed_h: 4 });
    const tl = compileProtocol(p, [{ kind: 'nap', at: 4, day: 0, duration_h: 4 }]);
    const e = (clock: number) => Math.round(focal(clock) * H);
    expect([tl.inBed[e(23)], tl.inBed[e(3)], tl.inBed[e(5)], tl.inBed[e(8.5)]]).toEqual([1, 0, 1, 0]);
  });

  it('refuses a malformed event or one outside the protocol, naming the field', () => {
    const bad = (events: unknown[]) => {
      try {
        compileProtocol(base, events as ProtocolEvent[]);
      } catch (error) {
        expect(error).toBeInstanceOf(ProtocolError);
        return [(error as ProtocolError).field, (error as Error).message];
      }
      return null;
    };
    expect(bad([newEvent('caffeine', 15), { kind: 'caffeine', at: 15, day: 0, mg: -1 }])?.[0]).toBe('events[1].mg');
    const [field, message] = bad([{ kind: 'nap', at: 14, day: -15, duration_h: 1 }])!;
    expect(field).toBe('events[0].day');
    expect(message).toBe(
      'events[0] (nap / sleep period at 14:00 (day −15)) lies outside the protocol, which runs from 12:00 (day −14) to 00:00 (day +1); move it or change its day',
    );
    // The default protocol ends at 24:00 of the day after the focal night.
    expect(bad([{ kind: 'caffeine', at: 13, day: 1, mg: 100 }])).toBeNull();
    expect(bad([{ kind: 'caffeine', at: 0, day: 1, mg: 100 }])?.[0]).toBe('events[0].at');
  });

  it('carries the protocol on to the end of an interval event after it (recovery nights, long routines)', () => {
    const plain = compileProtocol(base);
    const nights = [
      { kind: 'nap', at: 23, day: 1, duration_h: 8 },
      { kind: 'nap', at: 23, day: 2, duration_h: 8 },
    ] as const;
    const tl = compileProtocol(base, nights);
    // Two more nights: it ends at 07:00 after the last one, not at the default midnight.
    expect(tl.epochs).toBe(focal(7, 2) * H);
    expect(tl.epochs).toBeGreaterThan(plain.epochs);
    // Identical up to the first nap, light by clock carried on, the naps in bed.
    const n = focal(23, 1) * H;
    expect(Buffer.from(tl.lux.buffer, 0, n * 4).equals(Buffer.from(plain.lux.buffer, 0, n * 4))).toBe(true);
    expect(Buffer.from(tl.inBed.buffer, 0, n).equals(Buffer.from(plain.inBed.buffer, 0, n))).toBe(true);
    expect(tl.lux[focal(15, 1) * H]).toBe(base.dayLight_lux);
    expect(tl.lux[focal(21, 2) * H]).toBe(base.eveningLight_lux);
    const e = (clock: number, day: number) => Math.round(focal(clock, day) * H);
    expect([tl.inBed[e(22.9, 1)], tl.inBed[e(23, 1)], tl.inBed[e(6.99, 2)]]).toEqual([0, 1, 1]);
    expect(tl.focus).toEqual(plain.focus);
    // A dose inside the carried-on protocol is placed; one after its end is still refused, and so
    // is a dose alone after the default end (only intervals carry the protocol on).
    expect(compileProtocol(base, [...nights, { kind: 'caffeine', at: 20, day: 2, mg: 100 }]).caffeine).toHaveLength(1);
    expect(() => compileProtocol(base, [...nights, { kind: 'caffeine', at: 8, day: 2, mg: 100 }])).toThrow(
      /lies outside the protocol, which runs from 12:00 \(day −14\) to 07:00 \(day \+2\)/,
    );
    expect(() => compileProtocol(base, [{ kind: 'caffeine', at: 20, day: 2, mg: 100 }])).toThrow(ProtocolError);
    // Order does not matter: the extension is known before any event is placed.
    expect(compileProtocol(base, [{ kind: 'caffeine', at: 20, day: 2, mg: 100 }, ...nights]).epochs).toBe(tl.epochs);
    expect(checkEvent({ kind: 'nap', at: 23, day: 60, duration_h: 8 })).toBeNull();
    expect(checkEvent({ kind: 'nap', at: 23, day: 61, duration_h: 8 })?.[0]).toBe('day');
  });

  it('states the dose parameters as the one event each stands for, without counting them twice', () => {
    for (const p of [
      resolveParameters('evening-caffeine'),
      resolveParameters('baseline', { caffeine_mg: 300, caffeineHoursBeforeBed: 14.25, bedtime: 0.5 }),
      resolveParameters('one-night-awake', { caffeine_mg: 100, alcohol_gPerKg: 0.4 }),
    ]) {
      const events = parameterEvents(p);
      const fromParams = compileProtocol(p);
      const fromEvents = compileProtocol({ ...p, caffeine_mg: 0, alcohol_gPerKg: 0 }, events);
      expect(fromEvents.caffeine).toEqual(fromParams.caffeine);
      expect(fromEvents.alcohol).toEqual(fromParams.alcohol);
      expect(fromParams.caffeine.length).toBe(p.caffeine_mg > 0 ? 1 : 0);
    }
    expect(parameterEvents(base)).toEqual([]);
    expect(parameterEvents(resolveParameters('evening-caffeine'))).toEqual([
      { kind: 'caffeine', at: 19, day: 0, mg: 200 },
    ]);
  });
});

describe('exogenous melatonin', () => {
  it('peaks at the published Tmax and clears with the published half-life', () => {
    const ke = Math.LN2 / EXOGENOUS_MELATONIN_HALF_LIFE_H;
    const ka = EXOGENOUS_MELATONIN_KA_PER_H;
    expect(Math.log(ka / ke) / (ka - ke)).toBeCloseTo(EXOGENOUS_MELATONIN_TMAX_H, 6);
    const plasma = new Float32Array(12 * H);
    addExogenousMelatonin(plasma, [{ epoch: 0, amount: 1 }], 70);
    let peak = 0;
    for (let i = 1; i < plasma.length; i++) if (plasma[i]! > plasma[peak]!) peak = i;
    // The epoch value is the level at the epoch's end.
    expect((peak + 1) / H).toBeCloseTo(EXOGENOUS_MELATONIN_TMAX_H, 1);
    // ≈ 770 pg/mL per mg at the peak (F 15 %, Vd 1.2 L/kg, 70 kg).
    expect(plasma[peak]).toBeGreaterThan(700);
    expect(plasma[peak]).toBeLessThan(850);
    // Long after absorption the decline is the elimination half-life.
    const a = plasma[9 * H]!;
    const b = plasma[9 * H + Math.round(EXOGENOUS_MELATONIN_HALF_LIFE_H * H)]!;
    expect(b / a).toBeCloseTo(0.5, 2);
    // The volume of distribution scales with the body mass: twice the mass, half the level.
    const heavy = new Float32Array(12 * H);
    addExogenousMelatonin(heavy, [{ epoch: 0, amount: 1 }], 140);
    expect(heavy[peak]! / plasma[peak]!).toBeCloseTo(0.5, 5);
  });

  it('raises plasma melatonin after a dose and leaves a night without one bit-identical', () => {
    const p = resolveParameters('baseline');
    const plain = simulateNight(p, 3);
    const again = simulateNight(p, 3, []);
    expect(Buffer.from(again.series.melatonin!.buffer).equals(Buffer.from(plain.series.melatonin!.buffer))).toBe(true);
    const dosed = simulateNight(p, 3, [{ kind: 'melatonin', at: 20, day: 0, mg: 3 }]);
    // Relative to the focal lights-off (23:00): the dose at 20:00 peaks near 20:50.
    const at = (r: typeof plain, h: number) => r.series.melatonin![Math.round((h - r.start_h) * H)]!;
    expect(at(dosed, -2.2) - at(plain, -2.2)).toBeGreaterThan(1500);
    expect(at(dosed, -3.5)).toBe(at(plain, -3.5));
    // The dose shifts the clock (a melatonin PRC, circadian.ts) and promotes sleep (sleepPropensity.ts):
    // with both couplings off the night is the plain one stage for stage; on, it is not. DLMO reads the endogenous curve, not the dose
    // (which crosses the threshold within minutes of 20:00): it moves only as the clock does.
    expect(Math.abs(dosed.metrics.dlmo_clock_h! - plain.metrics.dlmo_clock_h!)).toBeLessThan(0.3);
    const off = { ...p, melatoninPhaseGain_hPerH: 0, melatoninHypnoticGain: 0 };
    const dosedOff = simulateNight(off, 3, [{ kind: 'melatonin', at: 20, day: 0, mg: 3 }]);
    expect(Buffer.from(dosedOff.stage.buffer).equals(Buffer.from(plain.stage.buffer))).toBe(true);
    expect(Buffer.from(dosed.stage.buffer).equals(Buffer.from(plain.stage.buffer))).toBe(false);
  });
});

describe('events and the run-in cache', () => {
  it('gives the same bits with the cache on (cold and warm) and off, for events inside and after the run-in', () => {
    const p = resolveParameters('baseline');
    const events: ProtocolEvent[] = [
      { kind: 'light', at: 20, day: -3, duration_h: 2, lux: 2000 },
      { kind: 'caffeine', at: 9, day: -2, mg: 150 },
      { kind: 'melatonin', at: 21, day: -1, mg: 1 },
      { kind: 'nap', at: 14, day: 0, duration_h: 1 },
    ];
    const bits = (r: ReturnType<typeof simulateNight>) => [
      Buffer.from(r.stage.buffer).toString('base64'),
      ...Object.keys(r.series)
        .sort()
        .map((k) => Buffer.from(r.series[k]!.buffer).toString('base64')),
      JSON.stringify(r.metrics),
    ];
    for (const list of [events, events.slice(3)]) {
      clearRunInCache();
      simulateNight(p, 5); // stores the plain run-in
      const warm = bits(simulateNight(p, 5, list));
      const again = bits(simulateNight(p, 5, list));
      configureRunInCache({ enabled: false });
      try {
        const cold = bits(simulateNight(p, 5, list));
        expect(warm).toEqual(cold);
        expect(again).toEqual(cold);
      } finally {
        configureRunInCache({ enabled: true });
      }
    }
    // The events reach the run: a light pulse and doses on earlier days change the focal night.
    expect(bits(simulateNight(p, 5, events))).not.toEqual(bits(simulateNight(p, 5)));
  });
});

describe('eventIssues', () => {
  it('lists each bad event of a night by index and field, and nothing for good ones', () => {
    const issues = eventIssues([
      { kind: 'caffeine', at: 15, day: 0, mg: 100 },
      { kind: 'caffeine', at: 25, day: 0, mg: 100 },
      'not an event',
    ]);
    expect(issues.map((i) => i.path)).toEqual([[1, 'at'], [2]]);
    expect(issues[0]!.field).toBe('at');
    expect(issues[1]!.field).toBe('');
    expect(issues[1]!.problem).not.toMatch(/^ /);
  });
});
