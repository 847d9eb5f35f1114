import type { StatisticsView } from '@core/api/vote'
import { parseTyped, typedFrom, type TypedFigures } from './figures'

const row = (agree: [string, string], rest: [string, string] = ['', '']) => ({
  agree: { count: agree[0], area: agree[1] },
  oppose: { count: rest[0], area: rest[1] },
  abstain: { count: '', area: '' },
  followMajority: { count: '', area: '' },
})

describe('statistics entry', () => {
  it('turns typed m² into exact 0.01 m² integers, blanks into 0', () => {
    const typed: TypedFigures = { i1: row(['3', '270.15'], ['1', '89.5']) }
    const parsed = parseTyped(typed, ['i1'])
    expect(parsed).toEqual({
      ok: true,
      data: [
        {
          itemId: 'i1',
          figures: {
            agree: { count: 3, areaCenti: 27015 },
            oppose: { count: 1, areaCenti: 8950 },
            abstain: { count: 0, areaCenti: 0 },
            followMajority: { count: 0, areaCenti: 0 },
          },
        },
      ],
    })
  })

  it('names the first bad field', () => {
    expect(parseTyped({ i1: row(['3', '1.234']) }, ['i1'])).toMatchObject({ ok: false, message: '事项1 同意面积：最多两位小数' })
    expect(parseTyped({ i1: row(['2.5', '1']) }, ['i1'])).toMatchObject({ ok: false, message: '事项1 同意票数：应为不带小数的数字' })
  })

  it('prefills what was entered before', () => {
    const figures = { count: 2, areaCenti: 1050 }
    const zero = { count: 0, areaCenti: 0 }
    const view = {
      computed: { at: 0, scope: { headcount: 1, areaCenti: 1 }, items: [{ itemId: 'i1' }] },
      entered: [{ itemId: 'i1', figures: { agree: figures, oppose: zero, abstain: zero, followMajority: zero } }],
    } as unknown as StatisticsView
    expect(typedFrom(view).i1.agree).toEqual({ count: '2', area: '10.50' })
  })
})
