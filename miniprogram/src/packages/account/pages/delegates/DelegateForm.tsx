import { useState } from 'react'
import { Picker, View } from '@tarojs/components'
import { AtButton, AtInput, AtSegmentedControl } from 'taro-ui'
import { ACCOUNT_LABELS, accountApi } from '@core/api/account'
import type { MyHome } from '@core/api/identity'
import type { OpenVote } from '@core/api/vote'
import { authorizeDelegate } from '../../../../services/account'
import { getMyHome } from '../../../../services/identity'
import { castVote } from '../../../../services/vote'
import type { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { check } from '../../../../utils/check'
import { formatDay, roomLabel } from '@core/format'
import { useRemote } from '../../../../hooks/useRemote'

interface Props {
  notice: ReturnType<typeof useNotice>
  onCancel: () => void
  onDone: () => void
}

const SCOPES = ['某一次投票', '到某一天为止']

/** The owner names the delegate (name, ID number, phone) for one of her units, for one vote or until a day. */
export function DelegateForm({ notice, onCancel, onDone }: Props) {
  const home = useRemote(getMyHome)
  const votes = useRemote(() => castVote('openVotes', {}))
  const units = home.state.status === 'ready' ? home.state.data.units : []
  const [unitIndex, setUnitIndex] = useState(0)
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [phone, setPhone] = useState('')
  const [scope, setScope] = useState(0)
  const [voteIndex, setVoteIndex] = useState(-1)
  const [until, setUntil] = useState('')
  const { busy, send } = useSubmit(notice)

  const unit = units[unitIndex]
  const unitVotes: OpenVote[] =
    votes.state.status === 'ready' && unit ? votes.state.data.filter((v) => !unit.communityId || v.communityId === unit.communityId) : []
  const vote = unitVotes[voteIndex]

  const submit = async () => {
    if (!unit) return notice.showError({ message: '请先选择房屋' })
    if (scope === 0 && !vote) return notice.showError({ message: '请选择委托的投票' })
    if (scope === 1 && !until) return notice.showError({ message: '请选择委托截止日期' })
    const parsed = check(
      accountApi.authorizeDelegate.input,
      {
        unitId: unit.id,
        name,
        idNumber,
        phone,
        ...(scope === 0 ? { voteId: vote?.id } : { until }),
      },
      ACCOUNT_LABELS,
    )
    if (await send(parsed, authorizeDelegate)) onDone()
  }

  if (home.state.status === 'ready' && units.length === 0) {
    return <View className='form__lead'>您还没有绑定房屋，请先完成业主身份绑定。</View>
  }
  return (
    <View>
      <View className='form__lead'>被委托人可以代您办理这套房屋的事务、参加投票。您自己投的票始终优先。</View>
      <View className='form'>
        <Picker
          mode='selector'
          range={units.map(unitLabel(home.state.status === 'ready' ? home.state.data : null))}
          value={unitIndex}
          onChange={(e) => setUnitIndex(Number(e.detail.value))}
        >
          <View className='form__row'>
            <View className='form__label'>房屋</View>
            <View className='form__value'>{unit ? roomLabel(unit) : '正在加载…'}</View>
          </View>
        </Picker>
        <AtInput name='name' title='被委托人' placeholder='姓名' value={name} onChange={(v: string | number) => setName(String(v))} />
        <AtInput
          name='idNumber'
          title='身份证号'
          type='idcard'
          placeholder='被委托人的证件号码'
          value={idNumber}
          onChange={(v: string | number) => setIdNumber(String(v))}
        />
        <AtInput
          name='phone'
          title='手机号码'
          type='phone'
          placeholder='被委托人的手机号码'
          value={phone}
          onChange={(v: string | number) => setPhone(String(v))}
        />
      </View>
      <View className='delegates__scope'>
        <AtSegmentedControl fontSize={32} values={SCOPES} current={scope} onClick={(i: number) => setScope(i)} />
      </View>
      <View className='form'>
        {scope === 0 ? (
          <Picker
            mode='selector'
            range={unitVotes.map((v) => v.title)}
            value={Math.max(voteIndex, 0)}
            onChange={(e) => setVoteIndex(Number(e.detail.value))}
          >
            <View className='form__row'>
              <View className='form__label'>投票</View>
              <View className={`form__value ${vote ? '' : 'form__value--placeholder'}`}>
                {vote?.title ?? (unitVotes.length === 0 ? '暂无可以委托的投票' : '请选择')}
              </View>
            </View>
          </Picker>
        ) : (
          <Picker
            mode='date'
            value={until || formatDay(Date.now())}
            start={formatDay(Date.now())}
            onChange={(e) => setUntil(e.detail.value)}
          >
            <View className='form__row'>
              <View className='form__label'>截止日期</View>
              <View className={`form__value ${until ? '' : 'form__value--placeholder'}`}>{until || '请选择'}</View>
            </View>
          </Picker>
        )}
      </View>
      <View className='form__actions'>
        <AtButton type='primary' loading={busy} disabled={busy} onClick={() => void submit()}>
          确认委托
        </AtButton>
        <AtButton onClick={onCancel}>取消</AtButton>
      </View>
    </View>
  )
}

/** Names the community too when the owner has units in more than one. */
const unitLabel = (home: MyHome | null) => (unit: MyHome['units'][number]) => {
  const communities = home?.communities ?? []
  const community = communities.length > 1 ? communities.find((c) => c.id === unit.communityId)?.name : ''
  return community ? `${community} ${roomLabel(unit)}` : roomLabel(unit)
}
