import type { z } from 'zod'
import type { castVoteApi, ReceiptCheck } from '../../core/api/vote'
import { sha256Hex } from '../../core/vote/sha256'
import { ok, type Result } from '../../core/result'
import type { Ctx } from '../handler'
import { authorizeVote } from './access'
import { voteFail } from './errors'
import { downloadText } from './files'
import { loadVote } from './store'

type In = z.output<(typeof castVoteApi)['verifyReceipt']['input']>

/**
 * Checks a receipt against the published ballot list: the list is fetched from storage, its
 * SHA-256 must equal the digest announced with the result, and the receipt's lines must be in
 * it. Anyone holding the file can repeat both checks without us.
 */
export async function verifyReceipt(input: In, ctx: Ctx): Promise<Result<ReceiptCheck>> {
  const vote = await loadVote(ctx.db, input.voteId)
  authorizeVote(ctx, vote)
  if (!vote.result) voteFail('NOT_PUBLISHED')
  const digest = vote.result.digest
  const text = await downloadText(digest.fileID)
  if (sha256Hex(text) !== digest.sha256) {
    return ok({
      voteId: vote._id,
      receipt: input.receipt,
      lines: [],
      counted: false,
      digest,
      message: '公布的选票清单与摘要不符，请立即联系街道办',
    })
  }
  const prefix = `[${JSON.stringify(input.receipt)},`
  const lines = text.split('\n').filter((l) => l.startsWith(prefix))
  const counted = lines.length > 0
  return ok({
    voteId: vote._id,
    receipt: input.receipt,
    lines,
    counted,
    digest,
    message: counted
      ? `您的选票已计入，共 ${lines.length} 个事项；选票清单的 SHA-256 与公布的摘要一致`
      : '公布的选票清单中没有这个回执码：如果您后来改过票，请用最后一次的回执码查询',
  })
}
