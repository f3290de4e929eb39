import { describe, expect, it } from 'vitest';
import { resolveParameters } from './scenarios';
import { compileProtocol, hoursAfterNoon, ProtocolError, TimelineBuilder } from './protocol';
import { slotClock } from '../time/axis';
import { EPOCHS_PER_HOUR } from './result';

const H = EPOCHS_PER_HOUR;

describe('compileProtocol', () => {
  it('lays out the default protocol: 14 run-in days, focal night 23:00–07:00, day after to midnight', () => {
    const tl = compileProtocol(resolveParameters('baseline'));
    expect(tl.startClock_h).toBe(12);
    expect(tl.focus.lightsOff).toBe((14 * 24 + 11) * H);
    expect(tl.focus.lightsOn).toBe((14 * 24 + 19) * H);
    expect(tl.focus.slotNoon).toBe(14 * 24 * H);
    // First midnight ≥ 12 h after 07:00 lights-on is 24:00 that day.
    expect(tl.epochs).toBe((15 * 24 + 12) * H);
    expect(tl.focus.nextMidnight).toBe(tl.epochs);
    expect(tl.inBed[tl.focus.lightsOff - 1]).toBe(0);
    expect(tl.inBed[tl.focus.lightsOff]).toBe(1);
    expect(tl.inBed[tl.focus.lightsOn - 1]).toBe(1);
    expect(tl.inBed[tl.focus.lightsOn]).toBe(0);
  });

  it('sets light by clock: daylight 07–19, evening light otherwise and before lights-off, bedroom light in bed after the run-in', () => {
    const tl = compileProtocol(resolveParameters('baseline', { nightLight_lux: 5, eveningLightHours: 5 }));
    const at = (slot: number, clock: number) => tl.lux[(24 * slot + (clock >= 12 ? clock - 12 : clock + 12)) * H]!;
    expect(at(3, 12)).toBe(500);
    expect(at(3, 18.5)).toBe(50); // inside the 5 h before 23:00
    expect(at(3, 17.5)).toBe(500);
    expect(at(3, 16)).toBe(500);
    expect(at(3, 2)).toBe(0); // in bed on a run-in night: dark
    expect(at(14, 2)).toBe(5); // in bed on the focal night: the bedroom light
    expect(at(14, 19.5)).toBe(50);
  });

  it('lights the prior nights and the focal night with the bedroom light, never the run-in', () => {
    const tl = compileProtocol(resolveParameters('baseline', { nightLight_lux: 40, priorNights: 2 }));
    const at = (slot: number, clock: number) => tl.lux[(24 * slot + (clock >= 12 ? clock - 12 : clock + 12)) * H]!;
    expect([13, 14, 15, 16].map((slot) => at(slot, 3))).toEqual([0, 40, 40, 40]);
  });

  it("reads bedtime 24 as 0 (midnight, the slot's morning side)", () => {
    const a = compileProtocol(resolveParameters('baseline', { bedtime: 24 }));
    const b = compileProtocol(resolveParameters('baseline', { bedtime: 0 }));
    expect(a.focus.lightsOff).toBe(b.focus.lightsOff);
    expect(a.focus.lightsOff).toBe((14 * 24 + 12) * H);
    expect(hoursAfterNoon(24)).toBe(12);
    expect(slotClock(24)).toBe(24);
    expect(slotClock(0.5)).toBe(24.5);
  });

  it('places a morning bedtime on the next morning of the slot (day sleep after a night awake)', () => {
    const tl = compileProtocol(resolveParameters('baseline', { bedtime: 9 }));
    const lastRunInLightsOn = (13 * 24 + 19) * H;
    expect(tl.focus.lightsOff).toBe((14 * 24 + 21) * H);
    expect((tl.focus.lightsOff - lastRunInLightsOn) / H).toBe(26);
    let inBedBetween = 0;
    for (let i = lastRunInLightsOn; i < tl.focus.lightsOff; i++) inBedBetween += tl.inBed[i]!;
    expect(inBedBetween).toBe(0);
  });

  it('gives 36 h awake for one prior night at 0 h then a 19:00 focal bedtime', () => {
    const tl = compileProtocol(resolveParameters('baseline', { priorNights: 1, priorTimeInBed_h: 0, bedtime: 19 }));
    expect((tl.focus.lightsOff - (13 * 24 + 19) * H) / H).toBe(36);
  });

  it('uses the habitual window for a night spent awake, and keeps the sleeper out of bed', () => {
    const tl = compileProtocol(resolveParameters('one-night-awake'));
    expect(tl.focus.awakeNight).toBe(true);
    expect(tl.focus.lightsOn - tl.focus.lightsOff).toBe(8 * H);
    let inBed = 0;
    for (let i = tl.focus.lightsOff; i < tl.focus.lightsOn; i++) inBed += tl.inBed[i]!;
    expect(inBed).toBe(0);
    expect(tl.lux[tl.focus.lightsOff + 2 * H]).toBe(50);
  });

  it('refuses a time in bed that runs into the next lights-off, naming the field', () => {
    const p = resolveParameters('baseline', { habitualTimeInBed_h: 16, runInDays: 3, bedtime: 14 });
    expect(() => compileProtocol(p)).toThrow(ProtocolError);
    expect(() => compileProtocol(p)).toThrow(
      /run-in night 3 .*runs into the lights-off of the focal night; shorten habitualTimeInBed_h/,
    );
  });

  it('snaps times to the 30-s grid and schedules doses before the focal lights-off', () => {
    const tl = compileProtocol(
      resolveParameters('baseline', {
        caffeine_mg: 100,
        caffeineHoursBeforeBed: 4.25,
        alcohol_gPerKg: 0.5,
        alcoholHoursBeforeBed: 1,
      }),
    );
    expect(tl.caffeine).toEqual([{ epoch: tl.focus.lightsOff - 4.25 * H, amount: 100 }]);
    expect(tl.alcohol).toEqual([{ epoch: tl.focus.lightsOff - H, amount: 0.5 }]);
    const odd = compileProtocol(resolveParameters('baseline', { bedtime: 23.25 }));
    expect(Number.isInteger(odd.focus.lightsOff)).toBe(true);
  });

  it('confines imposed arousals and slow-wave suppression to the focal night', () => {
    const tl = compileProtocol(resolveParameters('baseline', { arousalsPerHour: 20, swsSuppression: 0.5 }));
    expect(tl.arousalsPerHour[tl.focus.lightsOff]).toBe(20);
    expect(tl.arousalsPerHour[tl.focus.lightsOff - 1]).toBe(0);
    expect(tl.swsSuppression[tl.focus.lightsOn - 1]).toBeCloseTo(0.5);
    expect(tl.swsSuppression[tl.focus.lightsOn]).toBe(0);
  });
});

describe('TimelineBuilder', () => {
  it('builds pulses, several doses and a focus, and refuses a focus outside the timeline', () => {
    const tl = new TimelineBuilder(12, 48, 3)
      .light(10, 10 + 1 / 30, 9500)
      .caffeine(20, 200)
      .caffeine(5, 100)
      .bed(11, 19);
    const built = tl.build({ lightsOff_h: 11, lightsOn_h: 19 });
    expect(built.lux[10 * H]).toBe(9500);
    expect(built.lux[10 * H + 4]).toBe(3);
    expect(built.caffeine.map((d) => d.amount)).toEqual([100, 200]);
    expect(built.focus.slotNoon).toBe(0);
    expect(built.focus.nextMidnight).toBe(36 * H);
    expect(() => tl.build({ lightsOff_h: 40, lightsOn_h: 50 })).toThrow(ProtocolError);
  });
});
