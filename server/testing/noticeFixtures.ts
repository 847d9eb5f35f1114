import type { NoticeTarget } from '../../core/api/notices'
import type { NoticeDoc, NoticeSender } from '../collections/notices'
import { areasOf, senderKeyOf, targetKeysOf } from '../notices/targets'
import type { Caller, Side, World } from './world'

/** TEST FIXTURE: notices written straight into the world (the feature's own tests go through the function). */
export interface NoticeOptions {
  state?: NoticeDoc['state']
  replyRequired?: boolean
  priority?: NoticeDoc['priority']
  /** The sender: the city centre, or the district centre of the side's community (default). */
  sender?: 'city' | 'district'
}

/** A notice to the side's community, sent by the side's district centre unless `sender: 'city'`. */
export async function freshNotice(world: World, side: Side, options: NoticeOptions = {}): Promise<string> {
  const c = world.communities[side]
  const sender: NoticeSender = options.sender === 'city' ? { role: 'cityCentre' } : { role: 'districtCentre', district: c.district }
  const target: NoticeTarget = { kind: 'district', district: c.district }
  const state = options.state ?? 'published'
  const at = new Date(world.nowMs())
  const replyRequired = options.replyRequired ?? false
  const areas = state === 'draft' ? [] : areasOf([{ _id: c.id, name: c.name, district: c.district, street: c.street }])
  const doc: NoticeDoc = {
    _id: world.id('notice'),
    sender,
    senderKey: senderKeyOf(sender),
    title: '关于开展消防安全检查的通知',
    body: '请各小区业委会配合物业开展检查。',
    attachments: [],
    replyRequired,
    replyDueAt: replyRequired ? new Date(world.nowMs() + 7 * 86_400_000) : null,
    priority: options.priority ?? 'normal',
    target,
    targetKeys: targetKeysOf(target),
    state,
    areas,
    total: areas.length,
    read: 0,
    acknowledged: 0,
    replied: 0,
    contentFlag: null,
    createdBy: 'fixture',
    createdAt: at,
    updatedAt: at,
    publishedAt: state === 'draft' ? null : at,
    revokedAt: null,
    revokeReason: null,
  }
  await world.seeder.insert('notices', [doc])
  return doc._id
}

/** The sender a persona sends as: the city centre for the cityCentre persona, else the side's district centre. */
export const senderFor = (caller: Caller): NoticeOptions['sender'] => (caller.persona === 'cityCentre' ? 'city' : 'district')
