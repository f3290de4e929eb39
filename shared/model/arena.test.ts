import { describe, expect, it } from 'vitest';
import { EpochArena, float32Epochs, float64Epochs, uint8Epochs, withEpochArena } from './arena';

describe('the epoch arena', () => {
  it('gives new arrays outside withEpochArena, and reuses one call’s arrays in the next inside it', () => {
    const outside = float32Epochs(4);
    expect(outside).toEqual(new Float32Array(4));
    expect(float32Epochs(4)).not.toBe(outside);
    const arena = new EpochArena();
    const first = withEpochArena(arena, () => {
      const a = float32Epochs(8);
      a.fill(3);
      const b = uint8Epochs(8, false);
      b.fill(9);
      return [a, b, float64Epochs(8)] as const;
    });
    const second = withEpochArena(arena, () => [
      float32Epochs(8),
      uint8Epochs(8, false),
      float64Epochs(8),
      float32Epochs(8),
    ]);
    // The same arrays again, by kind and length; a zeroed one zeroed, one its taker fills not.
    expect(second[0]).toBe(first[0]);
    expect(second[0]).toEqual(new Float32Array(8));
    expect(second[1]).toBe(first[1]);
    expect(second[1]![0]).toBe(9);
    expect(second[2]).toBe(first[2]);
    // More than the last call took: a new one.
    expect(second[3]).not.toBe(first[0]);
    // Another length: new; what the last call did not take is let go.
    const third = withEpochArena(arena, () => float32Epochs(5));
    expect(third).toHaveLength(5);
    const fourth = withEpochArena(arena, () => float32Epochs(8));
    expect(fourth).not.toBe(first[0]);
    expect(float32Epochs(8)).not.toBe(fourth);
  });

  it('frees its arrays even when the call throws', () => {
    const arena = new EpochArena();
    let taken: Float32Array | null = null;
    expect(() =>
      withEpochArena(arena, () => {
        taken = float32Epochs(3);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(withEpochArena(arena, () => float32Epochs(3))).toBe(taken);
    expect(float32Epochs(3)).not.toBe(taken);
  });
});
