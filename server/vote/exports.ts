import ExcelJS from 'exceljs'
import { formatDateTime } from '../../core/format/time'
import type { z } from 'zod'
import type { manageVoteApi, NonParticipantRow } from '../../core/api/vote'
import { formatCenti } from '../../core/format'
import { ok, type Result } from '../../core/result'
import type { Ctx } from '../handler'
import { authorizeVote, whoOf } from './access'
import { tempUrlOf, uploadFile } from './files'
import type { VoteDoc } from '../collections/vote'
import { absentPage, nonParticipantRows, participationOf } from './participation'
import { castableVote, loadVote, writeVoteAudit } from './store'

type In<A extends keyof typeof manageVoteApi> = z.output<(typeof manageVoteApi)[A]['input']>

/**
 * A page of 未参与表决明细 from the participation counted at most 30 s ago (participation.ts): at
 * most the vote, the participation document and the page's chunk, whatever the roll's size.
 */
export async function nonParticipants(
  input: In<'nonParticipants'>,
  ctx: Ctx,
): Promise<Result<{ total: number; rows: NonParticipantRow[] }>> {
  const vote = await castableVote(ctx.db, input.voteId)
  authorizeVote(ctx, vote)
  const participation = await participationOf(ctx, vote, 'absent')
  return ok({ total: participation.absent?.total ?? 0, rows: await absentPage(ctx, participation, input.offset, input.limit) })
}

export async function buildWorkbook(
  vote: Pick<VoteDoc, 'title' | 'communityName'>,
  rows: readonly NonParticipantRow[],
  nowMs: number,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('未参与表决明细')
  sheet.addRow([`${vote.communityName} · ${vote.title}`])
  sheet.addRow([`未参与表决明细（导出时间 ${formatDateTime(nowMs)}）`])
  const header = sheet.addRow(['房号', '业主', '面积（m²）'])
  header.font = { bold: true }
  for (const r of rows) sheet.addRow([r.room, r.owners, Number(formatCenti(r.areaCenti))])
  sheet.getColumn(1).width = 18
  sheet.getColumn(2).width = 24
  sheet.getColumn(3).width = 14
  sheet.getColumn(3).numFmt = '0.00'
  return Buffer.from(await book.xlsx.writeBuffer())
}

/** The xlsx goes to cloud storage; the page opens it through a temporary URL. The export is audited. */
export async function exportNonParticipants(
  input: In<'exportNonParticipants'>,
  ctx: Ctx,
): Promise<Result<{ fileID: string; tempFileURL: string; rows: number }>> {
  const vote = await loadVote(ctx.db, input.voteId)
  const who = whoOf(authorizeVote(ctx, vote))
  const all = await nonParticipantRows(ctx, vote)
  const fileID = await uploadFile(`exports/votes/${vote._id}/non-participants-${ctx.now()}.xlsx`, await buildWorkbook(vote, all, ctx.now()))
  await writeVoteAudit(ctx, vote, { action: 'exportNonParticipants', after: { rows: all.length, fileID } }, who)
  return ok({ fileID, tempFileURL: await tempUrlOf(fileID), rows: all.length })
}
