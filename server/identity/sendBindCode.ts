import type { z } from 'zod'
import type { bindIdentityApi } from '../../core/api/identity'
import { maskPhone } from '../../core/mask'
import { fail, ok, type Ctx } from '../handler'
import { getSmsPort } from '../ports/sms'
import { findRegisteredPersons } from '../register/persons'
import { sendCode } from '../smsCodes'
import { bindCodeKey, boundElsewhere } from './bindings'

type Input = z.output<(typeof bindIdentityApi)['sendBindCode']['input']>

/** Step 1 of 业主身份绑定: find the person in the register and text a code to the phone registered there. */
export async function sendBindCode(input: Input, ctx: Ctx) {
  const openid = ctx.caller.openid
  if (!openid) fail('NOT_SIGNED_IN')
  const persons = await findRegisteredPersons(ctx.db, input.name, input.idNumber)
  if (persons.length === 0) fail('UNKNOWN_PERSON')
  if (await boundElsewhere(ctx.db, persons, openid)) fail('ALREADY_BOUND')
  // The register keeps one phone per certificate and community; the first community's is used.
  const phone = persons[0].phone
  await sendCode(ctx.db, ctx.now(), getSmsPort(ctx.db), { purpose: 'bindOwner', key: bindCodeKey(persons[0]), account: openid, phone })
  return ok({ phoneMasked: maskPhone(phone) })
}
