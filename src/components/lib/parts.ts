/**
 * Long lists split into pages of a fixed size. A list (the task table, the targets, the timeline,
 * the department index) is a run of groups (a document's rows, a region's departments); groups are
 * packed whole into parts of at most `budget` rows, and a group larger than a part is cut into
 * pieces, so no page grows with the number of documents. Part 1 keeps the list's own address
 * (/targets/); part n is at /targets/page/n/.
 */

export interface Group<T> {
  key: string;
  rows: T[];
}

/** One page of a split list: its number (from 1) and the groups, or pieces of groups, on it. */
export interface Part<T> {
  number: number;
  groups: Array<Group<T>>;
}

/**
 * Packs groups in order into parts of at most `budget` rows, counting each group (or piece of one)
 * as `groupCost` rows more for its heading and its entries in the contents and filters. A group
 * that does not fit in what is left of a part starts the next one; a group larger than a whole
 * part fills parts of its own, the last piece shared with the groups after it. An empty list is
 * one empty part (the page still exists).
 */
export function packGroups<T>(groups: ReadonlyArray<Group<T>>, budget: number, groupCost = 0): Array<Part<T>> {
  if (!(budget > groupCost)) throw new Error(`packGroups: budget must exceed the cost of a group (got ${budget})`);
  const parts: Array<Part<T>> = [{ number: 1, groups: [] }];
  let used = 0;
  const next = () => {
    parts.push({ number: parts.length + 1, groups: [] });
    used = 0;
  };
  for (const group of groups) {
    if (group.rows.length === 0) continue;
    if (used > 0 && used + groupCost + group.rows.length > budget) next();
    for (let at = 0; at < group.rows.length;) {
      if (used + groupCost >= budget) next();
      const piece = group.rows.slice(at, at + budget - used - groupCost);
      parts.at(-1)!.groups.push({ key: group.key, rows: piece });
      used += groupCost + piece.length;
      at += piece.length;
    }
  }
  return parts;
}

/** Rows cut into parts of `budget` rows, as one group each: a list that has no groups of its own. */
export function packRows<T>(rows: readonly T[], budget: number): Array<Part<T>> {
  return packGroups([{ key: '', rows: [...rows] }], budget);
}

/** The address of part `n` of a list at `base` (`/targets/`): the list itself, then `/targets/page/n/`. */
export function partPath(base: string, n: number): string {
  return n <= 1 ? base : `${base}page/${n}/`;
}

/** The route parameter of part `n` for a `[...page].astro` route: none for part 1, `page/n` after. */
export function partParam(n: number): string | undefined {
  return n <= 1 ? undefined : `page/${n}`;
}

/** The part each key is found on first, for links that go straight to a record's page. */
export function partOfKey<T>(parts: ReadonlyArray<Part<T>>): Map<string, number> {
  const at = new Map<string, number>();
  for (const part of parts) for (const g of part.groups) if (!at.has(g.key)) at.set(g.key, part.number);
  return at;
}

/** The rows of a part, in order. */
export function rowsOf<T>(part: Part<T>): T[] {
  return part.groups.flatMap((g) => g.rows);
}
