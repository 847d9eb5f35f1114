import type { Samples } from '../testing/samples'
import { freshNotice, senderFor } from '../testing/noticeFixtures'

/** Valid inputs for the permission matrix (test support; never imported by the function). */
const draftInput = (district: string) => ({
  title: '矩阵测试通知',
  body: '内容',
  replyRequired: false,
  target: { kind: 'district', district },
})

export const PERMISSION_SAMPLES: Samples = {
  'notices.saveDraft': { scope: 'community', input: ({ world, side }) => draftInput(world.communities[side].district) },
  'notices.deleteDraft': {
    scope: 'community',
    input: async ({ world, side, caller }) => ({ noticeId: await freshNotice(world, side, { state: 'draft', sender: senderFor(caller) }) }),
  },
  'notices.publishNotice': {
    scope: 'community',
    input: async ({ world, side, caller }) => ({ noticeId: await freshNotice(world, side, { state: 'draft', sender: senderFor(caller) }) }),
  },
  'notices.revokeNotice': {
    scope: 'community',
    input: async ({ world, side, caller }) => ({
      noticeId: await freshNotice(world, side, { sender: senderFor(caller) }),
      reason: '内容有误',
    }),
  },
  'notices.listSent': { scope: 'self', input: () => ({}) },
  'notices.getSent': { scope: 'community', input: async ({ world, side }) => ({ noticeId: await freshNotice(world, side) }) },
  'notices.dashboard': { scope: 'community', input: async ({ world, side }) => ({ noticeId: await freshNotice(world, side) }) },
  'notices.communityStatuses': { scope: 'community', input: async ({ world, side }) => ({ noticeId: await freshNotice(world, side) }) },
  'notices.communityReply': {
    scope: 'community',
    input: async ({ world, side }) => ({ noticeId: await freshNotice(world, side), communityId: world.community(side) }),
  },
  'notices.exportPending': { scope: 'community', input: async ({ world, side }) => ({ noticeId: await freshNotice(world, side) }) },
  'notices.inbox': { scope: 'community', input: ({ world, side }) => ({ communityId: world.community(side) }) },
  'notices.readNotice': {
    scope: 'community',
    input: async ({ world, side }) => ({ noticeId: await freshNotice(world, side), communityId: world.community(side) }),
  },
  'notices.acknowledgeNotice': {
    scope: 'community',
    input: async ({ world, side }) => ({
      noticeId: await freshNotice(world, side, { priority: 'important' }),
      communityId: world.community(side),
    }),
  },
  'notices.replyNotice': {
    scope: 'community',
    input: async ({ world, side }) => ({
      noticeId: await freshNotice(world, side, { replyRequired: true }),
      communityId: world.community(side),
      text: '已收到，将按要求落实。',
    }),
  },
  'notices.badge': { scope: 'self', input: () => ({}) },
  'notices.alertStatus': { scope: 'self', input: () => ({}) },
  'notices.subscribeAlerts': { scope: 'self', input: () => ({ templateId: 'local-notice-published' }) },
}
