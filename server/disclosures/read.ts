import type { z } from 'zod'
import type { disclosuresApi } from '../../core/api/disclosures'
import type { DisclosureStatus } from '../../core/disclosures/categories'
import { COMMITTEE_ROLES, isIn, type RoleName } from '../../core/roles'
import { nextOffsetOf } from '../../core/schemas/paging'
import type { DisclosureDoc } from '../collections/disclosures'
import { collection, mustFind, rows } from '../db'
import { fail, ok, type Ctx } from '../handler'
import { correctionsOf } from './correctionViews'
import { beijingToday, detailView, summaryView } from './views'

type In<A extends keyof typeof disclosuresApi> = z.output<(typeof disclosuresApi)[A]['input']>

/** Text search reads at most this many of a community's newest matching items (one read). */
const TEXT_SEARCH_WINDOW = 1000

export const findDisclosure = (ctx: Ctx, id: string) => mustFind(ctx.db, 'disclosures', id, '没有找到这条公开信息')

/** Drafts are the committee's own work; everyone else who reaches the community sees published and voided items. */
const seesDrafts = (roles: readonly RoleName[]) => roles.some((r) => isIn(COMMITTEE_ROLES, r))

/** The linked items (corrected / correcting) of these, in one read. */
async function linked(ctx: Ctx, docs: readonly DisclosureDoc[]): Promise<Map<string, DisclosureDoc>> {
  const ids = [...new Set(docs.flatMap((d) => [d.corrects, d.correctedBy]).filter((x): x is string => Boolean(x)))]
  if (ids.length === 0) return new Map()
  const found = await rows(
    collection(ctx.db, 'disclosures')
      .where({ _id: ctx.db.command.in(ids) })
      .limit(1000),
  )
  return new Map(found.map((d) => [d._id, d]))
}

const titlesOf = (docs: ReadonlyMap<string, DisclosureDoc>) => new Map([...docs].map(([id, d]) => [id, d.title]))

export async function detailOf(ctx: Ctx, d: DisclosureDoc) {
  const [links, corrections] = await Promise.all([linked(ctx, [d]), correctionsOf(ctx, d._id)])
  return {
    ...detailView(d, beijingToday(ctx.now()), titlesOf(links), d.corrects ? links.get(d.corrects) : undefined),
    correctionRequests: corrections,
  }
}

/** 信息公开查询: a community's items, newest first, by category, period, status and text in title or body. */
export async function listDisclosures(input: In<'listDisclosures'>, ctx: Ctx) {
  const roles = await ctx.authorize(input.communityId)
  const visible: DisclosureStatus[] = seesDrafts(roles) || ctx.caller.console ? ['draft', 'published', 'voided'] : ['published', 'voided']
  if (input.status && !visible.includes(input.status)) return ok({ rows: [], nextOffset: null })
  const _ = ctx.db.command
  const filter = {
    communityId: input.communityId,
    status: input.status ?? _.in(visible),
    ...(input.category ? { category: input.category } : {}),
    ...(input.period ? { period: input.period } : {}),
  }
  const query = collection(ctx.db, 'disclosures').where(filter).orderBy('createdAt', 'desc')
  let page: DisclosureDoc[]
  let nextOffset: number | null
  if (input.text) {
    // No text index in CloudBase: the newest items of the filter are read once and searched here.
    const needle = input.text.toLowerCase()
    const hits = (await rows(query.limit(TEXT_SEARCH_WINDOW))).filter((d) => `${d.title}\n${d.body}`.toLowerCase().includes(needle))
    page = hits.slice(input.offset, input.offset + input.limit)
    nextOffset = input.offset + input.limit < hits.length ? input.offset + input.limit : null
  } else {
    page = await rows(query.skip(input.offset).limit(input.limit))
    nextOffset = nextOffsetOf(input.offset, input.limit, page.length)
  }
  const titles = titlesOf(await linked(ctx, page))
  const today = beijingToday(ctx.now())
  return ok({ rows: page.map((d) => summaryView(d, today, titles)), nextOffset })
}

export async function getDisclosure(input: In<'getDisclosure'>, ctx: Ctx) {
  const d = await findDisclosure(ctx, input.disclosureId)
  const roles = await ctx.authorize(d.communityId)
  if (d.status === 'draft' && !seesDrafts(roles) && !ctx.caller.console) fail('NOT_FOUND', '没有找到这条公开信息')
  return ok(await detailOf(ctx, d))
}
