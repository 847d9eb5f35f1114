/**
 * Runs `work` over `items` with at most `concurrency` in flight. CloudBase has no bulk upsert from a
 * function and the basic plan allows ~20 simultaneous database connections, so big registers are
 * written as many single-document writes, a bounded number at a time.
 */
export async function inPool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  let failure: unknown
  const worker = async () => {
    while (failure === undefined && next < items.length) {
      const item = items[next++]
      try {
        await work(item)
      } catch (e) {
        failure ??= e
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker))
  if (failure !== undefined) throw failure
}
