import { splitGroup } from './splitTransfers'

const t = (id: string, amountFen: number, plannedOn: string) => ({ id, amountFen, plannedOn })

describe('transfers to one payee split under the threshold', () => {
  it('groups those within 30 days that together reach the threshold', () => {
    expect(splitGroup(t('b', 30, '2029-04-20'), [t('a', 30, '2029-04-01')], 50)).toEqual({
      ids: ['a', 'b'],
      count: 2,
      totalFen: 60,
      from: '2029-04-01',
      to: '2029-04-20',
    })
  })
  it('leaves apart transfers more than 30 days away, totals under the threshold, and a lone large one', () => {
    expect(splitGroup(t('b', 30, '2029-06-30'), [t('a', 30, '2029-04-01')], 50)).toBeNull()
    expect(splitGroup(t('b', 10, '2029-04-02'), [t('a', 10, '2029-04-01')], 50)).toBeNull()
    expect(splitGroup(t('b', 60, '2029-04-02'), [], 50)).toBeNull()
    expect(splitGroup(t('b', 60, '2029-04-02'), [t('a', 70, '2029-04-01')], 50)).toBeNull()
    expect(splitGroup(t('b', 20, '2029-04-02'), [t('a', 70, '2029-04-01')], 50)).toBeNull()
  })
  it('takes the 30-day window with the largest total', () => {
    const g = splitGroup(t('c', 30, '2029-04-25'), [t('a', 40, '2029-03-20'), t('b', 30, '2029-04-10'), t('d', 30, '2029-05-05')], 50)
    expect(g).toMatchObject({ ids: ['b', 'c', 'd'], totalFen: 90 })
  })
})
