import type { StampDoc } from '../collections/disclosures'
import { collection } from '../db'
import type { Ctx } from '../handler'
import { cancelTodosOf } from '../todos/write'

/**
 * When an item is voided or corrected its open requests are answered by that: each gets the
 * director's stamp and a sentence saying what happened (the owner reads it under her request), and
 * their to-dos are withdrawn — two writes, whatever the number of requests. Runs right after the
 * void; a crash in between leaves the requests open for the committee to answer by hand.
 */
export async function settleCorrections(ctx: Ctx, disclosureId: string, stamp: StampDoc, text: string): Promise<void> {
  await collection(ctx.db, 'disclosureCorrections')
    .where({ disclosureId, status: 'open' })
    .update({ data: { status: 'answered', answer: ctx.db.command.set({ ...stamp, text }) } })
  await cancelTodosOf(ctx.db, disclosureId, { by: stamp.by, who: stamp.who, at: new Date(stamp.at).getTime() }, text)
}
