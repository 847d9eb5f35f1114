import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, Textarea, View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import {
  COMMITTEE_LABELS,
  committeeApi,
  type CommunityReach,
  type CreditBasic,
  type CreditRecordView,
  type CreditView,
} from '@core/api/committee'
import ConfirmDialog from '../../../../components/confirm-dialog'
import { getCredit, saveCreditBasic, voidCreditRecord } from '../../../../services/committee'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { govRoutes } from '../../routes'
import { check } from '../../../../utils/check'
import RemoteView, { Empty } from '../../../../components/remote-view'
import { useRemote } from '../../../../hooks/useRemote'
import DateRow from '../../../../components/date-row'
import FileList from '../../../../components/file-list'
import { CommunityHeader } from '../../shared/CommunityHeader'
import { useReach } from '../../shared/useReach'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** 信用信息维护 (district centre): the committee's basic information, and its good and bad records, added or voided. */
function CreditUpkeepPage() {
  const reach = useReach('saveCreditBasic')
  // Loaded here at the page, not in a part shown later: a part mounted after the page's first show
  // would miss the reload when the person comes back from adding a record.
  const credit = useRemote(() => getCredit({ communityId: reach.communityId }), reach.communityId ? [reach.communityId] : null)
  return (
    <View className='gov-credit'>
      <RemoteView state={reach.state} onRetry={reach.reload}>
        {(c) => <CreditUpkeep community={c} credit={credit} />}
      </RemoteView>
    </View>
  )
}

function CreditUpkeep({ community, credit }: { community: CommunityReach; credit: ReturnType<typeof useRemote<CreditView>> }) {
  const notice = useNotice()
  const addRecord = (kind: 'good' | 'bad') => void Taro.navigateTo({ url: govRoutes.creditRecord(community.id, kind) })
  return (
    <View>
      <CommunityHeader community={community} />
      <RemoteView state={credit.state} onRetry={() => void credit.reload()}>
        {(view) => (
          <View>
            <View className='section-title'>基本信息</View>
            <BasicForm communityId={community.id} basic={view.basic} onSaved={(saved) => credit.set(saved)} notice={notice} />
            <View className='section-title'>信用记录</View>
            {notice.inline}
            <View className='gov-actions'>
              <AtButton type='primary' onClick={() => addRecord('bad')}>
                添加不良信息
              </AtButton>
              <AtButton onClick={() => addRecord('good')}>添加良好信息</AtButton>
            </View>
            <Records view={view} notice={notice} onVoided={() => void credit.reload()} />
          </View>
        )}
      </RemoteView>
      {notice.element}
    </View>
  )
}

type Notice = ReturnType<typeof useNotice>

interface BasicDraft {
  establishedOn: string | null
  termStart: string | null
  termEnd: string | null
  filingNo: string
}

/** What the district centre enters; the committee's name, director and head counts come from its roster. */
function BasicForm({
  communityId,
  basic,
  onSaved,
  notice,
}: {
  communityId: string
  basic: CreditBasic
  onSaved: (v: CreditView) => void
  notice: Notice
}) {
  const [draft, setDraft] = useState<BasicDraft>(() => ({
    establishedOn: basic.establishedOn,
    termStart: basic.termStart,
    termEnd: basic.termEnd,
    filingNo: basic.filingNo,
  }))
  const { busy, send } = useSubmit(notice)
  const set = <K extends keyof BasicDraft>(key: K, value: BasicDraft[K]) => setDraft((d) => ({ ...d, [key]: value }))
  const save = async () => {
    const saved = await send(check(committeeApi.saveCreditBasic.input, { communityId, ...draft }, COMMITTEE_LABELS), saveCreditBasic)
    if (!saved) return
    onSaved(saved)
    notice.show('基本信息已保存', 'success')
  }
  return (
    <View>
      <View className='form'>
        <DateRow label='成立日期' value={draft.establishedOn} onChange={(v) => set('establishedOn', v)} />
        <DateRow label='任期开始' value={draft.termStart} onChange={(v) => set('termStart', v)} />
        <DateRow label='任期结束' value={draft.termEnd} onChange={(v) => set('termEnd', v)} />
        <AtInput
          name='filingNo'
          title='备案编号'
          placeholder='如：南山备2023-001'
          value={draft.filingNo}
          onChange={(v: string | number) => set('filingNo', String(v))}
        />
      </View>
      <View className='form__note'>
        业委会名称、主任和委员人数按成员信息自动显示：{basic.committeeName}，主任 {basic.directorName || '未填写'}，委员 {basic.memberCount}{' '}
        人。
      </View>
      <View className='gov-actions'>
        <AtButton type='primary' loading={busy} disabled={busy} onClick={() => void save()}>
          保存基本信息
        </AtButton>
      </View>
    </View>
  )
}

/** Bad records first (what the district centre mostly enters), then good ones; a live record can be voided with a reason. */
function Records({ view, notice, onVoided }: { view: CreditView; notice: Notice; onVoided: () => void }) {
  const [voiding, setVoiding] = useState<CreditRecordView | null>(null)
  const [reason, setReason] = useState('')
  const { busy, send } = useSubmit(notice)
  const confirmVoid = async () => {
    if (!voiding) return
    const voided = await send(
      check(committeeApi.voidCreditRecord.input, { recordId: voiding.id, reason }, COMMITTEE_LABELS),
      voidCreditRecord,
    )
    if (!voided) return
    setVoiding(null)
    notice.show('已作废', 'success')
    onVoided()
  }
  const open = (record: CreditRecordView) => {
    setReason('')
    setVoiding(record)
  }
  return (
    <View>
      {(
        [
          ['不良信息', view.bad],
          ['良好信息', view.good],
        ] as const
      ).map(([title, rows]) => (
        <View key={title}>
          <View className='section-title'>
            {title}（{rows.length}）
          </View>
          {rows.length === 0 && <Empty text={`暂无${title}`} />}
          {rows.map((r) => (
            <RecordCard key={r.id} record={r} onError={notice.showError} onVoid={() => open(r)} />
          ))}
        </View>
      ))}
      <ConfirmDialog
        isOpened={voiding !== null}
        title='作废这条信用记录？'
        confirmText='作废'
        danger
        confirmDisabled={busy || !reason.trim()}
        onCancel={() => setVoiding(null)}
        onConfirm={() => void confirmVoid()}
      >
        <View>
          {voiding?.occurredOn} {voiding?.reason}
        </View>
        <View>作废后记录仍然保留并标明“已作废”，业主和业委会都能看到作废原因。</View>
        {voiding && (
          <Textarea
            className='gov-void__reason'
            value={reason}
            maxlength={200}
            placeholder='请填写作废原因（必填）'
            onInput={(e) => setReason(e.detail.value)}
          />
        )}
      </ConfirmDialog>
    </View>
  )
}

function RecordCard({ record, onError, onVoid }: { record: CreditRecordView; onError: Notice['showError']; onVoid: () => void }) {
  const crossed = record.voided ? 'gov-credit__voided' : ''
  return (
    <View className='list-card gov-record'>
      <View className={`list-card__title ${crossed}`}>
        {record.occurredOn}
        {record.voided && <Text className='list-card__tag list-card__tag--grey'>已作废</Text>}
      </View>
      <View className={crossed}>{record.reason}</View>
      <View className='list-card__meta'>依据：{record.sourceName}</View>
      {record.source && <FileList files={[record.source]} onError={onError} />}
      {record.voided ? (
        record.voidReason && <View className='list-card__meta'>作废原因：{record.voidReason}</View>
      ) : (
        <AtButton className='gov-record__void' onClick={onVoid}>
          作废
        </AtButton>
      )}
    </View>
  )
}

export default withFontScale(CreditUpkeepPage)
