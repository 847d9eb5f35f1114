import type { z } from 'zod'
import type { bindIdentityApi } from '../../core/api/identity'
import { writeAudit } from '../audit'
import { loadCaller } from '../caller'
import type { Database } from '../cloud'
import { COLLECTIONS } from '../collections'
import { Failure, fail, ok, type Ctx } from '../handler'
import { bindingIdFor, findRegisteredPersons, type PersonMatch } from '../register/persons'
import { checkCode, spendCodeIn } from '../smsCodes'
import type { BindingDoc } from '../collections/account'
import { bindCodeKey, bindingsOf } from './bindings'
import { myHome } from './myHome'

type Input = z.output<(typeof bindIdentityApi)['bindIdentity']['input']>

/**
 * Step 2 of 业主身份绑定: check the code and bind the caller's WeChat account (OPENID from the call
 * context) to the person. A failed attempt writes nothing but the wrong-try counter. Success writes,
 * in one transaction, the binding(s) (id derived from the person, so a person is bound once and of two
 * concurrent binds exactly one wins), the spent code and the audit entry.
 */
export async function bindIdentity(input: Input, ctx: Ctx) {
  const openid = ctx.caller.openid
  if (!openid) fail('NOT_SIGNED_IN')
  const nowMs = ctx.now()
  const persons = await findRegisteredPersons(ctx.db, input.name, input.idNumber)
  if (persons.length === 0) fail('UNKNOWN_PERSON')
  const existing = await bindingsOf(ctx.db, persons)
  if (existing.some((b) => b.openid !== openid)) fail('ALREADY_BOUND')
  const code = await checkCode(ctx.db, nowMs, { purpose: 'bindOwner', key: bindCodeKey(persons[0]), account: openid }, input.code)

  await bindOnce(ctx.db, persons, existing, openid, code._id, nowMs)
  await linkGrantedRoles(ctx.db, persons, openid)
  // Loaded only now (the action is `withoutRoles`), so the home shows the new binding and linked roles.
  const caller = await loadCaller(ctx.db, openid, false, nowMs)
  return ok(await myHome(ctx.db, caller.roles))
}

const ATTEMPTS = 3

/**
 * Runs the binding transaction, and after a lost race (duplicate binding id, or a transaction
 * conflict while a concurrent bind is still open) looks at the bindings again: someone else's means
 * ALREADY_BOUND, all ours means done, none yet means the other transaction failed and we try again.
 */
async function bindOnce(
  db: Database,
  persons: readonly PersonMatch[],
  existing: BindingDoc[],
  openid: string,
  codeId: string,
  nowMs: number,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const already = new Set(existing.map((b) => b._id))
    try {
      await bindInTransaction(
        db,
        persons.filter((p) => !already.has(bindingIdFor(p))),
        openid,
        codeId,
        nowMs,
      )
      return
    } catch (e) {
      // A conflict may come while the other transaction is still open: give it time to finish.
      if (!(e instanceof Failure)) await new Promise((resolve) => setTimeout(resolve, 30 * attempt))
      existing = await bindingsOf(db, persons)
      if (existing.some((b) => b.openid !== openid)) fail('ALREADY_BOUND')
      if (existing.length === persons.length) return
      if (e instanceof Failure || attempt >= ATTEMPTS) throw e
    }
  }
}

async function bindInTransaction(
  db: Database,
  persons: readonly PersonMatch[],
  openid: string,
  codeId: string,
  nowMs: number,
): Promise<void> {
  await db.runTransaction(async (t: Pick<Database, 'collection'>) => {
    // Spend the code inside the transaction: a code used by a concurrent bind cannot bind twice.
    await spendCodeIn(t, codeId)
    for (const person of persons) {
      const binding: BindingDoc = {
        _id: bindingIdFor(person),
        openid,
        personId: person._id,
        communityId: person.communityId,
        name: person.name,
        boundAt: new Date(nowMs),
      }
      await t.collection(COLLECTIONS.bindings).add({ data: binding })
      await writeAudit(t, {
        actor: openid,
        at: new Date(nowMs),
        action: 'bindIdentity.bindIdentity',
        targetId: binding._id,
        communityId: person.communityId,
        after: { personId: person._id, openid },
      })
    }
  })
}

/** Roles the operator granted to the registered person before they had WeChat now reach their account. */
async function linkGrantedRoles(db: Database, persons: readonly PersonMatch[], openid: string): Promise<void> {
  const _ = db.command
  await db
    .collection(COLLECTIONS.roles)
    .where({ personId: _.in(persons.map((p) => p._id)), openid: _.exists(false) })
    .update({ data: { openid } })
}
