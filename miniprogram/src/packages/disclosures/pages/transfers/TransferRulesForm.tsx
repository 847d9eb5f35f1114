import { useState } from 'react'
import { View } from '@tarojs/components'
import { AtButton, AtInput, AtSwitch } from 'taro-ui'
import { DISCLOSURE_LABELS, disclosuresApi, type TransferRules } from '@core/api/disclosures'
import { formatFen, parseYuan } from '@core/format'
import { saveTransferRules } from '../../../../services/disclosures'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { check } from '../../../../utils/check'

interface Props {
  rules: TransferRules
  onSaved: () => void
}

/**
 * The director's section of the transfers page: from what amount a transfer counts as 大额 in this
 * community, and whether its rules let the director publish transfers.
 */
export default function TransferRulesForm({ rules, onSaved }: Props) {
  const { communityId } = rules
  const [amount, setAmount] = useState(formatFen(rules.largeTransferFen).replace(/元$/, '').replace(/,/g, ''))
  const [directorPublishes, setDirectorPublishes] = useState(rules.directorPublishesTransfers)
  const notice = useNotice()
  const { busy, run } = useSubmit(notice)

  const save = async () => {
    const fen = parseYuan(amount)
    if (fen === null) return notice.showError({ message: '大额标准：请填写金额（元，最多两位小数）' })
    const input = { communityId, largeTransferFen: fen, directorPublishesTransfers: directorPublishes }
    const checked = check(disclosuresApi.saveTransferRules.input, input, DISCLOSURE_LABELS)
    if (!checked.ok) return notice.showError(checked)
    const done = await run(() => saveTransferRules(input), { progress: '正在保存', done: '已保存' })
    if (done) onSaved()
  }

  return (
    <View className='transfer-rules'>
      <View className='section-title'>本小区转账公示规则</View>
      <View className='form'>
        <AtInput
          name='largeTransferFen'
          title='大额标准（元）'
          type='digit'
          placeholder='如 50000'
          value={amount}
          onChange={(v: string | number) => setAmount(String(v))}
        />
        <AtSwitch
          title='按本小区规则，业委会主任也可发布转账公示'
          checked={directorPublishes}
          onChange={(v: boolean) => setDirectorPublishes(v)}
        />
      </View>
      <View className='form__actions'>
        <AtButton type='primary' loading={busy} disabled={busy} onClick={() => void save()}>
          保存规则
        </AtButton>
      </View>
      {notice.inline}
      {notice.element}
    </View>
  )
}
