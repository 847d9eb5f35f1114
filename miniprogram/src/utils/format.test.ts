import { formatRole, termText } from './format'

describe('formatRole', () => {
  it('marks roles waiting for the director', () => {
    expect(formatRole({ label: '经办人', status: 'pending' })).toBe('经办人（待审核）')
  })

  it('names the street of a street reviewer', () => {
    expect(formatRole({ label: '街道办审核人', scopeName: '桃源街道', status: 'active' })).toBe('街道办审核人·桃源街道')
  })
})

describe('termText', () => {
  it('says what is known of a term', () => {
    expect(termText('2024-01-01', '2026-12-31')).toBe('2024-01-01 至 2026-12-31')
    expect(termText(null, '2026-12-31')).toBe('? 至 2026-12-31')
    expect(termText(null, null)).toBe('未填写')
  })
})
