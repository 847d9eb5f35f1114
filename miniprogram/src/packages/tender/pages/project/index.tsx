import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { TenderDetails, TenderStepView } from '@core/api/tender'
import { formatDateTime, formatDay } from '@core/format'
import RemoteView from '../../../../components/remote-view'
import { withFontScale } from '../../../../components/font-scale'
import { useNotice } from '../../../../hooks/useNotice'
import { useParams } from '../../../../hooks/useParams'
import { useRemote } from '../../../../hooks/useRemote'
import { useSubmit } from '../../../../hooks/useSubmit'
import { acknowledgeTender, getTender } from '../../../../services/tender'
import TenderAlerts from './TenderAlerts'
import './index.scss'

/** One tender project's timeline: each stage with its details and when it was synced, and the statutory warnings. */
function TenderProjectPage() {
  const { id = '' } = useParams()
  const { state, reload } = useRemote(() => getTender({ projectId: id }), [id])
  const notice = useNotice()
  const { busy, run } = useSubmit(notice)
  return (
    <View className='tender'>
      {notice.element}
      <RemoteView state={state} onRetry={() => void reload()}>
        {(p) => (
          <View>
            <View className='list-card'>
              <View className='list-card__title'>{p.title}</View>
              <View className='list-card__meta'>项目编号 {p.projectNo}</View>
              <View className='list-card__meta'>
                {p.failed ? '流标' : p.suspended ? '异议/暂停' : (p.stageLabel ?? '等待招标平台同步')}
              </View>
              {p.syncedAt !== null && <View className='list-card__meta'>同步于 {formatDateTime(p.syncedAt)}</View>}
            </View>
            {p.warnings.length > 0 && (
              <View className='tender__warnings'>
                <View className='tender__step-title'>时间不合规定，请留意</View>
                <View className='tender__meta'>
                  下面按招标平台推送的日期算出，括号里是法律依据。如有疑问，请联系招标代理机构或街道办事处。
                </View>
              </View>
            )}
            {p.warnings.map((w) => (
              <View key={w} className='tender__warning'>
                {w}
              </View>
            ))}
            {p.steps.map((s) => (
              <Step key={`${s.stage}-${s.occurredAt}`} step={s} />
            ))}
            <View className='tender__actions'>
              <AtButton disabled={busy} onClick={() => void run(() => acknowledgeTender({ projectId: id }), { done: '已阅' })}>
                已阅
              </AtButton>
            </View>
            {notice.inline}
            <TenderAlerts notice={notice} />
          </View>
        )}
      </RemoteView>
    </View>
  )
}

const yuan = (fen: number) => `${(fen / 100).toFixed(2)} 元`

/** The details a stage reported, in words, skipping what it did not report. */
function detailLines(d: TenderDetails): string[] {
  const lines: string[] = []
  if (d.reviewResult) lines.push(`审核结果：${d.reviewResult === 'approved' ? '通过' : '退回'}${d.reviewNote ? `（${d.reviewNote}）` : ''}`)
  if (d.documentsIssuedAt !== undefined) lines.push(`招标文件发出：${formatDay(d.documentsIssuedAt)}`)
  if (d.bidDeadline !== undefined) lines.push(`投标截止：${formatDateTime(d.bidDeadline)}`)
  if (d.bidders?.length) lines.push(`投标人：${d.bidders.join('、')}`)
  if (d.candidates?.length) lines.push(`中标候选人：${d.candidates.join('、')}`)
  if (d.publicityStart !== undefined && d.publicityEnd !== undefined)
    lines.push(`公示期：${formatDay(d.publicityStart)} 至 ${formatDay(d.publicityEnd)}`)
  if (d.winner) lines.push(`中标人：${d.winner}`)
  if (d.feeFen !== undefined) lines.push(`中标金额：${yuan(d.feeFen)}`)
  if (d.contractTerm) lines.push(`合同期限：${d.contractTerm}`)
  if (d.documents?.length) lines.push(`文件：${d.documents.map((f) => f.name).join('、')}`)
  if (d.reason) lines.push(`原因：${d.reason}`)
  return lines
}

function Step({ step }: { step: TenderStepView }) {
  return (
    <View className={`tender__step ${step.state === 'waiting' ? 'tender__step--waiting' : ''}`}>
      <View className='tender__step-title'>{step.label}</View>
      <View className='tender__meta'>{formatDateTime(step.occurredAt)}</View>
      {step.state === 'waiting' && <View className='tender__meta'>前一阶段尚未同步，到达后计入进度</View>}
      {detailLines(step.details).map((line) => (
        <View key={line}>{line}</View>
      ))}
      <View className='tender__meta'>同步于 {formatDateTime(step.syncedAt)}</View>
    </View>
  )
}

export default withFontScale(TenderProjectPage)
