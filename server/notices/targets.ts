import type { NoticeTarget } from '../../core/api/notices'
import type { ScopedRole } from '../caller'
import type { Database } from '../cloud'
import type { NoticeArea, NoticeSender } from '../collections/notices'
import type { CommunityDoc } from '../collections/register'
import { collection, rows } from '../db'
import { fail } from '../handler'

/*
 * Whom a notice reaches, stored as a rule rather than one document per community: the notice keeps
 * the keys of its target, and a community matches when one of its own keys is among them. A
 * community's keys are its city, district, street and itself, so the inbox is one query.
 */

export type TargetCommunity = Pick<CommunityDoc, '_id' | 'name' | 'district' | 'street'>

/** The keys a notice stores for its target. */
export function targetKeysOf(target: NoticeTarget): string[] {
  switch (target.kind) {
    case 'city':
      return ['city']
    case 'district':
      return [`district:${target.district}`]
    case 'street':
      return [streetKey(target.district, target.street)]
    case 'communities':
      return [...new Set(target.communityIds)].map((id) => `community:${id}`)
  }
}

// A street's name is unique only within its district.
const streetKey = (district: string, street: string) => `street:${district}/${street}`

/** The keys a community answers to: a notice reaches it when they share one. */
export function communityKeys(c: Pick<CommunityDoc, '_id' | 'district' | 'street'>): string[] {
  return ['city', `district:${c.district}`, streetKey(c.district, c.street), `community:${c._id}`]
}

export function reaches(targetKeys: readonly string[], c: Pick<CommunityDoc, '_id' | 'district' | 'street'>): boolean {
  return communityKeys(c).some((k) => targetKeys.includes(k))
}

/** The organisation the caller sends as: the city centre when held, else the district centre; null for anyone else. */
export function senderOf(roles: readonly ScopedRole[]): NoticeSender | null {
  const active = roles.filter((r) => r.status === 'active')
  if (active.some((r) => r.role === 'cityCentre')) return { role: 'cityCentre' }
  const district = active.find((r) => r.role === 'districtCentre' && r.district)?.district
  return district ? { role: 'districtCentre', district } : null
}

export function requireSender(roles: readonly ScopedRole[]): NoticeSender {
  const sender = senderOf(roles)
  if (!sender) fail('FORBIDDEN')
  return sender
}

export const senderKeyOf = (s: NoticeSender) => (s.role === 'cityCentre' ? 'city' : `district:${s.district}`)

export const senderName = (s: NoticeSender) => (s.role === 'cityCentre' ? '市住房中心' : `${s.district}住房中心`)

/** Whether the caller's sending organisation may read this notice's results: its own, or any for the city centre. */
export function maySee(sender: NoticeSender, noticeSenderKey: string): boolean {
  return sender.role === 'cityCentre' || senderKeyOf(sender) === noticeSenderKey
}

export function targetLabel(target: NoticeTarget): string {
  switch (target.kind) {
    case 'city':
      return '全市'
    case 'district':
      return target.district
    case 'street':
      return `${target.district}${target.street}`
    case 'communities':
      return `指定的${new Set(target.communityIds).size}个小区`
  }
}

/** A district centre reaches only its district; the city centre reaches everything. */
export function requireReach(sender: NoticeSender, target: NoticeTarget): void {
  if (sender.role === 'cityCentre') return
  const within =
    target.kind === 'district' || target.kind === 'street' ? target.district === sender.district : target.kind === 'communities'
  if (!within) fail('FORBIDDEN', `只能向${sender.district}的小区发布通知`)
}

const PAGE = 1000

/** The target's communities, in pages of 1000 (⌈N/1000⌉ reads). */
export async function targetCommunities(db: Database, target: NoticeTarget): Promise<TargetCommunity[]> {
  const _ = db.command
  const where =
    target.kind === 'city'
      ? {}
      : target.kind === 'district'
        ? { district: target.district }
        : target.kind === 'street'
          ? { district: target.district, street: target.street }
          : { _id: _.in([...new Set(target.communityIds)]) }
  const found: TargetCommunity[] = []
  for (let offset = 0; ; offset += PAGE) {
    const page = await rows(
      collection(db, 'communities')
        .where(where)
        .field({ name: true, district: true, street: true })
        .orderBy('_id', 'asc')
        .skip(offset)
        .limit(PAGE),
    )
    found.push(...page)
    if (page.length < PAGE || target.kind === 'communities') return found
  }
}

/** The recipients counted by street, in a stable order (district, then street). */
export function areasOf(communities: readonly TargetCommunity[]): NoticeArea[] {
  const byKey = new Map<string, NoticeArea>()
  for (const c of communities) {
    const key = `${c.district}/${c.street}`
    const area = byKey.get(key) ?? { district: c.district, street: c.street, total: 0, read: 0, acknowledged: 0, replied: 0 }
    area.total += 1
    byKey.set(key, area)
  }
  return [...byKey.values()].sort((a, b) => a.district.localeCompare(b.district, 'zh-CN') || a.street.localeCompare(b.street, 'zh-CN'))
}

export function areaIndex(areas: readonly NoticeArea[], c: Pick<CommunityDoc, 'district' | 'street'>): number {
  return areas.findIndex((a) => a.district === c.district && a.street === c.street)
}
