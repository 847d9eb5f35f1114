import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { CHOICE_LABELS, VOTE_ERRORS, type BallotPage, type BallotParty, type Choice } from '@core/api/vote'
import { formatArea } from '@core/format'
import ChoiceGroup from '../../../../components/choice-group'
import ConfirmDialog from '../../../../components/confirm-dialog'
import RemoteView from '../../../../components/remote-view'
import StateTag from '../../../../components/state-tag'
import VoteItem from '../../../../components/vote-item'
import { castVote } from '../../../../services/vote'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { useParams } from '../../../../hooks/useParams'
import { useRemote } from '../../../../hooks/useRemote'
import { voteRoutes } from '../../routes'
import { openFile } from '../../../../services/files'
import { formatDateTime } from '@core/format'
import OwnerTurnout from './OwnerTurnout'
import { missingChoicesText } from './missing'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

function BallotPageView() {
  const { voteId = '', partyId } = useParams()
  const { state, reload } = useRemote(() => castVote('ballotPage', { voteId }))
  return (
    <View className='vp'>
      <RemoteView state={state} onRetry={() => void reload()}>
        {(page) => <Ballot page={page} initialPartyId={partyId} />}
      </RemoteView>
    </View>
  )
}

/** The party to start with: the one asked for, else the first she can still vote for. */
function firstParty(parties: BallotParty[], wanted?: string): BallotParty | undefined {
  return parties.find((p) => p.partyId === wanted) ?? parties.find((p) => !p.ballot && !p.blocked) ?? parties[0]
}

function Ballot({ page, initialPartyId }: { page: BallotPage; initialPartyId?: string }) {
  const { vote, parties } = page
  const [partyId, setPartyId] = useState(() => firstParty(parties, initialPartyId)?.partyId ?? '')
  const party = parties.find((p) => p.partyId === partyId)
  const [choices, setChoices] = useState<Record<string, Choice>>({})
  const [confirming, setConfirming] = useState(false)
  const [asked, setAsked] = useState(false)
  const notice = useNotice()
  const { run, busy } = useSubmit(notice)
  // Changing one's ballot starts from what was cast before.
  useEffect(() => setChoices(party?.ballot?.choices ?? {}), [party])

  const open = vote.state === 'voting'
  const castable = open && Boolean(party) && !party?.blocked
  const options = page.choices.map((c) => ({ value: c, label: CHOICE_LABELS[c] }))
  const missing = missingChoicesText(vote.items, choices)

  // A missing choice is said beside the button and on each item left open, until it is chosen.
  const askConfirm = () => {
    setAsked(true)
    if (!missing) setConfirming(true)
  }
  const cast = async () => {
    setConfirming(false)
    const receipt = await run(() => castVote('cast', { voteId: vote.id, partyId, choices }), { progress: '正在提交选票…' })
    if (receipt) void Taro.redirectTo({ url: voteRoutes.receipt(vote.id, receipt.partyId) })
  }
  const openAttachment = async (attachment: { fileID: string; name: string }) => {
    const problem = await openFile(attachment)
    if (problem) notice.showError(problem)
  }

  return (
    <View className='ballot'>
      <View className='card'>
        <View className='vp__title'>{vote.title}</View>
        <View className='vp__row'>
          <StateTag state={vote.state} label={vote.stateLabel} />
        </View>
        <View className='vp__meta'>
          投票时间：{formatDateTime(vote.startAt)} 至 {formatDateTime(vote.endAt)}
        </View>
        {vote.description && <View className='vp__meta'>{vote.description}</View>}
        {vote.followMajorityCounts && <View className='vp__meta'>本次投票可以选择“从众”：从众票计入多数一方。</View>}
      </View>
      {page.delegateRule && <View className='ballot__notice ballot__rule'>{page.delegateRule}</View>}
      {!open && (
        <View className='ballot__notice'>
          {vote.state === 'tallied' ? '计票已完成，可以查看表决结果。' : `当前状态为“${vote.stateLabel}”，现在不能投票。`}
        </View>
      )}
      {parties.length === 0 && <View className='ballot__notice'>{VOTE_ERRORS.NOT_YOUR_UNIT}</View>}
      {parties.length > 1 && (
        <View className='ballot__parties'>
          <View className='section-title'>为哪套房投票</View>
          {parties.map((p) => (
            <View
              key={p.partyId}
              className={`ballot__party ${p.partyId === partyId ? 'ballot__party--on' : ''}`}
              onClick={() => setPartyId(p.partyId)}
            >
              <PartyLine party={p} />
            </View>
          ))}
        </View>
      )}
      {parties.length === 1 && party && (
        <View className='card'>
          <PartyLine party={party} />
        </View>
      )}
      {party?.blocked && <View className='ballot__notice ballot__blocked'>{party.blocked}</View>}
      {party?.ballot && (
        <View className='ballot__notice'>
          已投票（回执码 {party.ballot.receipt}）。{open ? '截止前可以修改，以最后一次提交为准。' : ''}
        </View>
      )}
      {vote.items.map((item, i) => (
        <VoteItem
          key={item.id}
          index={i + 1}
          text={item.text}
          itemClass={item.class}
          classLabel={item.classLabel}
          attachments={item.attachments}
          onOpenAttachment={(a) => void openAttachment(a)}
        >
          {party && (
            <ChoiceGroup
              options={options}
              value={choices[item.id] ?? null}
              disabled={!castable || busy}
              onChange={(c) => setChoices((prev) => ({ ...prev, [item.id]: c }))}
            />
          )}
          {party && asked && !choices[item.id] && <View className='vp__error ballot__missing'>这一项还没有选择</View>}
        </VoteItem>
      ))}
      <OwnerTurnout voteId={vote.id} />
      <View className='vp__actions'>
        {castable && party && (
          <AtButton type='primary' disabled={busy} onClick={askConfirm}>
            {party.ballot ? '修改选票' : '提交投票'}
          </AtButton>
        )}
        {asked && missing && <View className='yw-notice yw-notice--error'>{missing}</View>}
        {notice.inline}
        {vote.state === 'tallied' && (
          <AtButton type='primary' onClick={() => void Taro.navigateTo({ url: voteRoutes.result(vote.id) })}>
            查看表决结果
          </AtButton>
        )}
      </View>
      <ConfirmDialog
        isOpened={confirming}
        title='请确认您的选择'
        confirmText='确认提交'
        onConfirm={() => void cast()}
        onCancel={() => setConfirming(false)}
      >
        {party && <View className='ballot__summary-line'>房屋：{party.rooms.join('、')}</View>}
        {vote.items.map((item, i) => (
          <View key={item.id} className='ballot__summary-line'>
            事项{i + 1}：{choices[item.id] ? CHOICE_LABELS[choices[item.id]] : '未选择'}
          </View>
        ))}
        <View className='muted'>提交后会得到回执码；投票截止前可以修改。</View>
      </ConfirmDialog>
      {notice.element}
    </View>
  )
}

function PartyLine({ party }: { party: BallotParty }) {
  return (
    <View>
      <View>
        {party.rooms.join('、')}（{formatArea(party.areaCenti)}）
      </View>
      <View className='vp__meta'>
        {party.as === 'delegate' ? '受业主委托投票' : '业主本人'}
        {party.coOwned ? ' · 多人共有' : ''}
        {party.blocked ? ' · 不能代投' : party.ballot ? ' · 已投票' : ' · 未投票'}
      </View>
    </View>
  )
}

export default withFontScale(BallotPageView)
