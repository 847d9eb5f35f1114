import type { Attachment, BuildingView, ItemClass, VoteDetail, VoteScope } from '@core/api/vote'
import { joinBeijing, nextWholeHour, splitBeijing } from '@core/format'

/** What the editor holds while a person types: times as picked (Beijing date + time), items with a local key. */
export interface DraftForm {
  title: string
  description: string
  items: DraftItem[]
  scopeKind: VoteScope['kind']
  buildings: string[]
  startDate: string
  startTime: string
  endDate: string
  endTime: string
  followMajorityCounts: boolean
}

export interface DraftItem {
  /** Stable React key for an item not yet saved. */
  key: string
  text: string
  class: ItemClass
  attachments: Attachment[]
}

const DAY = 24 * 60 * 60 * 1000
let nextKey = 0
export const newItem = (): DraftItem => ({ key: `new-${++nextKey}`, text: '', class: 'ordinary', attachments: [] })

/** A new vote: starts at the next whole hour, runs seven days, 从众 off until the rules say otherwise. */
export function emptyForm(now: number): DraftForm {
  const start = splitBeijing(nextWholeHour(now))
  const end = splitBeijing(nextWholeHour(now) + 7 * DAY)
  return {
    title: '',
    description: '',
    items: [newItem()],
    scopeKind: 'community',
    buildings: [],
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    followMajorityCounts: false,
  }
}

export function formOf(vote: VoteDetail): DraftForm {
  const start = splitBeijing(vote.startAt)
  const end = splitBeijing(vote.endAt)
  return {
    title: vote.title,
    description: vote.description,
    items: vote.items.map((i) => ({ key: i.id, text: i.text, class: i.class, attachments: i.attachments })),
    scopeKind: vote.scope.kind,
    buildings: vote.scope.kind === 'buildings' ? vote.scope.buildings : [],
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    followMajorityCounts: vote.followMajorityCounts,
  }
}

/** The fields createDraft/updateDraft share; the server's schema then checks them (and the client checks first). */
export function draftFields(form: DraftForm) {
  const scope: VoteScope = form.scopeKind === 'community' ? { kind: 'community' } : { kind: 'buildings', buildings: form.buildings }
  return {
    title: form.title,
    description: form.description,
    items: form.items.map((i) => ({ text: i.text, class: i.class, attachments: i.attachments })),
    scope,
    // NaN fails the schema's integer check with its own message ("时间格式不正确").
    startAt: joinBeijing(form.startDate, form.startTime) ?? Number.NaN,
    endAt: joinBeijing(form.endDate, form.endTime) ?? Number.NaN,
    followMajorityCounts: form.followMajorityCounts,
  }
}

/** A line of the scope picker: a building of the register, or a chosen name the register no longer has. */
export interface BuildingRow extends BuildingView {
  chosen: boolean
  /** False for a name kept in the draft that no registered unit carries (approval would find no unit there). */
  registered: boolean
}

/** The register's buildings in its order, then any chosen name it does not have, so it can be unticked. */
export function buildingRows(registered: readonly BuildingView[], chosen: readonly string[]): BuildingRow[] {
  const picked = new Set(chosen)
  const known = new Set(registered.map((b) => b.building))
  return [
    ...registered.map((b) => ({ ...b, chosen: picked.has(b.building), registered: true })),
    ...chosen
      .filter((name) => !known.has(name))
      .map((name) => ({ building: name, units: 0, areaCenti: 0, chosen: true, registered: false })),
  ]
}

/** Ticks or unticks one building; names are kept exactly as the register writes them. */
export function toggleBuilding(chosen: readonly string[], building: string): string[] {
  return chosen.includes(building) ? chosen.filter((b) => b !== building) : [...chosen, building]
}

/** What the ticked buildings add up to (integers: 0.01 m²). */
export function chosenTotals(rows: readonly BuildingRow[]): { buildings: number; units: number; areaCenti: number } {
  const on = rows.filter((r) => r.chosen && r.registered)
  return { buildings: on.length, units: on.reduce((n, r) => n + r.units, 0), areaCenti: on.reduce((n, r) => n + r.areaCenti, 0) }
}
