import type { DimensionFigures, ItemExplanation } from './evaluate'
import type { FollowSide, TestName, Inequality } from './rules'
import type { ItemClass, Outcome } from './types'
import { formatArea, formatPeople } from '../format'

const OUTCOME_TEXT: Record<Outcome, string> = {
  passed: '表决通过',
  rejected: '表决未通过',
  noValidDecision: '未形成有效决定',
}

export function outcomeText(outcome: Outcome): string {
  return OUTCOME_TEXT[outcome]
}

/** One Chinese paragraph stating each figure, each test and the outcome, in that order. */
export function summarizeItem(outcome: Outcome, e: Omit<ItemExplanation, 'summary'>): string {
  const parts = [
    quorumPhrase('面积', formatArea(e.area.participating), formatArea(e.area.total), e.tests.quorumArea.holds),
    quorumPhrase('人数', String(e.headcount.participating), String(e.headcount.total), e.tests.quorumHeadcount.holds),
  ]
  if (outcome !== 'noValidDecision') {
    parts.push(...followPhrases(e.area, e.headcount, e.followMajorityApplied))
    parts.push(approvalPhrase('面积', formatArea(e.area.agreeCounted), e.itemClass, e.tests.approvalArea.holds))
    parts.push(approvalPhrase('人数', String(e.headcount.agreeCounted), e.itemClass, e.tests.approvalHeadcount.holds))
  }
  return `${parts.join('；')}；${OUTCOME_TEXT[outcome]}。`
}

export function quorumPhrase(what: '面积' | '人数', participating: string, total: string, holds: boolean): string {
  return `参与表决${what} ${participating}，占总${what} ${total}，${holds ? '达到' : '未达到'}三分之二`
}

export function approvalPhrase(what: '面积' | '人数', agree: string, itemClass: ItemClass, holds: boolean): string {
  const bound = itemClass === 'major' ? '四分之三' : '一半'
  const verb = itemClass === 'major' ? (holds ? '达到' : '未达到') : holds ? '超过' : '未超过'
  return `同意${what} ${agree}，${verb}参与表决${what}的${bound}`
}

const SIDE_TEXT: Record<FollowSide, string> = {
  agree: '计入同意',
  oppose: '计入反对',
  neither: '不计入任何一方（同意与反对相等）',
}

function followPhrases(area: DimensionFigures, headcount: DimensionFigures, applied: boolean): string[] {
  if (area.followMajority === 0 && headcount.followMajority === 0) return []
  const figures = `从众面积 ${formatArea(area.followMajority)}、从众人数 ${formatPeople(headcount.followMajority)}`
  if (!applied) return [`${figures}，本次表决不计从众，不计入同意或反对`]
  return [figures, `从众面积${SIDE_TEXT[area.followMajorityJoins]}，从众人数${SIDE_TEXT[headcount.followMajorityJoins]}`]
}

/** Short human names for tests, for lists like "未通过的检验：…". */
export const TEST_TEXT: Record<TestName, string> = {
  quorumArea: '参与表决面积达到三分之二',
  quorumHeadcount: '参与表决人数达到三分之二',
  approvalArea: '同意面积达到表决要求',
  approvalHeadcount: '同意人数达到表决要求',
}

export function describeInequality(i: Inequality): string {
  return `${TEST_TEXT[i.test]}：${i.formula}，${i.text}，${i.holds ? '成立' : '不成立'}`
}
