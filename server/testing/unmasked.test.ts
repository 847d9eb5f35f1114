import { findUnmasked } from './unmasked'

describe('finding unmasked phone and ID numbers in an answer', () => {
  const own = { phone: '13900000001', idNumber: '44030519800101001X' }

  it("finds another person's phone and ID anywhere, as text or number", () => {
    const answer = { ok: true, data: { people: [{ phone: '13812345678' }, { note: '身份证440305198001010029已登记' }], raw: 13712345678 } }
    expect(findUnmasked(answer, own)).toEqual([
      'unmasked phone 138…5678 at $.data.people[0].phone',
      'unmasked ID number 440…0029 at $.data.people[1].note',
      'unmasked phone 137…5678 at $.data.raw',
    ])
  })

  it("lets the caller's own numbers and masked ones through", () => {
    const answer = { phone: '13900000001', id: '44030519800101001x', other: '138****5678', idMasked: '****0029' }
    expect(findUnmasked(answer, own)).toEqual([])
  })

  it('does not mistake timestamps or longer numbers for phones or IDs', () => {
    expect(findUnmasked({ at: 1716712345678, file: 'cloud://env.13812345678x/a' }, own)).toEqual([])
  })

  it('finds bank account numbers', () => {
    expect(findUnmasked({ id: 'fund:c1:6222020200112233445' }, own)).toEqual(['unmasked account number 622…3445 at $.id'])
  })
})
