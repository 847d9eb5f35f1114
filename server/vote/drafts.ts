import type { z } from 'zod'
import type { manageVoteApi, VoteDetail } from '../../core/api/vote'
import { ok, type Result } from '../../core/result'
import { collection, firstRow } from '../db'
import { fail, type Ctx } from '../handler'
import { requireCommunityFiles } from '../files'
import { authorizeIn, authorizeVote, whoOf } from './access'
import { voteFail } from './errors'
import { itemIdAt, newVoteId } from './model'
import type { StoredItem, VoteDoc } from '../collections/vote'
import { checkContent, flagNote, type TextField } from '../content/check'
import { todosIn } from '../todos/write'
import { actorOf, voteTodo } from './todos'
import { changeVote, createVote, loadVote, stampOf } from './store'
import { requireState } from './state'
import { detailView } from './views'

type Api = typeof manageVoteApi
type In<A extends keyof Api> = z.output<Api[A]['input']>

type DraftInput = Pick<In<'createDraft'>, 'title' | 'description' | 'items' | 'scope' | 'startAt' | 'endAt' | 'followMajorityCounts'>

/** The draft's texts owners will read, for the content check. */
function draftTexts(input: DraftInput): TextField[] {
  return [
    { label: '投票标题', text: input.title },
    { label: '投票说明', text: input.description },
    ...input.items.map((item, i) => ({ label: `第${i + 1}项表决事项`, text: item.text })),
  ]
}

/** Items are numbered i1…iN: nobody can have voted on a draft, so renumbering on edit is safe. */
function draftFields(input: DraftInput) {
  const items: StoredItem[] = input.items.map((item, i) => ({
    id: itemIdAt(i),
    text: item.text,
    class: item.class,
    attachments: item.attachments,
  }))
  const scope =
    input.scope.kind === 'buildings' ? { kind: 'buildings' as const, buildings: [...new Set(input.scope.buildings)].sort() } : input.scope
  return {
    title: input.title,
    description: input.description,
    items,
    scope,
    startAt: input.startAt,
    endAt: input.endAt,
    followMajorityCounts: input.followMajorityCounts,
  }
}

export async function createDraft(input: In<'createDraft'>, ctx: Ctx): Promise<Result<VoteDetail>> {
  const community = await firstRow(
    collection(ctx.db, 'communities').where({ _id: input.communityId }).field({ name: true, street: true, district: true }).limit(1),
  )
  if (!community) fail('NOT_FOUND', '小区不存在')
  const roles = authorizeIn(ctx, { _id: community._id, street: community.street, district: community.district })
  requireCommunityFiles(
    community._id,
    input.items.flatMap((item) => item.attachments),
  )
  const contentFlag = await checkContent(ctx, draftTexts(input))
  const created = stampOf(ctx, whoOf(roles))
  const vote: VoteDoc = {
    _id: newVoteId(ctx.now()),
    communityId: community._id,
    communityName: community.name,
    street: community.street,
    district: community.district,
    ...draftFields(input),
    state: 'draft',
    rev: 0,
    created,
    updatedAt: created.at,
    submitted: null,
    review: null,
    rejections: [],
    roll: null,
    supplement: { started: null, finished: null },
    followStage: { finished: null },
    computed: null,
    statistics: null,
    confirmations: { committee: null, street: null },
    tallied: null,
    result: null,
    contentFlag,
  }
  await createVote(ctx, vote, { action: 'createDraft', after: draftFields(input) }, created.who, async (tx) => {
    if (contentFlag) await todosIn(tx).open(voteTodo('contentReview', vote), actorOf(created), flagNote(contentFlag))
  })
  return ok(detailView(vote, ctx.now()))
}

export async function updateDraft(input: In<'updateDraft'>, ctx: Ctx): Promise<Result<VoteDetail>> {
  const current = await loadVote(ctx.db, input.voteId)
  const roles = authorizeVote(ctx, current)
  requireState(current, ctx.now(), ['draft'])
  requireCommunityFiles(
    current.communityId,
    input.items.flatMap((item) => item.attachments),
  )
  const contentFlag = await checkContent(ctx, draftTexts(input))
  const stamp = stampOf(ctx, whoOf(roles))
  const { vote } = await changeVote(
    ctx,
    input.voteId,
    async (v, tx) => {
      requireState(v, ctx.now(), ['draft'])
      if (v.rev !== input.rev) voteFail('VOTE_CHANGED')
      // Flagged text waits for the committee's look; text that now passes closes that to-do.
      if (contentFlag) await todosIn(tx).open(voteTodo('contentReview', v), actorOf(stamp), flagNote(contentFlag))
      else if (v.contentFlag) await todosIn(tx).close('contentReview', v._id, actorOf(stamp), 'edited')
      const fields = { ...draftFields(input), contentFlag }
      const before = {
        title: v.title,
        description: v.description,
        items: v.items,
        scope: v.scope,
        startAt: v.startAt,
        endAt: v.endAt,
        followMajorityCounts: v.followMajorityCounts,
      }
      return { set: fields, audit: { action: 'updateDraft', before, after: fields }, value: null }
    },
    { who: stamp.who },
  )
  return ok(detailView(vote, ctx.now()))
}

export async function deleteDraft(input: In<'deleteDraft'>, ctx: Ctx): Promise<Result<{ voteId: string; deleted: true }>> {
  const current = await loadVote(ctx.db, input.voteId)
  const roles = authorizeVote(ctx, current)
  requireState(current, ctx.now(), ['draft'])
  const stamp = stampOf(ctx, whoOf(roles))
  await changeVote(
    ctx,
    input.voteId,
    async (v, tx) => {
      requireState(v, ctx.now(), ['draft'])
      // The draft is gone: whatever still waits on it is withdrawn, with the reason in its history.
      await todosIn(tx).cancel('contentReview', v._id, actorOf(stamp), '投票议题已删除')
      return { remove: true, audit: { action: 'deleteDraft', before: { title: v.title, items: v.items } }, value: null }
    },
    { who: stamp.who },
  )
  return ok({ voteId: input.voteId, deleted: true })
}

/** 提交: frozen from here on; the street office gets a to-do. */
export async function submit(input: In<'submit'>, ctx: Ctx): Promise<Result<VoteDetail>> {
  const current = await loadVote(ctx.db, input.voteId)
  const roles = authorizeVote(ctx, current)
  requireState(current, ctx.now(), ['draft'])
  const stamp = stampOf(ctx, whoOf(roles))
  const { vote } = await changeVote(
    ctx,
    input.voteId,
    async (v, tx) => {
      requireState(v, ctx.now(), ['draft'])
      if (v.endAt <= ctx.now()) voteFail('END_PASSED')
      await todosIn(tx).open(voteTodo('voteReview', v), actorOf(stamp), v.rejections.length > 0 ? '修改后重新提交' : undefined)
      return {
        set: { state: 'reviewing', submitted: stamp },
        audit: { action: 'submit', before: { state: v.state }, after: { state: 'reviewing' } },
        value: null,
      }
    },
    { who: stamp.who },
  )
  return ok(detailView(vote, ctx.now()))
}
