import { UnitId } from './common'
import { CloudFile } from './files'
import { PageInput, nextOffsetOf } from './paging'
import { Body, Label, Reason, Title } from './text'
import { CalendarDay, Instant, dayRangeFilter, endOfDay } from './time'

const messageOf = (r: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  r.success ? 'ok' : r.error?.issues[0]?.message

describe('time', () => {
  it('an instant is whole epoch milliseconds, never text', () => {
    expect(Instant.safeParse(Date.parse('2025-03-01T09:30:00+08:00')).success).toBe(true)
    expect(messageOf(Instant.safeParse('2025-03-01T09:30:00+08:00'))).toBe('时间格式不正确')
    expect(messageOf(Instant.safeParse(1.5e12 + 0.5))).toBe('时间格式不正确')
  })

  it('a calendar day is a real day, written YYYY-MM-DD', () => {
    expect(CalendarDay.safeParse('2024-02-29').success).toBe(true)
    expect(messageOf(CalendarDay.safeParse('2023-02-29'))).toBe('不是有效的日期')
    expect(messageOf(CalendarDay.safeParse('2024/01/01'))).toBe('日期格式应为 2024-01-31')
  })

  it('a day filter covers whole Beijing days', () => {
    expect(dayRangeFilter('2025-03-01', '2025-03-02')).toEqual({
      from: new Date('2025-03-01T00:00:00+08:00'),
      to: new Date('2025-03-02T23:59:59.999+08:00'),
    })
    expect(dayRangeFilter(undefined, undefined)).toEqual({ from: undefined, to: undefined })
    expect(endOfDay('2025-03-01')).toEqual(new Date('2025-03-01T23:59:59.999+08:00'))
  })
})

describe('text a person writes', () => {
  it('is trimmed and bounded, in Chinese', () => {
    expect(Title(10).parse('  换电梯  ')).toBe('换电梯')
    expect(messageOf(Title(10, '请填写议题').safeParse('   '))).toBe('请填写议题')
    expect(messageOf(Label(3).safeParse('四个字啊'))).toBe('太长，不能超过3个字')
  })

  it('keeps line breaks only in long text, and no other control character anywhere', () => {
    expect(messageOf(Reason().safeParse('第一行\n第二行'))).toBe('不能包含换行或控制字符')
    expect(messageOf(Label().safeParse('a\u0007b'))).toBe('不能包含换行或控制字符')
    expect(Body().parse('第一行\r\n第二行\n')).toBe('第一行\n第二行')
    expect(messageOf(Body().safeParse('a\u0000b'))).toBe('不能包含控制字符')
    expect(Body().parse('')).toBe('')
  })
})

describe('a cloud file and a page', () => {
  it('a file is a cloud file id and a name', () => {
    expect(CloudFile.safeParse({ fileID: 'cloud://local.local-bucket/committee/c1/a.pdf', name: 'a.pdf' }).success).toBe(true)
    expect(messageOf(CloudFile.safeParse({ fileID: 'cloud://local.local-bucket/committee/c1/a.pdf', name: '' }))).toBe('请填写附件名称')
  })

  it('a page asks from an offset for at most the declared number', () => {
    const page = PageInput({ max: 50, size: 20 })
    expect(page.parse({})).toEqual({ offset: 0, limit: 20 })
    expect(messageOf(page.safeParse({ limit: 51 }))).toBe('每页最多50条')
    expect(nextOffsetOf(40, 20, 20)).toBe(60)
    expect(nextOffsetOf(40, 20, 7)).toBeNull()
  })
})

describe('register ids', () => {
  it("a unit id takes the register's own characters, and refuses control characters and path tricks", () => {
    for (const id of ['sz-hay:A座--501', 'sz-ty:1栋-2单元-603', 'c1:3-1-101'])
      expect(UnitId.safeParse(id)).toEqual({ success: true, data: id })
    for (const id of ['c1:A座\n501', 'c1:A\u0000', '../c1:1-1-101', 'c1/1-1-101', 'c1\\1', 'c1:\u202e101', '', 'x'.repeat(129)])
      expect(UnitId.safeParse(id).success).toBe(false)
    expect(messageOf(UnitId.safeParse(''))).toBe('请选择房屋')
  })
})
