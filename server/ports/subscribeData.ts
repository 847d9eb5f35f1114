/*
 * WeChat's own check of a subscription message's `data`, as subscribeMessage.send applies it: a
 * field's key is its type and a number (`thing1`, `time2`, `character_string3`), and a value that
 * breaks its type's rule fails the whole message with errcode 47003, naming the field. The local
 * port applies it so the emulator refuses what WeChat would; server/notify/values.ts cleans and
 * cuts every value so that nothing sent breaks it.
 */
export const INVALID_DATA = 47003

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/
const HAN = /^[\u4e00-\u9fa5]+$/

const length = (value: string) => [...value].length

function validDay(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number)
  const day = new Date(Date.UTC(y, m - 1, d))
  return y >= 1970 && y <= 2100 && day.getUTCMonth() === m - 1 && day.getUTCDate() === d
}

/** Whether `value` is acceptable for a field of `type` (the key without its number). */
function accepts(type: string, value: string): boolean {
  if (value.trim() === '' || CONTROL.test(value)) return false
  switch (type) {
    case 'thing':
      return length(value) <= 20
    case 'phrase':
      return length(value) <= 5 && HAN.test(value)
    case 'name':
      return /^[A-Za-z ]+$/.test(value) ? length(value) <= 20 : length(value) <= 10
    case 'number':
      return length(value) <= 32 && /^\d+(\.\d+)?$/.test(value)
    case 'letter':
      return length(value) <= 32 && /^[A-Za-z]+$/.test(value)
    case 'character_string':
      return length(value) <= 32 && /^[\x21-\x7e]+$/.test(value)
    case 'time':
      return /^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d$/.test(value) && validDay(value.slice(0, 10))
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && validDay(value)
    default:
      return false
  }
}

/** The keys of the fields WeChat would refuse (empty when the message's data is acceptable). */
export function refusedFields(data: Record<string, { value: string }>): string[] {
  return Object.entries(data)
    .filter(([key, { value }]) => typeof value !== 'string' || !accepts(key.replace(/\d+$/, ''), value))
    .map(([key]) => key)
}

/** WeChat's errmsg for the first refused field. */
export function refusedMessage(key: string): string {
  return `argument invalid! data.${key}.value invalid`
}
