import { entriesFor, placeOf } from './entries'

describe('entriesFor', () => {
  it('offers only what the server says the caller may do there, each opened for the community', () => {
    const { reads, writes } = entriesFor({ id: 'sz-ns-cuihu', may: ['listFilings', 'getCredit', 'addFiling'] })
    expect(reads.map((e) => e.title)).toEqual(['信息综合查询', '信用信息'])
    expect(writes.map((e) => e.title)).toEqual(['录入备案'])
    expect(reads[0].url).toBe('/packages/committee/pages/records/index?communityId=sz-ns-cuihu')
  })

  it('shows a centre or street office who of the committee completed which course, where it reads 培训结果', () => {
    const { reads } = entriesFor({ id: 'sz-ns-cuihu', may: ['listTrainings'] })
    expect(reads).toEqual([
      {
        title: '学习情况',
        note: '业委会人员学习宣传培训课程的进度和完成情况',
        url: '/packages/training/pages/completions/index?communityId=sz-ns-cuihu',
      },
    ])
  })

  it('gives the district centre the credit upkeep, and nothing to someone with no reach', () => {
    const district = entriesFor({ id: 'a', may: ['getCredit', 'addCreditRecord', 'saveCreditBasic', 'voidCreditRecord', 'addTraining'] })
    expect(district.writes.map((e) => e.title)).toEqual(['信用信息维护', '录入培训结果'])
    expect(entriesFor({ id: 'a', may: [] })).toEqual({ reads: [], writes: [] })
  })
})

describe('placeOf', () => {
  it('names the district, then the street', () => {
    expect(placeOf({ district: '南山区', street: '桃源街道' })).toBe('南山区 桃源街道')
    expect(placeOf({ district: '南山区', street: '' })).toBe('南山区')
  })
})
