import type { z } from 'zod'
import type { Contract } from '../core/api/contract'
import type { RoleName } from '../core/api/identity'
import { ERROR_MESSAGES, type ErrorCode } from '../core/api/errors'
import { COMMON_ERRORS, type ErrorSentences } from '../core/errors'
import { err as resultErr, ok, type Err, type Result } from '../core/result'
import { zodMessage, type FieldLabels } from '../core/zodMessage'
import { writeAudit, type AuditEntry } from './audit'
import { loadCaller, roleReaches, type Caller, type CommunityScope } from './caller'
import { getDb, type Database } from './cloud'
import { COLLECTIONS } from './collections'
import { firstRow } from './db'
import { callerIdentity, now } from './context'
import { permissionFor, type Grantee } from './permissions/index'

export interface Ctx {
  functionName: string
  actionName: string
  db: Database
  now(): number
  /** `caller.roles` holds the roles of the kinds this action's permission entry names (all of them for `anyone`), and those it `seesRoles`. */
  caller: Caller
  /** The caller's roles, among those this action allows, that reach the community; a FORBIDDEN failure when none. */
  authorize(communityId: string): Promise<RoleName[]>
  audit(entry: Omit<AuditEntry, 'actor' | 'at'>): Promise<void>
}

/**
 * An expected failure raised deep in a helper; the handler answers it as `{ ok:false, code, message }`.
 * Only declared codes are accepted (core/api/errors.ts). Without `detail` the message is the code's
 * declared sentence, the answering function's own when its contract declares the code.
 */
export class Failure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
  ) {
    super(detail ?? ERROR_MESSAGES[code])
  }
}

export function fail(code: ErrorCode, detail?: string): never {
  throw new Failure(code, detail)
}

/** What a function's contract declares beside its actions: its error codes and its field labels. */
export interface Declared {
  errors: ErrorSentences
  labels: FieldLabels
}

const ROLES_UNUSED = new WeakSet<object>()

/**
 * Marks an action that never reads `ctx.caller.roles`: when the permission table lets anyone call it,
 * the caller's roles (three reads) are not loaded for it. `ctx.authorize` still loads them when called;
 * reading `ctx.caller.roles` in such an action is a bug and throws.
 */
export function withoutRoles<F extends (input: never, ctx: Ctx) => Promise<unknown>>(action: F): F {
  ROLES_UNUSED.add(action)
  return action
}

const ROLES_SEEN = new WeakMap<object, readonly RoleName[]>()

/**
 * Marks an action that reads roles its permission entry does not grant, to refuse the caller, never to let
 * her in (a property manager may not rate her own project): the caller's resolution loads roles of their
 * kind too, in its own parallel reads (server/caller.ts), so the action asks `ctx.caller.roles` instead of
 * reading grants again. `mayAttempt` and `ctx.authorize` still admit only the entry's roles.
 */
export function seesRoles<F extends (input: never, ctx: Ctx) => Promise<unknown>>(roles: readonly RoleName[], action: F): F {
  ROLES_SEEN.set(action, roles)
  return action
}

type Impl<C extends Contract> = {
  [A in keyof C]: (input: z.output<C[A]['input']>, ctx: Ctx) => Promise<Result<C[A]['output']>>
}

/** A cloud function's `main`: parse → check the permission table → run the action → a Result, never a throw. */
export function defineFunction<C extends Contract>(functionName: string, contract: C, declared: Declared, impl: Impl<C>) {
  const sentence = (e: Failure) =>
    e.detail ?? (Object.prototype.hasOwnProperty.call(declared.errors, e.code) ? declared.errors[e.code] : e.message)
  return async function main(event: unknown): Promise<Result<unknown>> {
    try {
      const { action, userInfo: _wechatInjected, ...payload } = (event ?? {}) as Record<string, unknown>
      if (typeof action !== 'string' || !Object.prototype.hasOwnProperty.call(contract, action)) {
        return err('UNKNOWN_ACTION', COMMON_ERRORS.UNKNOWN_ACTION)
      }
      const allowed = permissionFor(functionName, action)
      if (!allowed) throw new Error(`no permission entry for ${functionName}.${action}`)
      const parsed = contract[action].input.safeParse(payload)
      if (!parsed.success) return err('INVALID_INPUT', zodMessage(parsed.error, declared.labels))
      const run = impl[action as keyof C]
      const loadRoles = !(allowed.includes('anyone') && ROLES_UNUSED.has(run))
      const ctx = await makeContext(functionName, action, allowed, loadRoles, ROLES_SEEN.get(run) ?? [])
      if (!mayAttempt(ctx.caller, allowed)) return forbidden(ctx.caller)
      return await run(parsed.data, ctx)
    } catch (e) {
      if (e instanceof Failure) return err(e.code, sentence(e))
      console.error(`[${functionName}]`, e)
      return err('INTERNAL', COMMON_ERRORS.INTERNAL)
    }
  }
}

function forbidden(caller: Caller): Result<never> {
  if (!caller.openid && !caller.console) return err('NOT_SIGNED_IN', COMMON_ERRORS.NOT_SIGNED_IN)
  return err('FORBIDDEN', COMMON_ERRORS.FORBIDDEN)
}

/** A cheap first gate: the caller holds at least one allowed role somewhere. Scope is checked by `authorize`. */
function mayAttempt(caller: Caller, allowed: readonly Grantee[]): boolean {
  if (allowed.includes('anyone')) return true
  if (caller.console) return allowed.includes('console')
  return caller.roles.some((r) => r.status === 'active' && allowed.includes(r.role))
}

async function makeContext(
  functionName: string,
  actionName: string,
  allowed: readonly Grantee[],
  loadRoles: boolean,
  seen: readonly RoleName[],
): Promise<Ctx> {
  const db = getDb()
  const identity = callerIdentity()
  // Only the kinds of role the permission table names for this action: nothing else may let the
  // caller in or reach a community (see authorize and mayAttempt), so the other reads are skipped; roles
  // an action only sees (seesRoles) are loaded too, but admit no one.
  const load = async () => (await loadCaller(db, identity.openid, identity.console, now(), [...allowed, ...seen])).roles
  let roles = loadRoles ? await load() : undefined
  const caller: Caller = {
    openid: identity.openid,
    console: identity.console,
    get roles() {
      if (!roles) throw new Error(`${functionName}.${actionName} is marked withoutRoles but reads ctx.caller.roles`)
      return roles
    },
  }
  const rolesOf = async () => (roles ??= await load())
  const communities = new Map<string, CommunityScope>()
  return {
    functionName,
    actionName,
    db,
    now,
    caller,
    async authorize(communityId) {
      if (caller.console && allowed.includes('console')) return []
      let community = communities.get(communityId)
      if (!community) {
        community = await firstRow<CommunityScope>(
          db.collection(COLLECTIONS.communities).where({ _id: communityId }).field({ street: true, district: true }).limit(1),
        )
        if (!community) fail('NOT_FOUND', '小区不存在')
        communities.set(communityId, community)
      }
      const held = (await rolesOf()).filter((r) => allowed.includes(r.role) && roleReaches(r, community!)).map((r) => r.role)
      if (held.length === 0) fail(caller.openid ? 'FORBIDDEN' : 'NOT_SIGNED_IN')
      return [...new Set(held)]
    },
    audit: (entry) => writeAudit(db, { ...entry, actor: caller.openid ?? 'console', at: new Date(now()) }),
  }
}

/** An expected failure as a value: only a declared code, with its declared sentence unless `detail` says more. */
export function err(code: ErrorCode, detail?: string): Err {
  return resultErr(code, detail ?? ERROR_MESSAGES[code])
}

export { ok }
