import { describe, expect, it } from 'vitest';
import type { LightEvent, NapEvent, ProtocolEvent } from '../model/protocolEvents';
import { driveProtocol } from './drive';
import { drivenSummary, fitDrivenEvents } from './drivenNight';
import { importDiary } from './import/diary';

const nap = (day: number): NapEvent => ({ kind: 'nap', at: 23, day, duration_h: 8 });
/** Hourly light from noon of day `from` on (a day is a noon-to-noon slot), lux rising with time. */
const hourly = (from: number, hours: number): LightEvent[] =>
  Array.from({ length: hours }, (_, i) => ({
    kind: 'light',
    at: (12 + i) % 24,
    day: from + Math.floor(i / 24),
    duration_h: 1,
    lux: 100 + i,
  }));

describe('fitDrivenEvents', () => {
  it('keeps everything that fits, with no note', () => {
    const events: ProtocolEvent[] = [nap(-2), nap(-1), ...hourly(-3, 20)];
    expect(fitDrivenEvents(events, 30)).toEqual({ events, lightEvents: 20, leftOut: 0, note: null });
  });

  it('keeps the nights whole and the light nearest the focal night, and says what it left out', () => {
    const light = hourly(-3, 40);
    // Shuffled: the fit orders by time, not by the list.
    const events: ProtocolEvent[] = [nap(-2), nap(-1), ...[...light].reverse()];
    const fitted = fitDrivenEvents(events, 12);
    expect(fitted.events).toHaveLength(12);
    expect(fitted.events.slice(0, 2)).toEqual([nap(-2), nap(-1)]);
    const kept = fitted.events.filter((e): e is LightEvent => e.kind === 'light').map((e) => e.lux);
    expect(kept.sort((a, b) => a - b)).toEqual(light.slice(30).map((e) => e.lux));
    expect(fitted.leftOut).toBe(30);
    expect(fitted.note).toBe(
      "the light log gave 40 light events, but a night holds at most 12 events (with 2 for the diary's nights): the 30 earliest are left out and keep the parameters' light; measured light starts on day -2 (2 days before the focal night) at 18:00",
    );
  });
});

describe('drivenSummary', () => {
  it('lists each night placed with its lights-off and lights-on, the habitual night and the notes', () => {
    const diary = importDiary(
      'days.csv',
      'days.csv',
      'date,lights off,out of bed\n2024-03-04,23:10,07:05\n2024-03-05,22:40,06:50\n2024-03-06,00:20,08:15\n',
    );
    const protocol = driveProtocol(diary, null);
    const s = drivenSummary(protocol, fitDrivenEvents(protocol.events), { diary: 'days.csv', lightLog: null });
    expect(s.nights.map((n) => [n.day, n.role, n.line, n.lightsOff, n.lightsOn])).toEqual([
      [-2, 'prior', 2, '2024-03-04 23:10', '2024-03-05 07:05'],
      [-1, 'prior', 3, '2024-03-05 22:40', '2024-03-06 06:50'],
      [0, 'focal', 4, '2024-03-07 00:20', '2024-03-07 08:15'],
    ]);
    // Medians of 23:10, 22:40, 00:20 and of 7.92, 8.17, 7.92 h.
    expect(s.habitualLightsOff).toBe('23:10');
    expect(s.habitualTimeInBed_h).toBeCloseTo(7 + 55 / 60, 6);
    expect(s.lightEvents).toBe(0);
    expect(s.notes).toEqual(protocol.notes);
  });
});
