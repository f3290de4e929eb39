import { describe, expect, it } from 'vitest';
import { findSyntaxFault, positionAt, textProblem, utf8Length } from './jsonText';
import { closeMatches, fieldName } from './describe';

describe('utf8Length', () => {
  it('counts bytes as UTF-8 does, surrogate pairs as four', () => {
    for (const text of ['', 'abc', 'é', '€', '😴', 'a😴b€é', '\ud800', 'x\udc00y']) {
      expect(utf8Length(text), JSON.stringify(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});

describe('findSyntaxFault', () => {
  const valid = ['{}', '[]', '0', '-1.5e+3', '"a\\u00e9\\n"', ' { "a" : [ true , false , null , { } ] } ', '[[[[1]]]]'];
  it('finds nothing in valid JSON', () => {
    for (const text of valid) expect(findSyntaxFault(text), text).toBeNull();
  });

  it('agrees with JSON.parse on many damaged texts: a fault exactly when JSON.parse throws', () => {
    const source = JSON.stringify({ a: [1, -2.5e3, 'x"y', true, null, { b: 'c\\d' }], é: '😴' }, null, 2);
    const damages = ['', ',', '}', ']', '"', ':', '\\', 'x', '0', '-', '.', 'e', ' ', '\n', "'", '\u0001'];
    let random = 12345;
    const next = () => (random = (random * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 3000; trial++) {
      const at = Math.floor(next() * source.length);
      const cut = Math.floor(next() * 3);
      const insert = damages[Math.floor(next() * damages.length)]!;
      const text = source.slice(0, at) + insert + source.slice(at + cut);
      let throws = false;
      try {
        JSON.parse(text);
      } catch {
        throws = true;
      }
      expect(findSyntaxFault(text) !== null, text).toBe(throws);
    }
  });

  it('places the fault by line and column', () => {
    const text = '{\n  "a": 1,\n  "b": ]\n}';
    const fault = findSyntaxFault(text)!;
    expect(positionAt(text, fault.offset)).toEqual({ line: 3, column: 8 });
    expect(fault).toMatchObject({ reason: "expected a value, found ']'", atEnd: false });
  });
});

describe('textProblem', () => {
  it('tells binary data from another encoding, and passes text with tabs and line breaks', () => {
    expect(textProblem('{\t"a":\r\n1}')).toBeNull();
    expect(textProblem('a\u0000b')).toBe('binary');
    expect(textProblem('caf\ufffd')).toBe('encoding');
  });
});

describe('wording helpers', () => {
  it('name fields as a path a person can find in the file', () => {
    expect(fieldName(['nights', 1, 'params', 'bedtime'])).toBe('nights[1].params.bedtime');
    expect(fieldName(['nights', 0, 'params', 'bed time'])).toBe('nights[0].params["bed time"]');
    expect(fieldName([])).toBe('');
  });

  it('suggest close ids by case, typos and prefixes, closest first', () => {
    const known = ['bedtime', 'priorBedtime', 'timeInBed_h', 'caffeine_mg'];
    expect(closeMatches('BEDTIME', known)).toEqual(['bedtime']);
    expect(closeMatches('bedtim', known)).toEqual(['bedtime']);
    expect(closeMatches('priorBedTime', known)).toEqual(['priorBedtime']);
    expect(closeMatches('caffeine', known)).toEqual(['caffeine_mg']);
    expect(closeMatches('zzz', known)).toEqual([]);
  });
});
