import { useState } from 'react'
import { Picker, View } from '@tarojs/components'
import { AtButton, AtInput, AtSegmentedControl } from 'taro-ui'
import { ACCOUNT_LABELS, accountApi } from '@core/api/account'
import type { MyHome } from '@core/api/identity'
import type { OpenVote } from '@core/api/vote'
import { authorizeDelegate, delegationReach } from '../../../../services/account'
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

/**
 * The owner names the delegate (name, ID number, phone) for her units — all of them unless she
 * leaves some out — for one vote or until a day, and sees before confirming what the delegate will
 * and will not be able to do (a household's units vote together: all of them, or none).
 */
export function DelegateForm({ notice, onCancel, onDone }: Props) {
  const home = useRemote(getMyHome)
  const votes = useRemote(() => castVote('openVotes', {}))
  const units = home.state.status === 'ready' ? home.state.data.units : []
  const communities = [...new Set(units.map((u) => u.communityId ?? ''))]
  const [communityIndex, setCommunityIndex] = useState(0)
  const communityId = communities[communityIndex] ?? ''
  const here = units.filter((u) => (u.communityId ?? '') === communityId)
  // null: every unit of hers in the community (the default).
  const [chosen, setChosen] = useState<string[] | null>(null)
  const unitIds = chosen ?? here.map((u) => u.id)
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [phone, setPhone] = useState('')
  const [scope, setScope] = useState(0)
  const [voteIndex, setVoteIndex] = useState(-1)
  const [until, setUntil] = useState('')
  const { busy, send } = useSubmit(notice)

  const unitVotes: OpenVote[] =
    votes.state.status === 'ready' ? votes.state.data.filter((v) => !communityId || v.communityId === communityId) : []
  const vote = unitVotes[voteIndex]
  const voteKey = scope === 0 ? (vote?.id ?? '') : ''
  const reach = useRemote(
    () => delegationReach({ unitIds, ...(voteKey ? { voteId: voteKey } : {}) }),
    unitIds.length > 0 ? [unitIds.join(','), voteKey] : null,
  )
  const toggle = (id: string) =>
    setChosen((ids) => {
      const current = ids ?? here.map((u) => u.id)
      return current.includes(id) ? current.filter((x) => x !== id) : [...current, id]
    })

  const submit = async () => {
    if (unitIds.length === 0) return notice.showError({ message: '请至少选择一套房屋' })
    if (scope === 0 && !vote) return notice.showError({ message: '请选择委托的投票' })
    if (scope === 1 && !until) return notice.showError({ message: '请选择委托截止日期' })
    const parsed = check(
      accountApi.authorizeDelegate.input,
      {
        unitIds,
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
      <View className='form__lead'>
        被委托人可以代您参加投票。您自己投的票始终优先：您本人投票后（无论在他之前还是之后），他代投的票都不再计入。
      </View>
      <View className='form'>
        {communities.length > 1 && (
          <Picker
            mode='selector'
            range={communities.map(communityName(home.state.status === 'ready' ? home.state.data : null))}
            value={communityIndex}
            onChange={(e) => {
              setCommunityIndex(Number(e.detail.value))
              setChosen(null)
            }}
          >
            <View className='form__row'>
              <View className='form__label'>小区</View>
              <View className='form__value'>{communityName(home.state.status === 'ready' ? home.state.data : null)(communityId)}</View>
            </View>
          </Picker>
        )}
        <View className='form__row' onClick={() => setChosen(null)}>
          <View className='form__label'>委托的房屋</View>
          <View className='form__value'>
            {units.length === 0
              ? '正在加载…'
              : unitIds.length === here.length
                ? `全部 ${here.length} 套`
                : `${unitIds.length} 套（点此全选）`}
          </View>
        </View>
        {here.map((u) => (
          <View
            key={u.id}
            className={`delegates__unit ${unitIds.includes(u.id) ? 'delegates__unit--on' : ''}`}
            onClick={() => toggle(u.id)}
          >
            {unitIds.includes(u.id) ? '已选' : '未选'}　{roomLabel(u)}
          </View>
        ))}
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
      <View className='delegates__reach'>
        <View className='delegates__reach-title'>被委托人将能做什么</View>
        {unitIds.length === 0 && <View className='delegates__reach-line'>请至少选择一套房屋</View>}
        {unitIds.length > 0 &&
          reach.data?.lines.map((l) => (
            <View key={l.text} className={`delegates__reach-line ${l.ok ? 'delegates__reach-line--ok' : ''}`}>
              {l.text}
            </View>
          ))}
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

/** A community's name, for an owner with units in more than one. */
const communityName = (home: MyHome | null) => (id: string) => home?.communities?.find((c) => c.id === id)?.name ?? '我的小区'
