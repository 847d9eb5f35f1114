import { ROLE_LABELS, type RoleName } from '../../core/roles'
import { collection, firstRow } from '../db'
import type { Ctx } from '../handler'
import type { StampDoc } from '../collections/disclosures'

/**
 * Who acts, as the page will say it ("业委会主任 李主任"): the role the action was allowed by and the
 * name on the caller's grant in this community (one read). The console is "平台管理员".
 */
export async function stampOf(ctx: Ctx, communityId: string, role: RoleName): Promise<StampDoc> {
  const at = new Date(ctx.now())
  const openid = ctx.caller.openid
  if (!openid) return { by: 'console', who: ROLE_LABELS.operator, at }
  const grant = await firstRow(
    collection(ctx.db, 'roles').where({ openid, communityId, role, status: 'active' }).field({ name: true }).limit(1),
  )
  return { by: openid, who: grant?.name ? `${ROLE_LABELS[role]} ${grant.name}` : ROLE_LABELS[role], at }
}

/** A stamp as the wire carries it. */
export function stampView(s: StampDoc): { at: number; who: string } {
  return { at: new Date(s.at).getTime(), who: s.who }
}
