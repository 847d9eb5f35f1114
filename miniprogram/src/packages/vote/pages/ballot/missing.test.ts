import { missingChoicesText } from './missing'

const items = [
  { id: 'i1', text: '续聘物业服务企业' },
  { id: 'i2', text: '改建1栋外墙' },
  { id: 'i3', text: '更换电梯' },
]

describe('the ballot names the items still to choose', () => {
  it('names one missing item by its number and text', () => {
    expect(missingChoicesText(items, { i1: 'agree', i3: 'oppose' })).toBe('还有第2项没有选择（改建1栋外墙），请对每一个表决事项作出选择')
  })
  it('lists several by number', () => {
    expect(missingChoicesText(items, { i2: 'agree' })).toBe('还有第1项、第3项没有选择，请对每一个表决事项作出选择')
  })
  it('says nothing when every item is chosen', () => {
    expect(missingChoicesText(items, { i1: 'agree', i2: 'abstain', i3: 'followMajority' })).toBeNull()
  })
})
