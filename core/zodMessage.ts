import type { ZodError } from 'zod'

/** A contract's field names as people read them, declared beside the contract (`<FEATURE>_LABELS`). */
export type FieldLabels = Readonly<Record<string, string>>

/** Fields every function's input has, whatever its contract. */
const COMMON_LABELS: FieldLabels = { action: '操作' }

/**
 * One Chinese sentence naming the first bad field, e.g. "证件号码：证件号码太短". `labels` are the
 * contract's (the handler passes its function's); a field with no label falls back to its path.
 */
export function zodMessage(error: ZodError, labels: FieldLabels): string {
  const issue = error.issues[0]
  if (!issue) return '填写的内容不正确'
  const path = issue.path.join('.')
  const field = String(issue.path[issue.path.length - 1])
  const label = labelOf(labels, field) ?? labelOf(COMMON_LABELS, field) ?? path
  const text = /[\u4e00-\u9fa5]/.test(issue.message) ? issue.message : genericText(issue.code)
  return label ? `${label}：${text}` : text
}

function labelOf(labels: FieldLabels, field: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(labels, field) ? labels[field] : undefined
}

function genericText(code: string): string {
  switch (code) {
    case 'invalid_type':
      return '缺少或类型不正确'
    case 'too_big':
      return '太长或太大'
    case 'too_small':
      return '太短或太小'
    case 'invalid_enum_value':
      return '不是可选的值'
    case 'unrecognized_keys':
      return '包含不认识的字段'
    default:
      return '格式不正确'
  }
}
