import { formatDateTime, formatDay } from '../../core/format/time'
import type { FieldType } from './templates'

/*
 * WeChat's limits per field type (subscribeMessage.send): thing ≤ 20 characters, phrase ≤ 5
 * (Chinese only), name ≤ 10, character_string / number / letter ≤ 32, time as 'YYYY-MM-DD HH:mm'.
 * A value over its limit or with a control character fails the whole message with errcode 47003,
 * so every value is cleaned and cut here rather than trusted.
 */
const LIMITS: Record<Exclude<FieldType, 'time' | 'date'>, number> = {
  thing: 20,
  phrase: 5,
  name: 10,
  character_string: 32,
  number: 32,
  letter: 32,
}

/** Newlines, tabs and other control characters become one space; runs of spaces collapse. */
function clean(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Cut to `max` characters (code points, so a character outside the BMP is never split). */
function cut(text: string, max: number, ellipsis: boolean): string {
  const chars = [...text]
  if (chars.length <= max) return text
  return ellipsis ? `${chars.slice(0, max - 1).join('')}…` : chars.slice(0, max).join('')
}

export function fieldValue(type: FieldType, value: string | number): string {
  switch (type) {
    case 'time':
      return formatDateTime(Number(value))
    case 'date':
      return formatDay(Number(value))
    // Free text shows it was shortened; codes and numbers are cut plainly (an ellipsis is not allowed in them).
    case 'thing':
      return cut(clean(String(value)), LIMITS.thing, true)
    case 'name':
      return cut(clean(String(value)), LIMITS.name, false)
    case 'phrase':
      return cut(clean(String(value)).replace(/[^\u4e00-\u9fa5]/g, ''), LIMITS.phrase, false)
    case 'number':
      return cut(clean(String(value)).replace(/[^\d.]/g, ''), LIMITS.number, false)
    case 'letter':
      return cut(clean(String(value)).replace(/[^A-Za-z]/g, ''), LIMITS.letter, false)
    case 'character_string':
      return cut(clean(String(value)).replace(/[^\x21-\x7e]/g, ''), LIMITS.character_string, false)
  }
}

/** The `data` of a message: every field of the template, cleaned and cut to its type. */
export function messageData(fields: Record<string, FieldType>, values: Record<string, string | number>): Record<string, { value: string }> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, type]) => {
      const value = values[name]
      if (value === undefined) throw new Error(`subscription message field ${name} has no value`)
      return [name, { value: fieldValue(type, value) }]
    }),
  )
}
