/** Stable error codes and the Chinese sentence a person sees when no more specific message is given. */
export const ERROR_MESSAGES = {
  INVALID_INPUT: '填写的内容不正确，请检查后再试',
  UNKNOWN_ACTION: '不支持的操作',
  NOT_SIGNED_IN: '请先登录',
  NOT_BOUND: '请先完成业主身份绑定',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_FOUND: '要找的内容不存在',
  INTERNAL: '系统繁忙，请稍后再试',
  UNKNOWN_PERSON: '房产登记中没有找到这个姓名和证件号码，请核对后再试',
  CODE_WRONG: '验证码不正确',
  CODE_EXPIRED: '验证码已过期，请重新获取',
  CODE_MISSING: '请先获取验证码',
  LOCKED: '验证码错误次数过多，请15分钟后再试',
  TOO_FREQUENT: '发送太频繁，请稍后再试',
  ALREADY_BOUND: '该业主身份已被其他微信账号绑定，如有疑问请联系业委会',
  BAD_REGISTER: '房产登记表中有错误的行，未导入任何数据',
  SMS_FAILED: '短信发送失败，请稍后再试',
  FILE_NOT_FOUND: '文件不存在或已被删除',
  VOTE_NOT_DELEGABLE: '这个投票现在不能办理委托',
  UNIT_NOT_IN_VOTE: '这套房不在这个投票的范围内',
  FOREIGN_FILE: '附件不是为本小区上传的文件，请重新上传',
  CONTENT_RISKY: '内容含有不适宜发布的信息，请修改后再提交',
} as const

export type ErrorCode = keyof typeof ERROR_MESSAGES | (string & {})
