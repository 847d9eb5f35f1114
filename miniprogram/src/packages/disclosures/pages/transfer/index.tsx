import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { formatDateTime, formatDay, formatFen } from '@core/format'
import { communityFolder } from '@core/schemas/files'
import { executeTransfer, getTransfer, voidTransfer } from '../../../../services/disclosures'
import { pickAndUpload } from '../../../../services/files'
import RemoteView from '../../../../components/remote-view'
import FileList from '../../../../components/file-list'
import ReasonModal from '../../../../components/reason-modal'
import DateRow from '../../../../components/date-row'
import { DetailRows } from '../../../../components/detail-rows'
import { useCommunity } from '../../../../hooks/useCommunity'
import { useNotice } from '../../../../hooks/useNotice'
import { useParams } from '../../../../hooks/useParams'
import { useRemote } from '../../../../hooks/useRemote'
import { useSubmit } from '../../../../hooks/useSubmit'
import { SplitNote } from '../../shared/SplitNote'
import { VoidedNote } from '../../shared/VoidedNote'
import { withFontScale } from '../../../../components/font-scale'
import PrivacySheet from '../../../../components/privacy-sheet'
import './index.scss'

/** One transfer notice; whoever publishes the community's transfers records it with its bank receipt, or voids it with a reason. */
function TransferPage() {
  const id = useParams().id ?? ''
  const item = useRemote(() => getTransfer({ transferId: id }), id ? [id] : null)
  const { account } = useCommunity()
  const notice = useNotice()
  const { busy, run } = useSubmit(notice)
  const [voiding, setVoiding] = useState(false)
  const [actualOn, setActualOn] = useState<string | null>(formatDay(Date.now()))

  const execute = async (communityId: string) => {
    if (!actualOn) return notice.showError({ message: '请选择实际转账日期' })
    const receipts = await run(() => pickAndUpload(communityFolder(communityId, 'transfers'), 5))
    if (!receipts || receipts.length === 0) return
    const done = await run(() => executeTransfer({ transferId: id, actualOn, receipts }), { done: '已登记转账' })
    if (done) item.set({ ...done, youMayHandle: false })
  }
  const confirmVoid = async (reason: string) => {
    const done = await run(() => voidTransfer({ transferId: id, reason }), { done: '已作废' })
    if (!done) return
    setVoiding(false)
    item.set({ ...done, youMayHandle: false })
  }

  return (
    <View className='transfer'>
      <RemoteView state={item.state} onRetry={() => void item.reload()} roles={account?.roles}>
        {(t) => (
          <View>
            <VoidedNote what='转账公示' voided={t.voided} />
            <SplitNote split={t.split} />
            <View className='detail'>
              <View className='detail__text'>
                {formatFen(t.amountFen)}
                <Text className={`list-card__tag ${t.status === 'voided' ? 'list-card__tag--grey' : ''}`}>{t.statusLabel}</Text>
                {t.large && <Text className='list-card__tag'>大额</Text>}
              </View>
              <DetailRows
                rows={[
                  ['付款账户', t.accountLabel],
                  ['收款人', t.payeeName],
                  ['收款账号', t.payeeAccountMasked],
                  ['用途', t.purpose],
                  ['依据', `${t.basisLabel}：${t.basisRef}`],
                  ['计划转账日期', t.plannedOn],
                  ['实际转账日期', t.actualOn ?? '尚未转账'],
                  ['发布', `${t.published.who}，${formatDateTime(t.published.at)}`],
                ]}
              />
            </View>
            <View className='section-title'>附件（合同、发票等）</View>
            <View className='detail'>
              <FileList files={t.attachments} onError={notice.showError} />
            </View>
            {t.receipts.length > 0 && (
              <View>
                <View className='section-title'>银行回单</View>
                <View className='detail'>
                  <FileList files={t.receipts} onError={notice.showError} />
                </View>
              </View>
            )}
            {t.youMayHandle && (
              <View>
                <View className='form'>
                  <DateRow label='实际转账日期' value={actualOn} onChange={setActualOn} optional={false} />
                </View>
                {notice.inline}
                <View className='page-actions'>
                  <AtButton type='primary' disabled={busy} onClick={() => void execute(t.communityId)}>
                    上传银行回单并登记转账
                  </AtButton>
                  <AtButton disabled={busy} onClick={() => setVoiding(true)}>
                    作废
                  </AtButton>
                </View>
              </View>
            )}
          </View>
        )}
      </RemoteView>
      <ReasonModal
        isOpened={voiding}
        title='作废这条转账公示'
        content='作废后仍会列出并标明已作废，业主可以看到原因。'
        placeholder='请填写作废原因'
        confirmText='确认作废'
        busy={busy}
        onCancel={() => setVoiding(false)}
        onConfirm={(reason) => void confirmVoid(reason)}
      />
      {notice.element}
      <PrivacySheet />
    </View>
  )
}

export default withFontScale(TransferPage)
