import { manageVoteApi } from '@core/api/vote'
import { buildingRows, chosenTotals, draftFields, emptyForm, formOf, toggleBuilding } from './draft'

describe('draft form', () => {
  const now = Date.UTC(2025, 2, 1, 1, 20) // 09:20 Beijing

  it('starts a new vote at the next whole hour for seven days', () => {
    const form = emptyForm(now)
    expect([form.startDate, form.startTime, form.endDate, form.endTime]).toEqual(['2025-03-01', '10:00', '2025-03-08', '10:00'])
  })

  it('turns a filled form into input the server schema accepts', () => {
    const form = {
      ...emptyForm(now),
      title: '更换电梯',
      items: [{ key: 'a', text: '使用维修资金更换3栋电梯', class: 'ordinary' as const, attachments: [] }],
    }
    const parsed = manageVoteApi.createDraft.input.safeParse({ communityId: 'c1', ...draftFields(form) })
    expect(parsed.success).toBe(true)
    expect(draftFields(form).startAt).toBe(Date.UTC(2025, 2, 1, 2, 0))
  })

  it('names chosen buildings as the scope', () => {
    const form = { ...emptyForm(now), scopeKind: 'buildings' as const, buildings: ['1栋', '2栋'] }
    expect(draftFields(form).scope).toEqual({ kind: 'buildings', buildings: ['1栋', '2栋'] })
  })

  it('lets the schema reject an impossible date with its own message', () => {
    const form = { ...emptyForm(now), title: 't', startDate: '2025-02-30' }
    const parsed = manageVoteApi.createDraft.input.safeParse({ communityId: 'c1', ...draftFields(form) })
    expect(parsed.success).toBe(false)
  })

  it('reads a saved draft back into the same fields', () => {
    const fields = draftFields({ ...emptyForm(now), title: 't', followMajorityCounts: true })
    const form = formOf({
      ...fields,
      id: 'v1',
      communityId: 'c1',
      communityName: '',
      state: 'draft',
      stateLabel: '待提交',
      itemCount: 1,
      scopeLabel: '全小区',
      items: [{ id: 'i1', text: 'x', class: 'major', classLabel: '', attachments: [] }],
      rev: 0,
      created: { who: '', at: 0 },
      submitted: null,
      review: null,
      rejections: [],
      roll: null,
      confirmations: { committee: null, street: null },
      tallied: null,
    })
    expect(draftFields(form)).toEqual({ ...fields, items: [{ text: 'x', class: 'major', attachments: [] }] })
  })

  it("lists the register's buildings ticked as chosen, keeps an unregistered chosen name so it can be unticked, and adds up the ticked ones", () => {
    const registered = [
      { building: '1栋', units: 4, areaCenti: 41000 },
      { building: '2栋', units: 6, areaCenti: 48000 },
    ]
    const rows = buildingRows(registered, ['2栋', '旧楼'])
    expect(rows.map((r) => [r.building, r.chosen, r.registered])).toEqual([
      ['1栋', false, true],
      ['2栋', true, true],
      ['旧楼', true, false],
    ])
    expect(chosenTotals(rows)).toEqual({ buildings: 1, units: 6, areaCenti: 48000 })
    expect(toggleBuilding(['2栋'], '1栋')).toEqual(['2栋', '1栋'])
    expect(toggleBuilding(['2栋', '1栋'], '2栋')).toEqual(['1栋'])
  })
})
