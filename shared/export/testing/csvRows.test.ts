import { describe, expect, it } from 'vitest';
import { csvRows } from './csvRows';

describe('the tests’ CSV reader', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, row by CRLF', () => {
    expect(csvRows('a,"b, c","say ""hi"""\r\n"two\nlines",,x\r\n')).toEqual({
      rows: [
        ['a', 'b, c', 'say "hi"'],
        ['two\nlines', '', 'x'],
      ],
      unterminated: '',
    });
  });
  it('says what follows the last CRLF', () => {
    expect(csvRows('a,b\r\nc')).toEqual({ rows: [['a', 'b']], unterminated: 'c' });
  });
});
