/**
 * The map's layout on the model's own declarations, at the widths the lab gives it: nodes in
 * columns by kind, none overlapping or outside the drawing, labels that fit, every coupling a
 * curve from its source's side to its target's, and parallel couplings on distinct ports.
 */
import { describe, expect, it } from 'vitest';
import { COUPLINGS, MODEL_NODES } from '../../../shared/model/graph';
import type { CouplingSpec, ModelNode } from '../../../shared/model/couplingSpec';
import { CHAR_EM, HEAD, KIND_ORDER, SQUEEZE, layoutMap, placeTag, pointAt, wrapLabel } from './layout';

const overlap = (
  p: { x: number; y: number; width: number; height: number },
  q: { x: number; y: number; width: number; height: number },
) => p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;

describe('wrapLabel', () => {
  it('breaks at spaces, keeps every word, and cuts only words longer than a line', () => {
    expect(wrapLabel('Sleep–wake and stages', 12)).toEqual(['Sleep–wake', 'and stages']);
    expect(wrapLabel('Light', 12)).toEqual(['Light']);
    const long = wrapLabel('Supercalifragilistic', 8);
    expect(long.every((l) => l.length <= 8)).toBe(true);
    expect(long.join('').replace(/-/g, '')).toBe('Supercalifragilistic');
  });
});

describe.each([1100, 690, 420])('layoutMap at %i px', (width) => {
  const map = layoutMap(MODEL_NODES, COUPLINGS, { width });

  it('places every node once, inside the drawing, none overlapping another', () => {
    expect(map.nodes.map((n) => n.node.id).sort()).toEqual(MODEL_NODES.map((n) => n.id).sort());
    for (const n of map.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(map.width + 1e-9);
      expect(n.y + n.height).toBeLessThanOrEqual(map.height + 1e-9);
    }
    for (let i = 0; i < map.nodes.length; i++)
      for (let j = i + 1; j < map.nodes.length; j++)
        expect(overlap(map.nodes[i]!, map.nodes[j]!), `${map.nodes[i]!.node.id} / ${map.nodes[j]!.node.id}`).toBe(
          false,
        );
  });

  it('puts the columns in the order of the kinds, left to right', () => {
    const xOf = (kind: string) => map.columns.find((c) => c.kind === kind)?.x;
    const present = KIND_ORDER.filter((k) => MODEL_NODES.some((n) => n.kind === k));
    expect(map.columns.map((c) => c.kind)).toEqual(present);
    for (let i = 1; i < present.length; i++) expect(xOf(present[i]!)!).toBeGreaterThan(xOf(present[i - 1]!)!);
    for (const n of map.nodes) expect(n.x + n.width / 2).toBeCloseTo(xOf(n.node.kind)!, 6);
  });

  it('wraps labels into lines that fit the node, about CHAR_EM a character, squeezing long words a little', () => {
    for (const n of map.nodes) {
      expect(n.lines.join(' ').replace(/- /g, '').replace(/-/g, '')).toBe(n.node.label.replace(/-/g, ''));
      expect(n.lineChars * 12 * CHAR_EM).toBeLessThanOrEqual(n.textWidth + 1e-9);
      // A line is at most a little longer than the node holds (the map squeezes it to fit).
      for (const line of n.lines) expect(line.length).toBeLessThanOrEqual(n.lineChars * SQUEEZE);
    }
  });

  it('routes every coupling as a curve from its source to its target, parallel ones on distinct ports', () => {
    expect(map.edges.map((e) => e.coupling.id)).toEqual(COUPLINGS.map((c) => c.id));
    const at = new Map(map.nodes.map((n) => [n.node.id, n]));
    for (const e of map.edges) {
      expect(e.path).toMatch(/^M[\d.-]+,[\d.-]+( C[\d.-]+,[\d.-]+ [\d.-]+,[\d.-]+ [\d.-]+,[\d.-]+)+$/);
      expect(e.path.split(' C').length - 1).toBe(e.segments.length);
      // The pieces join end to end, from the source's port to the target's.
      expect(e.segments[0]!.from).toEqual(e.from);
      expect(e.segments.at(-1)!.to).toEqual(e.to);
      for (let k = 1; k < e.segments.length; k++) expect(e.segments[k]!.from).toEqual(e.segments[k - 1]!.to);
      expect(e.path).not.toContain('NaN');
      const from = at.get(e.coupling.from)!;
      const to = at.get(e.coupling.to)!;
      // Each end lies on a vertical side of its node, within its height.
      for (const [p, n] of [
        [e.from, from],
        [e.to, to],
      ] as const) {
        expect([n.x, n.x + n.width]).toContain(p.x);
        expect(p.y).toBeGreaterThan(n.y);
        expect(p.y).toBeLessThan(n.y + n.height);
      }
    }
    // No curve runs under a node other than its own two (the drawing would hide it).
    const under = new Set<string>();
    for (const e of map.edges)
      for (const n of map.nodes) {
        if (n.node.id === e.coupling.from || n.node.id === e.coupling.to) continue;
        for (const s of e.segments)
          for (let t = 0; t <= 1; t += 1 / 40) {
            const p = pointAt(s, t);
            if (p.x > n.x + 2 && p.x < n.x + n.width - 2 && p.y > n.y + 2 && p.y < n.y + n.height - 2)
              under.add(`${e.coupling.id} runs under ${n.node.id}`);
          }
      }
    expect([...under]).toEqual([]);
    // The label of a selected edge covers no node, and stays in the drawing.
    // (At the lab's widths: 690 px is the results area of the smallest window, 1024 px.)
    for (const e of width >= 690 ? map.edges : []) {
      const w = e.coupling.label.length * 6.6 + 12;
      const tag = placeTag(map, e, w, 18);
      expect(tag.x).toBeGreaterThanOrEqual(0);
      expect(tag.y + 18).toBeLessThanOrEqual(map.height);
      expect(tag.y, 'under the column headings').toBeGreaterThanOrEqual(HEAD - 4);
      const covered = map.nodes.filter((n) => overlap({ ...tag, width: w, height: 18 }, n)).map((n) => n.node.id);
      expect(covered, `${e.coupling.id}'s label`).toEqual([]);
    }
    const ports = map.edges.flatMap((e) => [
      `${e.coupling.from}@${e.from.x},${e.from.y}`,
      `${e.coupling.to}@${e.to.x},${e.to.y}`,
    ]);
    expect(new Set(ports).size).toBe(ports.length);
  });
});

describe('layoutMap on a small graph', () => {
  const node = (id: string, kind: ModelNode['kind']): ModelNode => ({
    id,
    label: id,
    kind,
    description: '',
    series: [],
  });
  const edge = (id: string, from: string, to: string): CouplingSpec => ({
    id,
    from,
    to,
    label: id,
    description: '',
    strength: 'x',
    evidence: 'supported',
    sources: 's',
    knockout: { metric: 'm', direction: 'up' },
  });

  it('orders a column by its neighbours, so two parallel chains do not cross', () => {
    const nodes = [node('a1', 'input'), node('a2', 'input'), node('b2', 'core'), node('b1', 'core')];
    const map = layoutMap(nodes, [edge('e1', 'a1', 'b1'), edge('e2', 'a2', 'b2')], { width: 600 });
    const y = (id: string) => map.nodes.find((n) => n.node.id === id)!.y;
    expect(y('b1')).toBeLessThan(y('b2'));
  });

  it('draws an edge within a column as an arc outside its right side, and one backwards from left to right', () => {
    const nodes = [node('i', 'input'), node('c1', 'core'), node('c2', 'core')];
    const map = layoutMap(nodes, [edge('same', 'c1', 'c2'), edge('back', 'c2', 'i')], { width: 600 });
    const [same, back] = map.edges;
    const c1 = map.nodes.find((n) => n.node.id === 'c1')!;
    const i = map.nodes.find((n) => n.node.id === 'i')!;
    expect(same!.from.x).toBe(c1.x + c1.width);
    expect(same!.to.x).toBe(c1.x + c1.width);
    expect(same!.mid.x).toBeGreaterThan(c1.x + c1.width);
    expect(back!.from.x).toBe(c1.x);
    expect(back!.to.x).toBe(i.x + i.width);
  });

  it('leaves out a coupling whose node is not on the map instead of drawing it to nowhere', () => {
    const map = layoutMap([node('a', 'input')], [edge('lost', 'a', 'nowhere')], { width: 400 });
    expect(map.edges).toEqual([]);
  });
});
