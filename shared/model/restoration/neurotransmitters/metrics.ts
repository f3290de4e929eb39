/**
 * The neurotransmitter balance: how far the receptor states (D2/D3 availability, 5-HT2A binding,
 * LC reserve; neurotransmitters.ts) stand from rest at the morning test.
 *
 *   balance = 100 × (1 − (|1 − D| + |H − 1| + |1 − N|)/3)          at the test, 2 h after wake
 *
 * 100 = every state fully restored; a night awake (D −5 %, H +9.6 %, N −8 %) gives ≈ 92. Each
 * departure counts the same (design choice): D2 down-regulation and 5-HT2A up-regulation are both
 * departures from the rested state (Volkow et al. 2012; Elmenhorst et al. 2012).
 */
import type { Neurotransmitters } from './neurotransmitters';

export function neurotransmitterBalance(s: Neurotransmitters, test: number): number {
  const d = Math.abs(1 - s.d2Availability[test]!);
  const h = Math.abs(s.ht2aBinding[test]! - 1);
  const n = Math.abs(1 - s.lcReserve[test]!);
  return 100 * (1 - (d + h + n) / 3);
}
