import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import { DISCLOSURE_LABELS, TRANSFER_BASIS_LABELS, disclosuresApi, type TransferBasisKind } from '@core/api/disclosures'
import { formatDay, parseYuan } from '@core/format'
import { communityFolder, type CloudFile } from '@core/schemas/files'
import { listFundAccounts } from '../../../../services/committee'
import { publishTransfer } from '../../../../services/disclosures'
import { pickAndUpload } from '../../../../services/files'
import RemoteView from '../../../../components/remote-view'
import DateRow from '../../../../components/date-row'
import SelectRow from '../../../../components/select-row'
import FileList from '../../../../components/file-list'
import { useNotice } from '../../../../hooks/useNotice'
import { useParams } from '../../../../hooks/useParams'
import { useRemote } from '../../../../hooks/useRemote'
import { useSubmit } from '../../../../hooks/useSubmit'
import { check } from '../../../../utils/check'
import { disclosureRoutes } from '../../routes'
import { withFontScale } from '../../../../components/font-scale'
import PrivacySheet from '../../../../components/privacy-sheet'
import './index.scss'

const BASIS_KINDS = Object.keys(TRANSFER_BASIS_LABELS) as TransferBasisKind[]

/** 大额资金转账公示: the project manager names the common-fund account, amount, payee, purpose and its basis. */
function TransferEditPage() {
  const communityId = useParams().communityId ?? ''
  const accounts = useRemote(() => listFundAccounts({ communityId }), communityId ? [communityId] : null)
  const [accountAt, setAccountAt] = useState(0)
  const [amount, setAmount] = useState('')
  const [payeeName, setPayeeName] = useState('')
  const [payeeAccount, setPayeeAccount] = useState('')
  const [purpose, setPurpose] = useState('')
  const [basisKind, setBasisKind] = useState<TransferBasisKind>('contract')
  const [basisRef, setBasisRef] = useState('')
  const [plannedOn, setPlannedOn] = useState<string | null>(formatDay(Date.now()))
  const [attachments, setAttachments] = useState<CloudFile[]>([])
  const notice = useNotice()
  const { busy, run } = useSubmit(notice)

  const upload = async () => {
    const added = await run(() => pickAndUpload(communityFolder(communityId, 'transfers'), 20 - attachments.length))
    if (added) setAttachments((list) => [...list, ...added])
  }

  const send = async (accountId: string | undefined) => {
    if (!accountId) return notice.showError({ message: '本小区还没有可用的共有资金账户' })
    const amountFen = parseYuan(amount)
    if (amountFen === null) return notice.showError({ message: '金额：请填写金额（元，最多两位小数）' })
    const input = {
      communityId,
      accountId,
      amountFen,
      payeeName,
      payeeAccount,
      purpose,
      basisKind,
      basisRef,
      plannedOn: plannedOn ?? '',
      attachments,
    }
    const checked = check(disclosuresApi.publishTransfer.input, input, DISCLOSURE_LABELS)
    if (!checked.ok) return notice.showError(checked)
    const done = await run(() => publishTransfer(input), { progress: '正在发布' })
    if (done) void Taro.redirectTo({ url: disclosureRoutes.transfer(done.id) })
  }

  return (
    <View>
      <RemoteView state={accounts.state} onRetry={() => void accounts.reload()}>
        {({ accounts: all }) => {
          const usable = all.filter((a) => a.status === 'active')
          const chosen = usable[accountAt]
          return (
            <View>
              <View className='form'>
                <SelectRow
                  label='付款账户'
                  options={usable}
                  labelOf={(a) => `${a.bank} ${a.accountMasked}`}
                  value={chosen}
                  onChange={(a) => setAccountAt(usable.indexOf(a))}
                  empty='没有可用的账户'
                />
                <AtInput
                  name='amount'
                  title='金额（元）'
                  type='digit'
                  placeholder='0.00'
                  value={amount}
                  onChange={(v: string | number) => setAmount(String(v))}
                />
                <AtInput
                  name='payeeName'
                  title='收款人'
                  placeholder='请输入收款单位或个人'
                  value={payeeName}
                  onChange={(v: string | number) => setPayeeName(String(v))}
                />
                <AtInput
                  name='payeeAccount'
                  title='收款账号'
                  type='number'
                  placeholder='请输入收款账号'
                  value={payeeAccount}
                  onChange={(v: string | number) => setPayeeAccount(String(v))}
                />
                <AtInput
                  name='purpose'
                  title='用途'
                  placeholder='如 电梯维修'
                  value={purpose}
                  onChange={(v: string | number) => setPurpose(String(v))}
                />
                <SelectRow
                  label='转账依据'
                  options={BASIS_KINDS}
                  labelOf={(k) => TRANSFER_BASIS_LABELS[k]}
                  value={basisKind}
                  onChange={setBasisKind}
                />
                <AtInput
                  name='basisRef'
                  title='依据说明'
                  placeholder='如 投票名称、会议日期或合同编号'
                  value={basisRef}
                  onChange={(v: string | number) => setBasisRef(String(v))}
                />
                <DateRow label='计划转账日期' value={plannedOn} onChange={setPlannedOn} optional={false} />
              </View>
              <View className='section-title'>附件（合同、发票）</View>
              <View className='detail'>
                <FileList
                  files={attachments}
                  onError={notice.showError}
                  onRemove={(f) => setAttachments((l) => l.filter((x) => x.fileID !== f.fileID))}
                />
              </View>
              {notice.inline}
              <View className='form__actions'>
                <AtButton disabled={busy} onClick={() => void upload()}>
                  添加附件
                </AtButton>
                <AtButton type='primary' loading={busy} disabled={busy} onClick={() => void send(chosen?.id)}>
                  发布
                </AtButton>
              </View>
            </View>
          )
        }}
      </RemoteView>
      {notice.element}
      <PrivacySheet />
    </View>
  )
}

export default withFontScale(TransferEditPage)
