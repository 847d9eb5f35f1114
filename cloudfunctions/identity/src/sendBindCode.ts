import type { z } from 'zod'
import type { identityApi } from '../../../core/api/identity'
import { fail, ok, type Ctx } from '../../../server/handler'
import { getSmsPort } from '../../../server/ports/sms'
import { maskPhone } from '../../../server/register/phone'
import { findRegisteredPersons } from '../../../server/register/persons'
import { boundElsewhere } from './bindings'
import { codeDocId, issueBindCode } from './codes'

type Input = z.output<(typeof identityApi)['sendBindCode']['input']>

/** Step 1 of 业主身份绑定: find the person in the register and text a code to the phone registered there. */
export async function sendBindCode(input: Input, ctx: Ctx) {
  const openid = ctx.caller.openid
  if (!openid) fail('NOT_SIGNED_IN')
  const persons = await findRegisteredPersons(ctx.db, input.name, input.idNumber)
  if (persons.length === 0) fail('UNKNOWN_PERSON')
  if (await boundElsewhere(ctx.db, persons, openid)) fail('ALREADY_BOUND')
  // The register keeps one phone per certificate and community; the first community's is used.
  const phone = persons[0].phone
  await issueBindCode(ctx.db, ctx.now(), codeDocId(persons[0].idHash), phone, getSmsPort(ctx.db))
  return ok({ phoneMasked: maskPhone(phone) })
}
