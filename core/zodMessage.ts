import type { ZodError } from 'zod'

/** Field labels shown to people; unknown fields fall back to their path. */
const LABELS: Record<string, string> = {
  name: '姓名', idNumber: '证件号码', code: '验证码', phone: '手机号码', action: '操作',
  voteId: '投票', title: '标题', items: '表决事项', room: '房号', areaCenti: '面积',
}

/** One Chinese sentence naming the first bad field, e.g. "证件号码：证件号码太短". */
export function zodMessage(error: ZodError): string {
  const issue = error.issues[0]
  if (!issue) return '填写的内容不正确'
  const path = issue.path.join('.')
  const label = LABELS[String(issue.path[issue.path.length - 1])] ?? path
  const text = /[\u4e00-\u9fa5]/.test(issue.message) ? issue.message : genericText(issue.code)
  return label ? `${label}：${text}` : text
}

function genericText(code: string): string {
  switch (code) {
    case 'invalid_type': return '缺少或类型不正确'
    case 'too_big': return '太长或太大'
    case 'too_small': return '太短或太小'
    case 'invalid_enum_value': return '不是可选的值'
    case 'unrecognized_keys': return '包含不认识的字段'
    default: return '格式不正确'
  }
}
