import { manageVoteApi } from '@core/api/vote'
import { draftFields, emptyForm, formOf } from './draft'

describe('draft form', () => {
  const now = Date.UTC(2025, 2, 1, 1, 20) // 09:20 Beijing

  it('starts a new vote at the next whole hour for seven days', () => {
    const form = emptyForm(now)
    expect([form.startDate, form.startTime, form.endDate, form.endTime]).toEqual(['2025-03-01', '10:00', '2025-03-08', '10:00'])
  })

  it('turns a filled form into input the server schema accepts', () => {
    const form = { ...emptyForm(now), title: '更换电梯', items: [{ key: 'a', text: '使用维修资金更换3栋电梯', class: 'ordinary' as const, attachments: [] }] }
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
      ...fields, id: 'v1', communityId: 'c1', communityName: '', state: 'draft', stateLabel: '待提交', itemCount: 1, scopeLabel: '全小区',
      items: [{ id: 'i1', text: 'x', class: 'major', classLabel: '', attachments: [] }], rev: 0,
      created: { who: '', at: 0 }, submitted: null, review: null, rejections: [], roll: null,
      confirmations: { committee: null, street: null }, tallied: null,
    })
    expect(draftFields(form)).toEqual({ ...fields, items: [{ text: 'x', class: 'major', attachments: [] }] })
  })
})
