import type { z } from 'zod'
import type { castVoteApi, ReceiptCheck } from '../../core/api/vote'
import { sha256Hex } from '../../core/vote/sha256'
import { ok, type Result } from '../../core/result'
import { requireOpenid, roleReaches } from '../caller'
import { COLLECTIONS } from '../collections'
import type { BallotDoc } from '../collections/vote'
import type { Database } from '../cloud'
import { firstRow } from '../db'
import type { Ctx } from '../handler'
import { scopeOf } from './access'
import { voteFail } from './errors'
import { downloadText } from './files'
import { ballotId } from './model'
import { loadVote } from './store'

type In = z.output<(typeof castVoteApi)['verifyReceipt']['input']>

type ReceiptBallot = Pick<BallotDoc, '_id' | 'partyId' | 'channel' | 'castBy' | 'ownerKey'>

/**
 * Checks a receipt against the published ballot list: the list is fetched from storage, its
 * SHA-256 must equal the digest announced with the result, and the receipt's lines must be in
 * it. Anyone holding the file can repeat both checks without us.
 *
 * Whoever holds a receipt of the vote may check it, whatever roles she holds now: a delegate's
 * authorisation for one vote ends with the vote, her receipt does not. Callers without a role in
 * the community learn nothing unless the receipt is one of the vote's (else RECEIPT_NOT_FOUND).
 * A delegate's ballot the owner's own replaced is said to be superseded (docs/counting-rules.md §3).
 */
export async function verifyReceipt(input: In, ctx: Ctx): Promise<Result<ReceiptCheck>> {
  const vote = await loadVote(ctx.db, input.voteId)
  const reaches = ctx.caller.roles.some((r) => roleReaches(r, scopeOf(vote)))
  if (!reaches) requireOpenid(ctx.caller.openid)
  if (!vote.result) voteFail('NOT_PUBLISHED')
  const digest = vote.result.digest
  const [text, ballot] = await Promise.all([downloadText(digest.fileID), ballotWithReceipt(ctx.db, vote._id, input.receipt)])
  const base = { voteId: vote._id, receipt: input.receipt, digest }
  if (!reaches && !ballot) voteFail('RECEIPT_NOT_FOUND')
  if (sha256Hex(text) !== digest.sha256) {
    return ok({ ...base, lines: [], counted: false, superseded: false, message: '公布的选票清单与摘要不符，请立即联系街道办' })
  }
  const prefix = `[${JSON.stringify(input.receipt)},`
  const lines = text.split('\n').filter((l) => l.startsWith(prefix))
  const counted = lines.length > 0
  if (counted) {
    return ok({
      ...base,
      lines,
      counted,
      superseded: false,
      message: `您的选票已计入，共 ${lines.length} 个事项；选票清单的 SHA-256 与公布的摘要一致`,
    })
  }
  if (ballot && (await supersededByOwner(ctx.db, vote._id, ballot))) {
    return ok({
      ...base,
      lines,
      counted,
      superseded: true,
      message: '这张选票由被委托人代投，业主本人也投了票：以业主本人的投票为准，这张代投的选票已被取代，未计入',
    })
  }
  return ok({
    ...base,
    lines,
    counted,
    superseded: false,
    message: '公布的选票清单中没有这个回执码：如果您后来改过票，请用最后一次的回执码查询',
  })
}

async function ballotWithReceipt(db: Database, voteId: string, receipt: string): Promise<ReceiptBallot | undefined> {
  return firstRow<ReceiptBallot>(
    db
      .collection(COLLECTIONS.ballots)
      .where({ voteId, receipt })
      .field({ partyId: true, channel: true, castBy: true, ownerKey: true })
      .limit(1),
  )
}

/** A delegate's electronic ballot stands only while the owner has none of her own. */
async function supersededByOwner(db: Database, voteId: string, ballot: ReceiptBallot): Promise<boolean> {
  if (ballot.channel !== 'electronic' || ballot.castBy !== 'delegate' || !ballot.ownerKey) return false
  const own = ballotId(voteId, ballot.partyId, { kind: 'owner', ownerKey: ballot.ownerKey })
  return Boolean(await firstRow(db.collection(COLLECTIONS.ballots).where({ _id: own }).field({ _id: true }).limit(1)))
}
