import { describe, expect, it } from 'vitest';
import { EventArgError, parseEventArg, withCommandLineEvents } from './eventArg';

describe('--event grammar', () => {
  it('reads night, kind, time, day and values with their units, in any order after the kind', () => {
    expect(parseEventArg('b caffeine 15:00 200mg')).toEqual({
      night: 'b',
      event: { kind: 'caffeine', at: 15, day: 0, mg: 200 },
    });
    expect(parseEventArg('A nap 90 min 14:00')).toEqual({
      night: 'a',
      event: { kind: 'nap', at: 14, day: 0, duration_h: 1.5 },
    });
    expect(parseEventArg('b light 21:30 2h 1000lux').event).toEqual({
      kind: 'light',
      at: 21.5,
      day: 0,
      duration_h: 2,
      lux: 1000,
    });
    expect(parseEventArg('a melatonin 20:30 day-1 0.5mg').event).toEqual({
      kind: 'melatonin',
      at: 20.5,
      day: -1,
      mg: 0.5,
    });
    expect(parseEventArg('b alcohol 22:00 0.4 g/kg').event).toEqual({ kind: 'alcohol', at: 22, day: 0, gPerKg: 0.4 });
    expect(parseEventArg('a cr 07:00 26h').event).toEqual({
      kind: 'constantRoutine',
      at: 7,
      day: 0,
      duration_h: 26,
      lux: 5,
    });
    // A value left out takes its declared default.
    expect(parseEventArg('b caffeine 08:00').event).toEqual({ kind: 'caffeine', at: 8, day: 0, mg: 200 });
  });

  it('refuses what it cannot read, saying why', () => {
    const why = (text: string) => {
      try {
        parseEventArg(text);
        return 'accepted';
      } catch (error) {
        expect(error).toBeInstanceOf(EventArgError);
        return (error as Error).message;
      }
    };
    expect(why('caffeine 15:00 200mg')).toMatch(/^must start with the night, a or b/);
    expect(why('b tea 15:00')).toBe(
      '"tea" is not an event kind; kinds: caffeine, alcohol, melatonin, nap, light, constantRoutine',
    );
    expect(why('b caffeine 200mg')).toBe('needs a clock time hh:mm (e.g. 15:00)');
    expect(why('b caffeine 24:00 200mg')).toBe('"24:00" is not a clock time (00:00 to 23:59)');
    expect(why('b caffeine 15:00 2h')).toBe('"2h": a caffeine event has no value in h; it takes mg');
    expect(why('b caffeine 15:00 900mg')).toBe('mg must be a number above 0 and at most 800 mg, got 900');
    expect(why('b caffeine 15:00 lots')).toBe(
      'cannot read "lots": expected hh:mm, day±N or a value with its unit (mg)',
    );
    expect(why('b nap 13:00 1h 2h')).toBe('gives duration twice');
  });

  it('appends command-line events after the file’s, night by night, and says where each came from', () => {
    const file = {
      nights: [{ events: [{ kind: 'nap', at: 14, day: 0, duration_h: 1 }] }, { events: [] }] as const,
    };
    const { experiment, sources } = withCommandLineEvents(file, ['b caffeine 15:00 100mg', 'a caffeine 8:00']);
    expect(experiment.nights[0].events.map((e) => e.kind)).toEqual(['nap', 'caffeine']);
    expect(experiment.nights[1].events).toEqual([{ kind: 'caffeine', at: 15, day: 0, mg: 100 }]);
    expect(sources).toEqual([['file', 'command line'], ['command line']]);
    expect(() => withCommandLineEvents(file, ['b caffeine 15:00', 'b tea 1:00'])).toThrow(
      '--event 2 "b tea 1:00" "tea" is not an event kind',
    );
  });
});
