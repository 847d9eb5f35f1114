import ExcelJS from 'exceljs'
import { formatDateTime } from '../../core/format/time'
import type { z } from 'zod'
import type { manageVoteApi, NonParticipantRow } from '../../core/api/vote'
import { formatCenti } from '../../core/format'
import { partiesOf } from '../../core/vote/parties'
import { ok, type Result } from '../../core/result'
import { COLLECTIONS } from '../collections'
import type { Ctx } from '../handler'
import { authorizeVote, whoOf } from './access'
import { voteFail } from './errors'
import { tempUrlOf, uploadFile } from './files'
import type { VoteDoc } from '../collections/vote'
import { readAll } from './paging'
import { readRoll } from './roll'
import { loadVote, writeVoteAudit } from './store'

type In<A extends keyof typeof manageVoteApi> = z.output<(typeof manageVoteApi)[A]['input']>

/** What decides whether a recorded ballot is one the count reads. */
export interface BallotKey {
  partyId: string
  channel: string
  ownerKey?: string | null
}

/** Every recorded ballot's party, channel and caster: ⌈ballots/1000⌉ reads of three short fields. */
export async function recordedBallots(ctx: Ctx, voteId: string): Promise<BallotKey[]> {
  const out: BallotKey[] = []
  await readAll<{ _id: string } & BallotKey>(
    ctx.db,
    COLLECTIONS.ballots,
    { voteId },
    { partyId: true, channel: true, ownerKey: true },
    (page) => page.forEach((b) => out.push(b)),
  )
  return out
}

/**
 * Pure: whether the count reads this ballot. Where a co-owned unit has a voting representative,
 * only her electronic ballot (or her delegate's, which carries her key) counts (core/vote/resolve.ts);
 * another co-owner's stays on record but takes no part. Paper and 从众 entries are staff's, by room.
 */
export function countedBallot(b: BallotKey, representatives: Readonly<Record<string, string>>): boolean {
  const rep = representatives[b.partyId]
  return b.channel !== 'electronic' || !rep || b.ownerKey === rep
}

/** Pure: parties with at least one ballot the count reads. */
export function participatingParties(ballots: readonly BallotKey[], representatives: Readonly<Record<string, string>>): Set<string> {
  return new Set(ballots.filter((b) => countedBallot(b, representatives)).map((b) => b.partyId))
}

/** 未参与表决明细: one row per unit of every party without a ballot, in room order. */
export async function nonParticipantRows(ctx: Ctx, vote: VoteDoc): Promise<NonParticipantRow[]> {
  if (!vote.roll) voteFail('WRONG_STATE', '投票审核通过后才有参与情况')
  const [roll, ballots] = await Promise.all([readRoll(ctx.db, vote, ctx.now()), recordedBallots(ctx, vote._id)])
  const seen = participatingParties(ballots, roll.representatives)
  const absent = new Set(
    partiesOf(roll.units)
      .filter((p) => !seen.has(p.id))
      .flatMap((p) => p.unitIds),
  )
  return roll.units
    .filter((u) => absent.has(u.id))
    .map((u) => ({
      room: u.room,
      owners: u.developerHeld ? '建设单位' : (roll.ownerNames.get(u.id) ?? []).join('、'),
      areaCenti: u.areaCenti,
    }))
    .sort((a, b) => a.room.localeCompare(b.room, 'zh-CN', { numeric: true }))
}

export async function nonParticipants(
  input: In<'nonParticipants'>,
  ctx: Ctx,
): Promise<Result<{ total: number; rows: NonParticipantRow[] }>> {
  const vote = await loadVote(ctx.db, input.voteId)
  authorizeVote(ctx, vote)
  const all = await nonParticipantRows(ctx, vote)
  return ok({ total: all.length, rows: all.slice(input.offset, input.offset + input.limit) })
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
