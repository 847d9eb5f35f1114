import type { ZodError } from 'zod'

/** Field labels shown to people; unknown fields fall back to their path. */
const LABELS: Record<string, string> = {
  name: '姓名', idNumber: '证件号码', code: '验证码', phone: '手机号码', action: '操作',
  voteId: '投票', title: '标题', items: '表决事项', room: '房号', areaCenti: '面积',
  communityId: '小区', kind: '类别', position: '职务', termStart: '任期开始日期', termEnd: '任期结束日期',
  memberId: '成员', reason: '原因', filedOn: '备案日期', status: '状态', files: '附件', attachments: '附件',
  fileID: '文件', personName: '姓名', course: '课程', trainedOn: '培训日期', result: '培训结果',
  topic: '会议主题', heldAt: '会议时间', place: '地点', attendees: '参会人员', agenda: '议程',
  minutes: '会议纪要', bank: '开户银行', accountName: '户名', accountNumber: '账号', signedOn: '签约日期',
  accountId: '账户', establishedOn: '成立日期', filingNo: '备案编号', occurredOn: '发生日期',
  sourceName: '来源', source: '来源', unitId: '房屋', until: '委托截止日期', delegationId: '委托',
  checkId: '人脸核身', confirm: '确认', from: '开始日期', to: '结束日期',
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
