import { COMMITTEE_LABELS, committeeApi } from '../../core/api/committee'
import { CalendarDay } from '../../core/schemas/time'
import { accountApi } from '../../core/api/account'
import { zodMessage } from '../../core/zodMessage'

function problem(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, value: unknown): string {
  const parsed = schema.safeParse(value)
  if (parsed.success) return 'accepted'
  return zodMessage(parsed.error as Parameters<typeof zodMessage>[0], COMMITTEE_LABELS)
}

describe('input schemas answer bad input in Chinese', () => {
  it('accepts real calendar days only', () => {
    expect(CalendarDay.safeParse('2024-02-29').success).toBe(true)
    expect(CalendarDay.safeParse('2023-02-29').success).toBe(false)
    expect(CalendarDay.safeParse('2024-13-01').success).toBe(false)
    expect(CalendarDay.safeParse('2024/01/01').success).toBe(false)
  })

  it('refuses missing fields, wrong types and oversize text', () => {
    const add = committeeApi.addMember.input
    const valid = { communityId: 'c1', kind: 'member', name: '张三', position: '委员', phone: '13800000000' }
    expect(problem(add, valid)).toBe('accepted')
    expect(problem(add, { ...valid, name: undefined })).toMatch(/^姓名：/)
    expect(problem(add, { ...valid, phone: 13800000000 })).toMatch(/^手机号码：/)
    expect(problem(add, { ...valid, position: '长'.repeat(31) })).toMatch(/太长/)
    expect(problem(add, { ...valid, kind: 'king' })).toMatch(/[\u4e00-\u9fa5]/)
    expect(problem(add, { ...valid, communityId: 'a b' })).toMatch(/格式不正确/)
  })

  it('takes only cloud storage files as attachments', () => {
    const meeting = committeeApi.addMeeting.input
    const valid = {
      communityId: 'c1',
      topic: '例会',
      heldAt: Date.parse('2024-05-01T10:00:00+08:00'),
      place: '会议室',
      attendees: ['张三'],
      agenda: '',
      minutes: '',
      attachments: [{ fileID: 'cloud://env.bucket/m/1.pdf', name: '纪要.pdf' }],
    }
    expect(problem(meeting, valid)).toBe('accepted')
    expect(problem(meeting, { ...valid, attachments: [{ fileID: 'http://evil/x', name: 'x' }] })).toMatch(
      /附件须是上传到本小程序云存储的文件/,
    )
    expect(problem(meeting, { ...valid, attendees: Array(101).fill('张三') })).toMatch(/最多100人/)
  })

  it('needs an explicit confirmation to cancel a binding', () => {
    expect(problem(accountApi.unbind.input, {})).toMatch(/请确认解绑/)
    expect(problem(accountApi.unbind.input, { confirm: true })).toBe('accepted')
  })
})
