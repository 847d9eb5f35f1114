import { timelineOf, type TenderEvent } from './timeline'

const DAY = 86_400_000
const T0 = Date.parse('2026-03-02T01:00:00Z')
const ev = (stage: TenderEvent['stage'], at: number, details: TenderEvent['details'] = {}, version = 1): TenderEvent => ({
  stage,
  version,
  occurredAt: T0 + at * DAY,
  receivedAt: T0 + at * DAY,
  details,
})

describe('the tender timeline', () => {
  it('stops at a returned filing review until a later revision approves it', () => {
    const returned = [ev('filingApplied', 0), ev('filingReviewed', 1, { reviewResult: 'returned' }), ev('noticePublished', 5)]
    expect(timelineOf(returned, T0).steps.map((s) => s.state)).toEqual(['done', 'done', 'waiting'])
    const approved = [...returned, ev('filingReviewed', 3, { reviewResult: 'approved' }, 2)]
    const t = timelineOf(approved, T0)
    expect(t.reached).toBe(2)
    expect(t.steps.map((s) => s.state)).toEqual(['done', 'done', 'done'])
  })

  it('knows an objection suspends it until resumed, and 流标 ends it', () => {
    expect(timelineOf([ev('filingApplied', 0), ev('suspended', 2)], T0).suspended).toBe(true)
    expect(timelineOf([ev('filingApplied', 0), ev('suspended', 2), ev('resumed', 4)], T0).suspended).toBe(false)
    expect(timelineOf([ev('filingApplied', 0), ev('failed', 9)], T0).failed).toBe(true)
  })

  it('warns where the platform dates break the statutory clocks', () => {
    const ok = timelineOf(
      [
        ev('noticePublished', 0, { documentsIssuedAt: T0, bidDeadline: T0 + 20 * DAY }),
        ev('candidatesPublicised', 25, { publicityStart: T0 + 25 * DAY, publicityEnd: T0 + 28 * DAY }),
        ev('awarded', 29),
        ev('awardNotified', 30),
        ev('contractSigned', 60),
        ev('contractFiled', 44),
      ],
      T0 + 90 * DAY,
    )
    expect(ok.warnings).toEqual([])
    const broken = timelineOf(
      [
        ev('noticePublished', 0, { documentsIssuedAt: T0, bidDeadline: T0 + 19 * DAY }),
        ev('candidatesPublicised', 25, { publicityStart: T0 + 25 * DAY, publicityEnd: T0 + 27 * DAY }),
        ev('awarded', 29),
        ev('awardNotified', 30),
      ],
      T0 + 61 * DAY,
    )
    expect(broken.warnings).toEqual([
      '招标文件发出之日至投标截止之日不足20日（招标投标法第二十四条）',
      '中标候选人公示期不足3日（招标投标法实施条例第五十四条）',
      '中标通知书发出之日起30日内未订立书面合同（招标投标法第四十六条）',
      '确定中标人之日起15日内未提交招标投标情况书面报告（招标投标法第四十七条）',
    ])
  })
})
