import { TENDER_STAGE_LABELS, TENDER_STAGES, type TenderDetails, type TenderEventKind, type TenderStepView } from '../../core/api/tender'

const DAY = 24 * 3_600_000

/** One stored revision of a stage as the timeline reads it. */
export interface TenderEvent {
  stage: TenderEventKind
  version: number
  occurredAt: number
  receivedAt: number
  details: TenderDetails
}

export interface Timeline {
  steps: TenderStepView[]
  /** Index in TENDER_STAGES of the furthest stage reached in sequence; -1 before any. */
  reached: number
  suspended: boolean
  failed: boolean
  warnings: string[]
}

/** The newest revision of each stage or event kind. */
function latestByStage(events: readonly TenderEvent[]): Map<TenderEventKind, TenderEvent> {
  const latest = new Map<TenderEventKind, TenderEvent>()
  for (const e of events) {
    const had = latest.get(e.stage)
    if (!had || e.version > had.version) latest.set(e.stage, e)
  }
  return latest
}

/**
 * The timeline from whatever arrived, in any order: the stages in sequence as far as they are contiguous
 * from 招标文件备案申请 ('done'); a stage that came before an earlier one waits ('waiting') until that one
 * arrives. A filing review that returned the documents (退回) stops the sequence there until a later revision
 * approves it. Objections (异议/暂停 and 恢复) and 流标 are shown beside it.
 */
export function timelineOf(events: readonly TenderEvent[], nowMs: number): Timeline {
  const latest = latestByStage(events)
  const steps: TenderStepView[] = []
  let reached = -1
  let open = true
  TENDER_STAGES.forEach((stage, i) => {
    const e = latest.get(stage)
    if (!e) {
      open = false
      return
    }
    const state = open ? 'done' : 'waiting'
    if (open) reached = i
    steps.push(step(e, state))
    if (stage === 'filingReviewed' && e.details.reviewResult === 'returned') open = false
  })
  const side = (['suspended', 'resumed', 'failed'] as const).flatMap((k) => (latest.has(k) ? [latest.get(k)!] : []))
  for (const e of side) steps.push(step(e, 'done'))
  steps.sort((a, b) => a.occurredAt - b.occurredAt)
  const suspendedAt = latest.get('suspended')?.occurredAt
  const resumedAt = latest.get('resumed')?.occurredAt
  return {
    steps,
    reached,
    suspended: suspendedAt !== undefined && (resumedAt === undefined || resumedAt < suspendedAt),
    failed: latest.has('failed'),
    warnings: statutoryWarnings(latest, nowMs),
  }
}

function step(e: TenderEvent, state: TenderStepView['state']): TenderStepView {
  return {
    stage: e.stage,
    label: TENDER_STAGE_LABELS[e.stage],
    occurredAt: e.occurredAt,
    state,
    details: e.details,
    syncedAt: e.receivedAt,
  }
}

/**
 * The statutory clocks, from the platform's own dates:
 * - documents issued → bid deadline at least 20 days (招标投标法第二十四条);
 * - candidates publicised at least 3 days (招标投标法实施条例第五十四条);
 * - contract signed within 30 days of the award notice (招标投标法第四十六条);
 * - the written report (合同备案 here) within 15 days of the award (招标投标法第四十七条).
 * A limit still running is broken once now passes it without the later stage.
 */
export function statutoryWarnings(latest: ReadonlyMap<TenderEventKind, TenderEvent>, nowMs: number): string[] {
  const warnings: string[] = []
  const notice = latest.get('noticePublished')
  const issued = notice?.details.documentsIssuedAt ?? notice?.occurredAt
  const deadline = notice?.details.bidDeadline ?? latest.get('bidOpened')?.occurredAt
  if (issued !== undefined && deadline !== undefined && deadline - issued < 20 * DAY) {
    warnings.push('招标文件发出之日至投标截止之日不足20日（招标投标法第二十四条）')
  }
  const publicity = latest.get('candidatesPublicised')?.details
  if (
    publicity?.publicityStart !== undefined &&
    publicity.publicityEnd !== undefined &&
    publicity.publicityEnd - publicity.publicityStart < 3 * DAY
  ) {
    warnings.push('中标候选人公示期不足3日（招标投标法实施条例第五十四条）')
  }
  const late = (from: TenderEvent | undefined, to: TenderEvent | undefined, days: number) =>
    from !== undefined && (to ? to.occurredAt : nowMs) - from.occurredAt > days * DAY
  if (late(latest.get('awardNotified'), latest.get('contractSigned'), 30)) {
    warnings.push('中标通知书发出之日起30日内未订立书面合同（招标投标法第四十六条）')
  }
  if (late(latest.get('awarded'), latest.get('contractFiled'), 15)) {
    warnings.push('确定中标人之日起15日内未提交招标投标情况书面报告（招标投标法第四十七条）')
  }
  return warnings
}
