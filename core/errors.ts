/** A contract's error codes, each with the Chinese sentence a person sees when no more specific message is given. */
export type ErrorSentences = Readonly<Record<string, string>>

/**
 * The codes any function may answer, whatever its contract: the handler's own (input, action,
 * sign-in, permission, crash) and the few every feature shares. Every other code is declared with
 * its contract in core/api (`<FEATURE>_ERRORS`) and gathered in core/api/errors.ts.
 */
export const COMMON_ERRORS = {
  INVALID_INPUT: '填写的内容不正确，请检查后再试',
  UNKNOWN_ACTION: '不支持的操作',
  NOT_SIGNED_IN: '请先登录',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_FOUND: '要找的内容不存在',
  INTERNAL: '系统繁忙，请稍后再试',
  TOO_FREQUENT: '发送太频繁，请稍后再试',
  /** Content security refused a text people would read (server/content/check.ts); every feature that takes such text may answer it. */
  CONTENT_RISKY: '内容含有不适宜发布的信息，请修改后再提交',
} as const satisfies ErrorSentences

export type CommonErrorCode = keyof typeof COMMON_ERRORS
