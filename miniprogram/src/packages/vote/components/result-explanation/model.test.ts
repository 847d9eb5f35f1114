import type { ItemOutcomeView } from '@core/api/vote'
import { evaluateItem, type ChoiceFigures } from '@core/vote/evaluate'
import type { ItemClass } from '@core/vote/types'
import { receiptLineText } from '../../pages/result/receiptLines'
import { summarizeResultItem, type ItemSummary } from './model'

/** An item as the result page receives it, counted by the real rules. */
function item(
  itemClass: ItemClass,
  area: ChoiceFigures,
  headcount: ChoiceFigures,
  total = { area: 100_000, headcount: 10 },
): ItemOutcomeView {
  const counts = { area, headcount }
  const counted = evaluateItem(itemClass, total, counts, true)
  return {
    itemId: 'i1',
    text: '续聘物业服务企业',
    class: itemClass,
    classLabel: itemClass === 'major' ? '重大事项' : '一般事项',
    outcome: counted.outcome,
    outcomeLabel: counted.outcome === 'passed' ? '通过' : counted.outcome === 'rejected' ? '未通过' : '未形成有效决定',
    summary: counted.explanation.summary,
    counted,
    withFollowMajority: counted,
    withoutFollowMajority: evaluateItem(itemClass, total, counts, false),
  }
}

/** Everything the main view shows, as one text. */
const shown = (s: ItemSummary) =>
  [
    s.heading,
    s.classLabel,
    s.outcomeLabel,
    s.reason,
    ...s.charts.flatMap((c) => [c.title, ...c.bars.map((b) => b.text), ...c.markers.map((m) => m.label), ...c.lines]),
  ].join('\n')

/** Raw codes and formulas: letters (m² aside), ids like i1, A_P / agreeA, JSON brackets and quotes. */
const RAW = /[A-Za-z_]{2,}|\bi\d+\b|[[\]"·]/

const passed = item(
  'ordinary',
  { agree: 50_000, oppose: 10_000, abstain: 5_000, followMajority: 5_000 },
  { agree: 5, oppose: 1, abstain: 0, followMajority: 1 },
)
const rejectedMajor = item(
  'major',
  { agree: 50_000, oppose: 20_000, abstain: 0, followMajority: 0 },
  { agree: 5, oppose: 2, abstain: 0, followMajority: 0 },
)
const noQuorum = item(
  'ordinary',
  { agree: 30_000, oppose: 0, abstain: 0, followMajority: 0 },
  { agree: 3, oppose: 0, abstain: 0, followMajority: 0 },
)

describe('the result as an owner reads it', () => {
  it.each([
    ['passed', passed],
    ['rejected', rejectedMajor],
    ['no valid decision', noQuorum],
  ])('%s: says it in words, with no code or formula', (_name, view) => {
    const s = summarizeResultItem(1, view)
    expect(shown(s)).not.toMatch(RAW)
    // The summary the server sends has figures and formulas' words; the main view has its own sentence.
    expect(s.reason).not.toBe(view.summary)
  })

  it('says why in plain words', () => {
    expect(summarizeResultItem(1, passed).reason).toBe(
      '参与表决的面积和人数都达到了总数的三分之二。同意的面积和人数都超过参与表决的一半，所以这一项通过。按本次议事规则，选择“从众”的票计入多数一方。',
    )
    expect(summarizeResultItem(2, rejectedMajor).reason).toBe(
      '参与表决的面积和人数都达到了总数的三分之二。同意的面积和人数没有达到参与表决的四分之三，所以这一项未通过。',
    )
    expect(summarizeResultItem(3, noQuorum).reason).toBe('参与表决的面积和人数不到总数的三分之二，所以这一项没有形成有效决定。')
    expect(summarizeResultItem(3, noQuorum).heading).toBe('第3项：续聘物业服务企业')
  })

  it('draws each dimension as bars over the whole scope, with the legal lines marked and readable as text', () => {
    const [area, people] = summarizeResultItem(1, passed).charts
    expect(area.title).toBe('按面积')
    expect(area.bars.map((b) => [b.segment, b.percent])).toEqual([
      ['agree', 50],
      ['followMajority', 5],
      ['oppose', 10],
      ['abstain', 5],
      ['absent', 30],
    ])
    expect(area.bars[0].text).toBe('同意 500.00 m²（50.0%）')
    // ⅔ of the scope; more than half of the 70% who took part.
    expect(area.markers).toEqual([
      { percent: 66.67, label: '参与需达到' },
      { percent: 35, label: '同意需超过' },
    ])
    expect(area.lines).toEqual([
      '参与表决面积 700.00 m²，需达到总面积 1000.00 m²的三分之二：达到',
      '计为同意的面积 550.00 m²，需超过参与表决面积的一半：是',
    ])
    expect(people.bars.map((b) => b.text)).toEqual([
      '同意 5 人（50.0%）',
      '从众 1 人（10.0%）',
      '反对 1 人（10.0%）',
      '未参与 3 人（30.0%）',
    ])
    const major = summarizeResultItem(1, rejectedMajor).charts[1]
    expect(major.markers[1]).toEqual({ percent: 52.5, label: '同意需达到' })
  })
})

describe('a receipt line as an owner reads it', () => {
  const items = [
    { itemId: 'i1', text: '续聘物业' },
    { itemId: 'i2', text: '外墙翻新' },
  ]
  it('names the item by number and text and the choice in words', () => {
    expect(receiptLineText('["K7Q2-M9XD-3PAT","i2","oppose"]', items)).toBe('第2项（外墙翻新）：反对')
    expect(receiptLineText('["K7Q2-M9XD-3PAT","i1","followMajority"]', items)).toBe('第1项（续聘物业）：从众')
  })
  it('never shows a raw line', () => {
    for (const line of ['["K7Q2","i9","agree"]', 'not json', '["K7Q2","i1","maybe"]']) expect(receiptLineText(line, items)).not.toMatch(RAW)
  })
})
