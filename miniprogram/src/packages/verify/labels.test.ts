import { verifyAnnouncement } from '@core/vote/verify'
import type { Err } from '@core/result'
import { describeFailure, fieldLabel, problemsOfRow, translatePaths } from './labels'

const pair = (owners: number | null, area: number | string | null) => ({ owners, area })
const notice = (patch: Record<string, unknown> = {}) => ({
  major: false,
  total: pair(100, 10000),
  participated: pair(80, 8000),
  agree: pair(50, 5000),
  oppose: pair(20, 2000),
  abstain: pair(10, 1000),
  ...patch,
})

function failureOf(input: unknown): Err {
  const r = verifyAnnouncement(input)
  if (r.ok) throw new Error('expected a failure')
  return r
}

describe('the checker’s errors in the form’s words', () => {
  it('names fields as the form does', () => {
    expect(fieldLabel('total.area')).toBe('总面积')
    expect(fieldLabel('participated.owners')).toBe('参与表决人数')
    expect(fieldLabel('followMajority.area')).toBe('从众面积')
    expect(fieldLabel('abstain')).toBe('弃权')
    expect(fieldLabel('major')).toBe('事项类型')
    expect(fieldLabel('total.areas')).toBeNull()
    expect(fieldLabel('公告')).toBeNull()
  })

  it('puts each bad figure beside its field: 总面积：应为数字', () => {
    const problems = describeFailure(failureOf(notice({ total: pair(100, 'abc'), agree: pair(2.5, 5000), major: 'yes' })))
    expect(problems).toEqual([
      { key: 'major', text: '事项类型：应为 true 或 false' },
      { key: 'total.area', text: '总面积：应为数字' },
      { key: 'agree.owners', text: '同意人数：应为整数' },
    ])
    expect(problemsOfRow(problems, 'total')).toEqual([{ key: 'total.area', text: '总面积：应为数字' }])
  })

  it('explains figures that do not add up, in Chinese, beside the first figure named', () => {
    const problems = describeFailure(failureOf(notice({ participated: pair(70, 8000.01), total: pair(100, 8000) })))
    expect(problems).toEqual([
      {
        key: 'participated.owners',
        text: '数字对不上：参与表决人数（70）小于同意人数 + 反对人数 + 弃权人数 + 无效人数 + 从众人数之和（80）',
      },
      { key: 'participated.area', text: '数字对不上：参与表决面积（8000.01 m²）大于总面积（8000.00 m²）' },
    ])
    expect(describeFailure(failureOf(notice({ total: pair(0, 10000) })))[0].text).toBe('数字对不上：总人数应大于 0')
  })

  it('a file that is not an object is a problem of the whole notice', () => {
    expect(describeFailure(failureOf([]))).toEqual([{ key: null, text: '公告数据：应为 JSON 对象' }])
  })

  it('translates the paths in the checker’s summary', () => {
    expect(translatePaths('缺少数据（agree.owners、total.area），无法确定结果')).toBe('缺少数据（同意人数、总面积），无法确定结果')
  })
})
