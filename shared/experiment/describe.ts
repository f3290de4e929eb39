/** Wording shared by the file checks: field paths, values and "did you mean" lists, as a person reads them. */

export type FieldPath = readonly PropertyKey[];

/** ['nights', 1, 'params', 'bedtime'] → `nights[1].params.bedtime`. */
export function fieldName(path: FieldPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      if (/^[A-Za-z_$][\w$]*$/.test(name)) out += out ? `.${name}` : name;
      else out += `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}

/** A value as quoted in a message: strings in quotes and shortened, containers by kind. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** The value found at a path inside parsed JSON, or undefined. */
export function valueAt(root: unknown, path: FieldPath): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/**
 * Known names close to an unknown one: same letters in another case, a few typos (about one per
 * three letters), or one name a prefix of the other ("caffeine" → caffeine_mg). Closest first, at most three.
 */
export function closeMatches(name: string, known: readonly string[], limit = 3): string[] {
  const wanted = name.toLowerCase();
  const scored: { name: string; score: number }[] = [];
  for (const candidate of known) {
    const lower = candidate.toLowerCase();
    const distance = editDistance(wanted, lower);
    const prefix = wanted.length >= 3 && (lower.startsWith(wanted) || wanted.startsWith(lower));
    if (distance <= Math.max(1, Math.floor(wanted.length / 3)) || prefix) {
      scored.push({
        name: candidate,
        score: prefix ? Math.min(distance, 1.5) : distance,
      });
    }
  }
  scored.sort((x, y) => x.score - y.score);
  return scored.slice(0, limit).map((s) => s.name);
}

/** "X", "X or Y", "X, Y or Z". */
export function orList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** "is not a known parameter; did you mean bedtime?" — the tail of a message about an unknown id. */
export function unknownIdMessage(
  kind: string,
  id: string,
  known: readonly string[],
  listAllWhenNoMatch: boolean,
): string {
  const near = closeMatches(id, known);
  if (near.length > 0) return `is not a known ${kind}; did you mean ${orList(near)}?`;
  return listAllWhenNoMatch ? `is not a known ${kind}; known: ${known.join(', ')}` : `is not a known ${kind}`;
}
