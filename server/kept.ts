/**
 * Figures too costly to count on every view (a vote's participation, the city's evaluation board): counted at
 * most every so often and kept in one stored document, which an instance also keeps in memory while fresh. A view
 * reads nothing while this instance's copy is fresh, else the stored document (one read), else counts again: one
 * count per key and job in flight per instance, and whoever asks meanwhile waits for it instead of counting too.
 */
export interface KeptRequest<D> {
  /** The document's key (a vote, a period). */
  key: string
  /** What this count makes, when one document holds more than one (counted separately, in flight side by side). */
  job?: string
  /** Whether a copy is fresh enough to answer with. */
  fresh(doc: D | undefined): doc is D
  /** The stored document: one read. */
  read(): Promise<D | undefined>
  /** Counts again (and stores it), given what was stored. */
  count(stored: D | undefined): Promise<D>
}

export function keptFigures<D>(size: number): (request: KeptRequest<D>) => Promise<D> {
  const known = new Map<string, D>()
  const counting = new Map<string, Promise<D>>()
  const remember = (key: string, doc: D) => {
    if (known.size >= size && !known.has(key)) known.delete(known.keys().next().value as string)
    known.set(key, doc)
    return doc
  }
  return async ({ key, job = '', fresh, read, count }) => {
    const mine = known.get(key)
    if (fresh(mine)) return mine
    const flight = `${key}/${job}`
    let pending = counting.get(flight)
    if (!pending) {
      pending = (async () => {
        const stored = await read()
        return fresh(stored) ? stored : count(stored)
      })()
        .then((doc) => remember(key, doc))
        .finally(() => counting.delete(flight))
      counting.set(flight, pending)
    }
    return pending
  }
}
