import { z } from 'zod'
import { ERROR_MESSAGES } from '../core/api/errors'
import { ACCOUNT_ERRORS } from '../core/api/account'
import { BIND_IDENTITY_ERRORS } from '../core/api/identity'
import { VOTE_LABELS } from '../core/api/vote'
import { COMMITTEE_LABELS } from '../core/api/committee'
import { zodMessage } from '../core/zodMessage'
import { fail, Failure } from './handler'

describe('declared error codes', () => {
  it('are stable UPPER_SNAKE identifiers, each with a Chinese sentence', () => {
    for (const [code, sentence] of Object.entries(ERROR_MESSAGES)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/)
      expect(sentence).toMatch(/[\u4e00-\u9fa5]/)
    }
  })

  it('default to their declared sentence', () => {
    expect(() => fail('CODE_WRONG')).toThrow(BIND_IDENTITY_ERRORS.CODE_WRONG)
    expect(new Failure('NOT_ON_ROSTER').message).toBe(ACCOUNT_ERRORS.NOT_ON_ROSTER)
  })

  it('are the only codes fail accepts (checked by the compiler)', () => {
    // @ts-expect-error a misspelt code does not compile
    expect(() => fail('CODE_WORNG')).toThrow()
  })
})

describe('field labels are the contract’s own', () => {
  const message = (schema: z.ZodTypeAny, value: unknown, labels: Record<string, string>) => {
    const parsed = schema.safeParse(value)
    return parsed.success ? 'accepted' : zodMessage(parsed.error, labels)
  }
  const named = z.object({ name: z.string().min(1, '不能为空') })

  it('so one field name can mean different things in different features', () => {
    expect(message(named, { name: '' }, VOTE_LABELS)).toBe('附件名称：不能为空')
    expect(message(named, { name: '' }, COMMITTEE_LABELS)).toBe('姓名：不能为空')
  })

  it('fall back to the field’s path when a contract does not label it', () => {
    expect(message(named, { name: '' }, {})).toBe('name：不能为空')
    expect(message(z.object({ action: z.string() }), {}, {})).toBe('操作：缺少或类型不正确')
  })
})
