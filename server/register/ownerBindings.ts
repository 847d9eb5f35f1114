import type { Database } from '../cloud'
import { collection, rows } from '../db'

/** Person ids per request: a bounded `in` list. */
const CHUNK = 100

/**
 * Keeps owner bindings in step with the register, so that an owner role exists only while the bound
 * person holds a unit (server/caller.ts reads only bindings still in the register). A person the import
 * no longer lists (her last unit went to a new buyer) has her bindings marked out of the register; a
 * person it lists again has hers back, with no need to bind again. Conditional updates only: writing
 * it twice (an interrupted import run again) changes nothing.
 */
export async function bindingsFollowRegister(
  db: Database,
  communityId: string,
  listed: ReadonlySet<string>,
  unlisted: readonly string[],
): Promise<void> {
  const _ = db.command
  for (let i = 0; i < unlisted.length; i += CHUNK) {
    await collection(db, 'bindings')
      .where({ communityId, personId: _.in(unlisted.slice(i, i + CHUNK)), inRegister: _.neq(false) })
      .update({ data: { inRegister: false } })
  }
  const out = await rows(collection(db, 'bindings').where({ communityId, inRegister: false }).field({ personId: true }).limit(1000))
  const back = out.filter((b) => listed.has(b.personId)).map((b) => b._id)
  for (let i = 0; i < back.length; i += CHUNK) {
    await collection(db, 'bindings')
      .where({ _id: _.in(back.slice(i, i + CHUNK)), inRegister: false })
      .update({ data: { inRegister: true } })
  }
}
