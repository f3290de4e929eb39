/**
 * Where the map of the model (ModelMap.vue) draws its nodes and edges, from the declarations
 * alone (MODEL_NODES and COUPLINGS of shared/model/graph.ts): one column per node kind, left to
 * right input → core → hormone → restoration → outcome (kinds without nodes take no column),
 * nodes ordered within a column by where their neighbours are (fewer crossings), and every edge
 * a cubic curve between ports spread along the sides of its nodes, so parallel couplings between
 * the same two nodes do not draw over one another.
 *
 * Pure (no DOM): the component gives the width it has and draws what this returns.
 */
import type { CouplingSpec, ModelNode, NodeKind } from '../../../shared/model/couplingSpec';

export const KIND_ORDER: readonly NodeKind[] = ['input', 'core', 'hormone', 'restoration', 'outcome'];

export const KIND_LABELS: Readonly<Record<NodeKind, string>> = {
  input: 'Inputs',
  core: 'Core',
  hormone: 'Hormones',
  restoration: 'Restoration',
  outcome: 'Outcome',
};

export interface MapOptions {
  /** Width available, px; the columns and nodes share it. */
  readonly width: number;
  /** Font size of node labels, px (sets how many characters a line holds). */
  readonly fontSize?: number;
}

export interface PlacedNode {
  readonly node: ModelNode;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The label broken into lines that fit the node's width. */
  readonly lines: readonly string[];
  /** Characters a line holds at the font size, and the width lines have there, px: a longer line is squeezed to it. */
  readonly lineChars: number;
  readonly textWidth: number;
}

interface Point {
  readonly x: number;
  readonly y: number;
}

/** One cubic piece of an edge's curve (a straight run has its control points on the line). */
export interface Segment {
  readonly from: Point;
  readonly c0: Point;
  readonly c1: Point;
  readonly to: Point;
}

const line = (from: Point, to: Point): Segment => ({
  from,
  c0: { x: from.x + (to.x - from.x) / 3, y: from.y + (to.y - from.y) / 3 },
  c1: { x: from.x + (2 * (to.x - from.x)) / 3, y: from.y + (2 * (to.y - from.y)) / 3 },
  to,
});

/** The point of a cubic segment at t in [0, 1]. */
export function pointAt(s: Segment, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * s.from.x + b * s.c0.x + c * s.c1.x + d * s.to.x,
    y: a * s.from.y + b * s.c0.y + c * s.c1.y + d * s.to.y,
  };
}

export interface RoutedEdge {
  readonly coupling: CouplingSpec;
  /** The curve as cubic pieces, end to end (`path` draws the same). */
  readonly segments: readonly Segment[];
  /** SVG path data of the curve, from the source's port to the target's. */
  readonly path: string;
  readonly from: { readonly x: number; readonly y: number };
  readonly to: { readonly x: number; readonly y: number };
  /** A point near the middle of the curve (for a label or a hit target). */
  readonly mid: { readonly x: number; readonly y: number };
}

export interface Column {
  readonly kind: NodeKind;
  readonly label: string;
  /** Centre x of the column. */
  readonly x: number;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly columns: readonly Column[];
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly RoutedEdge[];
}

/** Top margin under the column headings, px. */
export const HEAD = 26;
const PAD = 8;
const MIN_GAP = 44;
const MAX_NODE_WIDTH = 190;
// Room between the nodes of a column for the curves that cross it, and for a selected edge's
// label (18 px high) between two nodes.
const ROW_GAP = 26;

/** Mean width of a label character, em (system sans faces at 12 px; a test checks lines against it). */
export const CHAR_EM = 0.55;

/** How much longer than a line a word may be and still be drawn whole, squeezed to the line's width. */
export const SQUEEZE = 1.45;

/** Breaks a label into lines of at most `maxChars` characters, at spaces where it can. */
export function wrapLabel(label: string, maxChars: number): string[] {
  const limit = Math.max(4, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= limit) line = candidate;
    else {
      if (line) lines.push(line);
      // A word a little longer than a line stays whole (the map squeezes its glyphs to fit, see
      // SQUEEZE); a longer one is cut, so no line is much wider than the node.
      let rest = word;
      while (rest.length > limit * SQUEEZE) {
        lines.push(`${rest.slice(0, limit - 1)}-`);
        rest = rest.slice(limit - 1);
      }
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const round = (v: number) => Math.round(v * 10) / 10;

export function layoutMap(
  nodes: readonly ModelNode[],
  couplings: readonly CouplingSpec[],
  options: MapOptions,
): MapLayout {
  const fontSize = options.fontSize ?? 12;
  const kinds = KIND_ORDER.filter((k) => nodes.some((n) => n.kind === k));
  const nCols = Math.max(1, kinds.length);
  // Nodes as wide as the room allows (up to a cap), the rest for the gaps the curves run in.
  const usable = Math.max(options.width, 320) - 2 * PAD;
  const nodeWidth = Math.max(72, Math.min(MAX_NODE_WIDTH, (usable - (nCols - 1) * MIN_GAP) / nCols));
  const gap = nCols > 1 ? (usable - nCols * nodeWidth) / (nCols - 1) : 0;
  const colX = (c: number) => PAD + c * (nodeWidth + gap);
  const maxChars = (nodeWidth - 12) / (fontSize * CHAR_EM);
  const lineHeight = fontSize * 1.25;

  const columnOf = new Map<string, number>();
  for (const n of nodes) columnOf.set(n.id, kinds.indexOf(n.kind));

  // Neighbours of each node through the couplings (either direction).
  const neighbours = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const c of couplings) {
    if (!neighbours.has(c.from) || !neighbours.has(c.to)) continue;
    neighbours.get(c.from)!.push(c.to);
    neighbours.get(c.to)!.push(c.from);
  }

  // Column by column, left to right: the first keeps the declared order, each next one is
  // ordered by the mean rank of its neighbours already placed (the barycentre heuristic), nodes
  // without placed neighbours keeping their declared order after them.
  const rank = new Map<string, number>();
  const ordered: ModelNode[][] = kinds.map(() => []);
  kinds.forEach((kind, c) => {
    const members = nodes.filter((n) => n.kind === kind);
    const keyed = members.map((n, i) => {
      const placed = neighbours.get(n.id)!.filter((m) => rank.has(m) && columnOf.get(m)! < c);
      const centre = placed.length ? placed.reduce((s, m) => s + rank.get(m)!, 0) / placed.length : Infinity;
      return { n, i, centre };
    });
    if (c > 0) keyed.sort((a, b) => a.centre - b.centre || a.i - b.i);
    keyed.forEach(({ n }, k) => {
      // Ranks on a 0–1 scale, so columns of different lengths compare.
      rank.set(n.id, keyed.length > 1 ? k / (keyed.length - 1) : 0.5);
      ordered[c]!.push(n);
    });
  });

  // Node heights from their wrapped labels; columns centred vertically on the tallest.
  const lines = new Map(nodes.map((n) => [n.id, wrapLabel(n.label, maxChars)]));
  const heightOf = (n: ModelNode) => Math.max(40, lines.get(n.id)!.length * lineHeight + 16);
  const columnHeight = (list: ModelNode[]) =>
    list.reduce((s, n) => s + heightOf(n), 0) + Math.max(0, list.length - 1) * ROW_GAP;
  const inner = Math.max(...ordered.map(columnHeight), 40);
  const placed: PlacedNode[] = [];
  const byId = new Map<string, PlacedNode>();
  ordered.forEach((list, c) => {
    let y = HEAD + ROW_GAP / 2 + (inner - columnHeight(list)) / 2;
    for (const n of list) {
      const p: PlacedNode = {
        node: n,
        x: colX(c),
        y,
        width: nodeWidth,
        height: heightOf(n),
        lines: lines.get(n.id)!,
        lineChars: Math.floor(maxChars),
        textWidth: nodeWidth - 12,
      };
      placed.push(p);
      byId.set(n.id, p);
      y += p.height + ROW_GAP;
    }
  });

  // Each edge leaves and enters by a side: forward edges right → left, backward left → right,
  // edges within a column right → right (an arc outside the column).
  type Side = 'left' | 'right';
  interface End {
    readonly edge: number;
    readonly node: string;
    readonly side: Side;
    /** y of the node at the other end: ports are sorted by it, so curves do not cross at a node. */
    readonly other: number;
  }
  const valid = couplings.filter((c) => byId.has(c.from) && byId.has(c.to));
  const ends: End[] = [];
  const centreY = (id: string) => byId.get(id)!.y + byId.get(id)!.height / 2;
  valid.forEach((c, i) => {
    const a = columnOf.get(c.from)!;
    const b = columnOf.get(c.to)!;
    const out: Side = b >= a ? 'right' : 'left';
    const into: Side = b > a ? 'left' : 'right';
    ends.push({ edge: i, node: c.from, side: out, other: centreY(c.to) });
    ends.push({ edge: i, node: c.to, side: into, other: centreY(c.from) });
  });
  const port = new Map<string, { x: number; y: number }>();
  const groups = new Map<string, End[]>();
  for (const e of ends) {
    const key = `${e.node}:${e.side}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  for (const list of groups.values()) {
    list.sort((p, q) => p.other - q.other || p.edge - q.edge);
    const n = byId.get(list[0]!.node)!;
    list.forEach((e, k) => {
      const y = n.y + (n.height * (k + 1)) / (list.length + 1);
      const x = e.side === 'right' ? n.x + n.width : n.x;
      port.set(`${e.edge}:${e.node === valid[e.edge]!.from ? 'from' : 'to'}`, { x, y });
    });
  }

  // Where a curve may cross a column it skips: the gaps between its nodes, or anywhere above
  // the first or below the last (columns are centred, so shorter ones leave room there).
  const bottom = HEAD + inner + ROW_GAP;
  function channel(c: number, want: number): { y: number; key: string } {
    const list = placed.filter((n) => columnOf.get(n.node.id) === c);
    const m = ROW_GAP / 2;
    const options: { y: number; key: string }[] = [];
    if (list.length === 0) return { y: want, key: `${c}:free` };
    const first = list[0]!;
    const last = list[list.length - 1]!;
    options.push({ y: Math.max(HEAD + 2, Math.min(want, first.y - m)), key: `${c}:above` });
    for (let k = 1; k < list.length; k++)
      options.push({ y: (list[k - 1]!.y + list[k - 1]!.height + list[k]!.y) / 2, key: `${c}:gap${k}` });
    options.push({ y: Math.min(bottom - 2, Math.max(want, last.y + last.height + m)), key: `${c}:below` });
    return options.reduce((best, o) => (Math.abs(o.y - want) < Math.abs(best.y - want) ? o : best));
  }

  // The columns each edge skips, and the channel it takes through each.
  interface Pass {
    readonly column: number;
    y: number;
    readonly key: string;
  }
  const passes: Pass[][] = valid.map((c, i) => {
    const a = columnOf.get(c.from)!;
    const b = columnOf.get(c.to)!;
    if (Math.abs(b - a) < 2) return [];
    const p0 = port.get(`${i}:from`)!;
    const p1 = port.get(`${i}:to`)!;
    const step = b > a ? 1 : -1;
    const out: Pass[] = [];
    for (let k = a + step; k !== b; k += step) {
      const x = colX(k) + nodeWidth / 2;
      const want = p0.y + ((p1.y - p0.y) * (x - p0.x)) / (p1.x - p0.x);
      out.push({ column: k, ...channel(k, want) });
    }
    return out;
  });
  // Curves sharing a gap run side by side in it, a few px apart, in the order of their ends.
  const byGap = new Map<string, { pass: Pass; order: number }[]>();
  passes.forEach((list, i) =>
    list.forEach((pass) => {
      if (!pass.key.includes(':gap')) return;
      const order = port.get(`${i}:from`)!.y + port.get(`${i}:to`)!.y;
      byGap.set(pass.key, [...(byGap.get(pass.key) ?? []), { pass, order }]);
    }),
  );
  for (const list of byGap.values()) {
    list.sort((p, q) => p.order - q.order);
    const spacing = Math.min(4, (ROW_GAP - 4) / Math.max(1, list.length - 1));
    list.forEach(({ pass }, k) => (pass.y += (k - (list.length - 1) / 2) * spacing));
  }

  const edges: RoutedEdge[] = valid.map((c, i) => {
    const p0 = port.get(`${i}:from`)!;
    const p1 = port.get(`${i}:to`)!;
    const a = columnOf.get(c.from)!;
    const b = columnOf.get(c.to)!;
    const segments: Segment[] = [];
    if (a === b) {
      // An arc out of the right side and back, wider the further apart the nodes, and each
      // further coupling between the same two nodes a little wider again (they would coincide).
      const twin = valid.slice(0, i).filter((o) => o.from === c.from && o.to === c.to).length;
      const bulge = Math.min(gap * 0.85, 22 + 0.25 * Math.abs(p1.y - p0.y) + 12 * twin);
      segments.push({ from: p0, c0: { x: p0.x + bulge, y: p0.y }, c1: { x: p1.x + bulge, y: p1.y }, to: p1 });
    } else {
      // Horizontal tangents at each end; through a skipped column, straight along its channel.
      const sign = b > a ? 1 : -1;
      const curve = (from: Point, to: Point): Segment => {
        const dx = (to.x - from.x) / 2;
        return { from, c0: { x: from.x + dx, y: from.y }, c1: { x: to.x - dx, y: to.y }, to };
      };
      let at: Point = p0;
      for (const pass of passes[i]!) {
        const near = colX(pass.column) + (sign > 0 ? -4 : nodeWidth + 4);
        const far = colX(pass.column) + (sign > 0 ? nodeWidth + 4 : -4);
        const enter = { x: near, y: pass.y };
        const leave = { x: far, y: pass.y };
        segments.push(curve(at, enter));
        segments.push(line(enter, leave));
        at = leave;
      }
      segments.push(curve(at, p1));
    }
    // The middle of the middle segment (for the label of a selected edge).
    const s = segments[Math.floor(segments.length / 2)]!;
    const mid = pointAt(s, 0.5);
    const path =
      `M${round(p0.x)},${round(p0.y)}` +
      segments
        .map(
          (g) =>
            ` C${round(g.c0.x)},${round(g.c0.y)} ${round(g.c1.x)},${round(g.c1.y)} ${round(g.to.x)},${round(g.to.y)}`,
        )
        .join('');
    return { coupling: c, path, segments, from: p0, to: p1, mid };
  });

  const height = bottom + PAD;
  const columns = kinds.map((kind, c) => ({ kind, label: KIND_LABELS[kind], x: colX(c) + nodeWidth / 2 }));
  return { width: usable + 2 * PAD, height, columns, nodes: placed, edges };
}

/**
 * Where the label of a selected edge goes: a box of `w` × `h` px beside its curve, on the spot
 * nearest the curve's middle (above, below or to either side of points along it, else anywhere
 * in the drawing) that covers no node and stays in the drawing; above the middle when none is free.
 */
export function placeTag(map: MapLayout, edge: RoutedEdge, w: number, h: number): { x: number; y: number } {
  const clampX = (x: number) => Math.min(Math.max(x, 2), map.width - w - 2);
  // Below the column headings.
  const clampY = (y: number) => Math.min(Math.max(y, HEAD - 4), map.height - h - 2);
  const anchors: Point[] = [edge.mid];
  for (const s of edge.segments) for (const t of [0.25, 0.5, 0.75]) anchors.push(pointAt(s, t));
  const spots: { x: number; y: number; d: number }[] = [];
  for (const a of anchors)
    for (const dy of [-h - 6, 6, -h / 2])
      for (const dx of [-w / 2, -w - 8, 8]) {
        const x = clampX(a.x + dx);
        const y = clampY(a.y + dy);
        spots.push({ x, y, d: Math.hypot(x + w / 2 - edge.mid.x, y + h / 2 - edge.mid.y) });
      }
  // Then anywhere in the drawing, nearest first (a long label beside a crowded column).
  for (let y = HEAD - 4; y + h <= map.height - 2; y += 8)
    for (let x = 2; x + w <= map.width - 2; x += 8)
      spots.push({ x, y, d: 40 + Math.hypot(x + w / 2 - edge.mid.x, y + h / 2 - edge.mid.y) });
  const free = spots
    .filter(
      (s) =>
        !map.nodes.some(
          (n) => s.x < n.x + n.width + 2 && n.x - 2 < s.x + w && s.y < n.y + n.height + 2 && n.y - 2 < s.y + h,
        ),
    )
    .sort((p, q) => p.d - q.d)[0];
  const at = free ?? spots[0]!;
  return { x: at.x, y: at.y };
}
