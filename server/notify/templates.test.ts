import { startTestEmulator, type TestEmulator } from '../../emulator/testing'
import { getDb } from '../cloud'
import { INVALID_DATA, refusedFields } from '../ports/subscribeData'
import { localSubscribe } from '../ports/subscribe'
import { grant } from './consent'
import { sendTemplate } from './send'
import { TEMPLATES, templateId, type FieldType, type TemplateKey, type TemplateValues } from './templates'
import { messageData } from './values'

/*
 * Every template of the registry, sent with the worst values a page or a person can give, passes
 * WeChat's rules for its field types (the local port refuses what WeChat would, errcode 47003).
 */
const AT = Date.UTC(2025, 2, 1, 1, 30)

/** Values that break each type's rule unless they are cleaned and cut. */
const HOSTILE: Record<FieldType, string | number> = {
  thing: `  关于续聘物业服务企业\n及更换小区全部电梯\t的表决事项\u0007（第二次）${'长'.repeat(30)}`,
  phrase: '已通过 OK！再次确认',
  name: '欧阳上官司马\n诸葛慕容长孙东方',
  character_string: `编号 AB-12\n${'x'.repeat(40)}`,
  number: '共 1,234.5 平方米，约 2.0.1',
  letter: 'abc 123 DEF 中文 ghi',
  time: AT,
  date: AT,
}
/** Values that clean to nothing: WeChat refuses an empty value too. */
const EMPTY: Record<FieldType, string | number> = {
  thing: ' \n\t ',
  phrase: 'OK',
  name: '\u0000',
  character_string: '中文',
  number: '无',
  letter: '123',
  time: AT,
  date: AT,
}

const keys = Object.keys(TEMPLATES) as TemplateKey[]
const fieldsOf = (key: TemplateKey): Record<string, FieldType> => TEMPLATES[key].fields
const valuesFor = (key: TemplateKey, pick: Record<FieldType, string | number>) =>
  Object.fromEntries(Object.entries(fieldsOf(key)).map(([name, type]) => [name, pick[type]])) as TemplateValues<typeof key>

describe.each(keys)('template %s', (key) => {
  it("names each field by its WeChat type (thing1 is a thing), as the console's template does", () => {
    for (const [name, type] of Object.entries(fieldsOf(key))) expect(name.replace(/\d+$/, '')).toBe(type)
  })

  it('would be refused by WeChat field by field if the values went out raw', () => {
    const raw = Object.fromEntries(Object.entries(valuesFor(key, HOSTILE)).map(([name, v]) => [name, { value: String(v) }]))
    expect(refusedFields(raw)).toEqual(Object.keys(fieldsOf(key)))
  })

  it.each([
    ['the worst values', HOSTILE],
    ['values that clean to nothing', EMPTY],
  ])("passes WeChat's rules for every field with %s", (_, pick) => {
    expect(refusedFields(messageData(fieldsOf(key), valuesFor(key, pick)))).toEqual([])
  })
})

describe('every field type, as a template of the console may use it', () => {
  const ALL_TYPES: Record<string, FieldType> = {
    thing1: 'thing',
    phrase2: 'phrase',
    name3: 'name',
    character_string4: 'character_string',
    number5: 'number',
    letter6: 'letter',
    time7: 'time',
    date8: 'date',
  }
  const values = (pick: Record<FieldType, string | number>) =>
    Object.fromEntries(Object.entries(ALL_TYPES).map(([name, type]) => [name, pick[type]]))

  it.each([
    ['the worst values', HOSTILE],
    ['values that clean to nothing', EMPTY],
  ])('cleans and cuts %s to what WeChat accepts', (_, pick) => {
    expect(refusedFields(messageData(ALL_TYPES, values(pick)))).toEqual([])
  })

  it('refuses to send a time that is no instant, naming the field, rather than let WeChat refuse the message', () => {
    expect(() => messageData(ALL_TYPES, { ...values(HOSTILE), time7: Number.NaN })).toThrow(/time7/)
    expect(() => messageData(ALL_TYPES, { ...values(HOSTILE), date8: 1e16 })).toThrow(/date8/)
  })
})

describe('sending every template through the local port, which refuses what WeChat would', () => {
  let emu: TestEmulator
  beforeAll(async () => {
    emu = await startTestEmulator({ startAt: AT })
  })
  afterAll(() => emu.close())

  it.each(keys)('%s reaches the outbox with the worst values', async (key) => {
    const db = getDb()
    const openid = `o-limits-${key}`
    await grant(db, openid, [templateId(key)], new Date(AT))
    const report = await sendTemplate(key, [openid], 'pages/home/index', valuesFor(key, HOSTILE), { db, port: localSubscribe(db) })
    expect(report).toEqual({ recipients: 1, sent: 1, notSubscribed: 0, failed: 0 })
    const [delivered] = await emu.query('outbox', { to: openid })
    expect(refusedFields(delivered.data as Record<string, { value: string }>)).toEqual([])
  })

  it('answers 47003 naming the field, as WeChat does, for data over the limits', async () => {
    const db = getDb()
    await grant(db, 'o-raw', ['T-raw'], new Date(AT))
    const answer = await localSubscribe(db).send({ touser: 'o-raw', templateId: 'T-raw', data: { thing1: { value: '长'.repeat(21) } } })
    expect(answer).toEqual({ ok: false, errcode: INVALID_DATA, errmsg: 'argument invalid! data.thing1.value invalid' })
    expect(await emu.query('outbox', { to: 'o-raw' })).toEqual([])
  })
})

describe("WeChat's rules themselves", () => {
  it.each([
    ['thing1', '长'.repeat(20), true],
    ['thing1', '长'.repeat(21), false],
    ['thing1', '一\n二', false],
    ['phrase2', '已通过', true],
    ['phrase2', '已通过OK', false],
    ['phrase2', '审核已经通过', false],
    ['name3', '欧阳上官司马诸葛慕容', true],
    ['name3', '欧阳上官司马诸葛慕容长', false],
    ['number4', '1234.5', true],
    ['number4', '1.2.3', false],
    ['letter5', 'abcDEF', true],
    ['character_string6', 'AB-12', true],
    ['character_string6', '编号12', false],
    ['time7', '2025-03-01 09:30', true],
    ['time7', 'Invalid Date', false],
    ['time7', '2025-02-30 09:30', false],
    ['date8', '2025-03-01', true],
    ['thing9', '', false],
  ])('%s %p → accepted %p', (keyName, value, ok) => {
    expect(refusedFields({ [keyName]: { value } })).toEqual(ok ? [] : [keyName])
  })
})
