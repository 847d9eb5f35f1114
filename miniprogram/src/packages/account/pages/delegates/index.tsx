import { useState, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { DelegationView } from '@core/api/account'
import { listMyDelegations, revokeDelegate } from '../../../../services/account'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { formatDay, roomLabel } from '@core/format'
import { confirmAction } from '../../shared/confirm'
import RemoteView, { Empty } from '../../../../components/remote-view'
import { useRemote } from '../../../../hooks/useRemote'
import { DelegateForm } from './DelegateForm'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** 被委托人授权, owner side: authorise a named person for one unit, see and revoke authorisations. */
function DelegatesPage() {
  const delegations = useRemote(listMyDelegations)
  const [adding, setAdding] = useState(false)
  const notice = useNotice()
  const { busy, run } = useSubmit(notice)

  const revoke = async (d: DelegationView) => {
    if (!(await confirmAction('撤销委托', `撤销对 ${d.delegateName} 的委托？撤销后对方不能再代您投票。`, '撤销委托'))) return
    if (!(await run(() => revokeDelegate({ delegationId: d.id })))) return
    notice.show('已撤销委托', 'success')
    void delegations.reload()
  }

  return (
    <View className='delegates'>
      {adding ? (
        <DelegateForm
          notice={notice}
          onCancel={() => setAdding(false)}
          onDone={() => {
            setAdding(false)
            notice.show('已委托，请告诉被委托人在“被委托人认证”中完成认证', 'success')
            void delegations.reload()
          }}
        />
      ) : (
        <View className='form__actions'>
          {notice.inline}
          <AtButton type='primary' onClick={() => setAdding(true)}>
            新增委托
          </AtButton>
        </View>
      )}
      <RemoteView state={delegations.state} onRetry={() => void delegations.reload()}>
        {({ granted, held }) => (
          <View>
            <View className='section-title'>我委托的人</View>
            {granted.length === 0 && <Empty text='还没有委托他人' />}
            {granted.map((d) => (
              <DelegationCard key={d.id} d={d} who={`${d.delegateName}（${d.delegatePhoneMasked}）`}>
                {(d.status === 'pending' || d.status === 'active') && (
                  <AtButton className='delegates__revoke' disabled={busy} onClick={() => void revoke(d)}>
                    撤销委托
                  </AtButton>
                )}
              </DelegationCard>
            ))}
            {held.length > 0 && <View className='section-title'>委托我的业主</View>}
            {held.map((d) => (
              <DelegationCard key={d.id} d={d} who={`业主 ${d.ownerName}`} />
            ))}
          </View>
        )}
      </RemoteView>
      {notice.element}
    </View>
  )
}

function DelegationCard({ d, who, children }: { d: DelegationView; who: string; children?: ReactNode }) {
  return (
    <View className='delegates__item'>
      <View>{who}</View>
      <View className='delegates__meta'>房屋：{roomLabel(d.unit)}</View>
      <View className='delegates__meta'>
        {d.voteId ? `仅限一次投票（到 ${formatDay(d.until)} 截止）` : `有效期至 ${formatDay(d.until)}`}
      </View>
      <View className='delegates__status'>{d.statusLabel}</View>
      {children}
    </View>
  )
}

export default withFontScale(DelegatesPage)
