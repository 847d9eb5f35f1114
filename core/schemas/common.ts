import { z } from 'zod'

/** Document ids: deterministic ids use ':' and '-' so they stay readable in audit logs. */
export const Id = z
  .string()
  .trim()
  .min(1, '不能为空')
  .max(128, '太长')
  .regex(/^[\w:.-]+$/, '格式不正确')
/**
 * Ids built from the property register (units, and ids made of a unit's: ratings): they carry the
 * building and room as the register writes them ('sz-hay:A座--501'), so any printable text, but no
 * control or line-breaking characters, no path separators and no '..', and bounded.
 */
export const registerId = (max: number, message: string) =>
  z
    .string({ required_error: message, invalid_type_error: message })
    .trim()
    .min(1, message)
    .max(max, '太长')
    .regex(/^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}/\\]+$/u, '格式不正确')
    .refine((id) => !id.includes('..'), '格式不正确')
/** A unit's id (`<communityId>:<building>-<unitNo>-<room>`, server/register/documents.ts). */
export const UnitId = registerId(128, '请选择房屋')
export const PersonName = z.string().trim().min(1, '请填写姓名').max(40, '姓名太长')
/** Mainland ID (18 chars, last may be X) or another certificate number. */
export const IdNumber = z
  .string()
  .trim()
  .toUpperCase()
  .min(4, '证件号码太短')
  .max(32, '证件号码太长')
  .regex(/^[0-9A-Z()-]+$/, '证件号码只能包含数字和字母')
export const Phone = z
  .string()
  .trim()
  .regex(/^1\d{10}$/, '请填写11位手机号码')
export const SmsCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, '请填写6位数字验证码')
/** Area in 0.01 m², an integer so no float ever decides a vote. */
export const AreaCenti = z.number().int('面积必须精确到0.01平方米').positive('面积必须大于0').max(10_000_000_00, '面积太大')
