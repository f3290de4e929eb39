import { describe, expect, it } from 'vitest';
import { dropSide } from './panelDrag';

describe('dropping a dragged panel', () => {
  it('goes before a panel over its top half and after it over its bottom half', () => {
    const box = { top: 100, height: 400 };
    expect(dropSide(101, box)).toBe('before');
    expect(dropSide(299, box)).toBe('before');
    expect(dropSide(300, box)).toBe('after');
    expect(dropSide(499, box)).toBe('after');
  });
});
