/**
 * Runs `task` over `items` with at most `limit` running at once. A site of thousands of pages read
 * with one Promise.all opens every file together and fails with EMFILE; this keeps a few open.
 */
export async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
