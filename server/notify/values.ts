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

/**
 * WeChat refuses an empty value too; a value that cleans to nothing (a phrase with no Chinese, a
 * number with no digits) is sent as this stand-in of its type.
 */
const BLANK: Record<Exclude<FieldType, 'time' | 'date'>, string> = {
  thing: '无',
  phrase: '无',
  name: '无',
  character_string: '-',
  number: '0',
  letter: 'N',
}

/** Instants WeChat shows as times: years 1970–2100 (anything else is a bug in the caller). */
const LATEST = Date.UTC(2100, 11, 31)

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

/** The first number in the text, thousands separators dropped: '共 1,234.5 平方米' → '1234.5'. */
function firstNumber(text: string): string {
  return /\d+(\.\d+)?/.exec(text.replace(/(\d),(?=\d{3})/g, '$1'))?.[0] ?? ''
}

/** Throws on a value that is no instant in WeChat's range: a caller's bug, named, not a refused message. */
function instant(value: string | number): number {
  const at = Number(value)
  if (!Number.isFinite(at) || at < 0 || at > LATEST) throw new Error(`not a time: ${String(value)}`)
  return at
}

export function fieldValue(type: FieldType, value: string | number): string {
  if (type === 'time') return formatDateTime(instant(value))
  if (type === 'date') return formatDay(instant(value))
  return cleanText(type, value) || BLANK[type]
}

function cleanText(type: Exclude<FieldType, 'time' | 'date'>, value: string | number): string {
  switch (type) {
    // Free text shows it was shortened; codes and numbers are cut plainly (an ellipsis is not allowed in them).
    case 'thing':
      return cut(clean(String(value)), LIMITS.thing, true)
    case 'name':
      return cut(clean(String(value)), LIMITS.name, false)
    case 'phrase':
      return cut(clean(String(value)).replace(/[^\u4e00-\u9fa5]/g, ''), LIMITS.phrase, false)
    case 'number':
      return cut(firstNumber(clean(String(value))), LIMITS.number, false)
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
      try {
        return [name, { value: fieldValue(type, value) }]
      } catch (e) {
        throw new Error(`subscription message field ${name}: ${(e as Error).message}`)
      }
    }),
  )
}
