import { fieldValue, messageData } from './values'
import { miniprogramState, templateId, TEMPLATES } from './templates'

const AT = Date.UTC(2025, 2, 1, 1, 30) // 09:30 in Beijing

describe("values are cleaned and cut to WeChat's limit for their field type", () => {
  it.each([
    ['thing', '关于续聘物业服务企业及更换小区全部电梯的表决事项', '关于续聘物业服务企业及更换小区全部电梯…'],
    ['thing', '第一行\n第二行\t\u0007结束', '第一行 第二行 结束'],
    ['phrase', '审核通过了啊', '审核通过了'],
    ['phrase', '已通过 OK', '已通过'],
    ['name', '欧阳上官司马诸葛慕容长孙', '欧阳上官司马诸葛慕容'],
    ['character_string', `ABC-123 ${'x'.repeat(40)}`, `ABC-123${'x'.repeat(25)}`],
    ['number', '共 1,234.5 平方米', '1234.5'],
    ['letter', 'abc123DEF', 'abcDEF'],
  ] as const)('%s %p → %p', (type, value, expected) => {
    expect(fieldValue(type, value)).toBe(expected)
  })

  it('gives times as YYYY-MM-DD HH:mm in Beijing time, dates as YYYY-MM-DD', () => {
    expect(fieldValue('time', AT)).toBe('2025-03-01 09:30')
    expect(fieldValue('date', AT)).toBe('2025-03-01')
  })

  it('never splits a character outside the BMP', () => {
    expect([...fieldValue('thing', '𠀀'.repeat(25))]).toHaveLength(20)
  })

  it('builds every field of a template and refuses a missing one', () => {
    expect(messageData(TEMPLATES.voteOpened.fields, { thing1: '表决', time2: AT, time3: AT, thing4: '请投票' })).toEqual({
      thing1: { value: '表决' },
      time2: { value: '2025-03-01 09:30' },
      time3: { value: '2025-03-01 09:30' },
      thing4: { value: '请投票' },
    })
    expect(() => messageData(TEMPLATES.voteOpened.fields, { thing1: '表决' })).toThrow(/time2/)
  })
})

describe('the environment', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })

  it('sets template ids, else the local placeholders', () => {
    delete process.env.TPL_VOTE_OPENED
    expect(templateId('voteOpened')).toBe('local-vote-opened')
    process.env.TPL_VOTE_OPENED = 'AbC-real-template-id'
    expect(templateId('voteOpened')).toBe('AbC-real-template-id')
  })

  it('sets miniprogramState (developer / trial / formal), formal unless told otherwise', () => {
    delete process.env.MINIPROGRAM_STATE
    expect(miniprogramState()).toBe('formal')
    process.env.MINIPROGRAM_STATE = 'trial'
    expect(miniprogramState()).toBe('trial')
    process.env.MINIPROGRAM_STATE = 'nonsense'
    expect(miniprogramState()).toBe('formal')
  })
})
