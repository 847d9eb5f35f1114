import { z } from 'zod'

/*
 * Text a person writes: trimmed, bounded, and free of control characters (which break subscription
 * messages, exports and other people's screens). Only long text (`Body`) keeps line breaks.
 */

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/

function line(max: number, empty: string) {
  return z
    .string({ invalid_type_error: '应为文字', required_error: empty })
    .trim()
    .min(1, empty)
    .max(max, `太长，不能超过${max}个字`)
    .refine((s) => !CONTROL.test(s), '不能包含换行或控制字符')
}

/** A heading: a vote's 议题, a meeting's topic, an item of a vote. */
export const Title = (max = 100, empty = '不能为空') => line(max, empty)

/** A short name or value: a position, a bank, a place, a course, a file's name. */
export const Label = (max = 60, empty = '不能为空') => line(max, empty)

/** Why something was done (驳回, 作废, 移除, 停用…): required, one paragraph. */
export const Reason = (max = 500, empty = '请填写原因') => line(max, empty)

/** Long text (说明, 议程, 会议纪要, 备注): may be empty, keeps line breaks (normalised to \n). */
export const Body = (max = 5000) =>
  z
    .string({ invalid_type_error: '应为文字' })
    .transform((s) => s.replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .max(max, `太长，不能超过${max}个字`)
        .refine((s) => !CONTROL_BUT_NEWLINE.test(s), '不能包含控制字符'),
    )

/** A one-line value a person may leave empty (e.g. 备案编号 not yet known). */
export const OptionalLabel = (max = 60) =>
  z
    .string({ invalid_type_error: '应为文字' })
    .trim()
    .max(max, `太长，不能超过${max}个字`)
    .refine((s) => !CONTROL.test(s), '不能包含换行或控制字符')
