import type { Database } from '../cloud'
import { collection, rows } from '../db'

/** Names of the given communities, in one read. */
export async function communityNames(db: Database, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))]
  if (unique.length === 0) return new Map()
  const found = await rows(
    collection(db, 'communities')
      .where({ _id: db.command.in(unique) })
      .field({ name: true })
      .limit(1000),
  )
  return new Map(found.map((c) => [c._id, c.name]))
}
