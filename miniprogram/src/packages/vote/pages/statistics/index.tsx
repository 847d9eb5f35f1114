import { useMemo, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { PersonStamp, StatisticsView } from '@core/api/vote'
import { formatArea, formatPeople } from '@core/format'
import ConfirmDialog from '../../../../components/confirm-dialog'
import RemoteView from '../../../../components/remote-view'
import { tallyVote } from '../../../../services/vote'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { useParams } from '../../../../hooks/useParams'
import { useRemote } from '../../../../hooks/useRemote'
import { voteRoutes, type Viewer } from '../../routes'
import { formatDateTime } from '@core/format'
import Differences from './Differences'
import { differencesOf, fieldKey, parseTyped, typedFrom } from './figures'
import StatisticsForm from './StatisticsForm'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** 统计录入 (committee) and its confirmation by both sides, then 计票完成. */
function StatisticsPage() {
  const { voteId = '', as } = useParams()
  const viewer: Viewer = as === 'street' ? 'street' : 'committee'
  const { state, reload, set } = useRemote(() => tallyVote('statistics', { voteId }))
  return (
    <View className='vp stats'>
      <RemoteView state={state} onRetry={() => void reload()}>
        {(view) => <Statistics view={view} viewer={viewer} onChanged={set} />}
      </RemoteView>
    </View>
  )
}

type Asking = 'confirm' | 'complete' | null

function Statistics({ view, viewer, onChanged }: { view: StatisticsView; viewer: Viewer; onChanged: (v: StatisticsView) => void }) {
  const [typed, setTyped] = useState(() => typedFrom(view))
  const [asking, setAsking] = useState<Asking>(null)
  const notice = useNotice()
  const { run, busy } = useSubmit(notice)
  const items = view.computed?.items ?? []
  const editable = viewer === 'committee' && view.state === 'statistics'
  const differing = useMemo(
    () =>
      new Set(
        differencesOf(view)
          .filter((d) => !d.explanation)
          .map((d) => fieldKey(d.itemId, d.field)),
      ),
    [view],
  )
  const both = view.confirmations.committee !== null && view.confirmations.street !== null
  const mine = view.confirmations[viewer]

  const save = async () => {
    const parsed = parseTyped(
      typed,
      items.map((i) => i.itemId),
    )
    if (!parsed.ok) return notice.showError(parsed)
    const next = await run(() => tallyVote('enterStatistics', { voteId: view.voteId, items: parsed.data }), { progress: '正在核对统计…' })
    if (next) {
      onChanged(next)
      notice.show(next.clear ? '已保存，与系统计票一致' : '已保存，请处理标红的差异', next.clear ? 'success' : 'error')
    }
  }
  const confirm = async () => {
    setAsking(null)
    const next = await run(() => tallyVote('confirm', { voteId: view.voteId, as: viewer }), { progress: '正在确认…', done: '已确认' })
    if (next) onChanged(next)
  }
  const complete = async () => {
    setAsking(null)
    const result = await run(() => tallyVote('complete', { voteId: view.voteId }), { progress: '正在计票，请稍候…' })
    if (result) void Taro.redirectTo({ url: voteRoutes.result(result.voteId) })
  }

  return (
    <View>
      {view.computed && (
        <View className='card'>
          <View className='vp__meta'>系统计票时间：{formatDateTime(view.computed.at)}</View>
          <View className='vp__meta'>
            投票范围：共 {formatPeople(view.computed.scope.headcount)}，总面积 {formatArea(view.computed.scope.areaCenti)}
          </View>
          {view.enteredBy && (
            <View className='vp__meta'>
              录入：{view.enteredBy.who}，{formatDateTime(view.enteredBy.at)}
            </View>
          )}
        </View>
      )}
      <StatisticsForm items={items} typed={typed} onChange={setTyped} differing={differing} disabled={!editable || busy} />
      {editable && (
        <View className='vp__actions'>
          <AtButton type='primary' disabled={busy} onClick={() => void save()}>
            保存统计录入
          </AtButton>
        </View>
      )}
      <Differences view={view} onChanged={onChanged} />
      <View className='card'>
        <View className='vp__title'>确认统计结果</View>
        <Stamp who='业委会（筹备组）' stamp={view.confirmations.committee} />
        <Stamp who='街道办（社区工作站）' stamp={view.confirmations.street} />
      </View>
      <View className='vp__actions'>
        {view.state === 'statistics' && !mine && (
          <AtButton type='primary' disabled={busy || !view.clear} onClick={() => setAsking('confirm')}>
            {viewer === 'committee' ? '业委会确认统计无误' : '街道办确认统计无误'}
          </AtButton>
        )}
        {view.state === 'statistics' && !view.clear && <View className='muted'>录入并处理完差异后才能确认。</View>}
        {view.state === 'statistics' && both && viewer === 'committee' && (
          <AtButton type='primary' disabled={busy} onClick={() => setAsking('complete')}>
            完成计票
          </AtButton>
        )}
        {view.state === 'statistics' && both && viewer === 'street' && <View className='muted'>双方已确认，等待业委会完成计票。</View>}
        {view.state === 'tallied' && (
          <AtButton type='primary' onClick={() => void Taro.redirectTo({ url: voteRoutes.result(view.voteId) })}>
            查看表决结果
          </AtButton>
        )}
        {notice.inline}
      </View>
      <ConfirmDialog
        isOpened={asking !== null}
        title={asking === 'complete' ? '完成计票' : '确认统计结果'}
        danger={asking === 'complete'}
        onConfirm={() => void (asking === 'complete' ? complete() : confirm())}
        onCancel={() => setAsking(null)}
      >
        {asking === 'complete'
          ? '系统将按法定规则自动确定投票结果。计票完成后，这次投票的任何内容都不能再更改。'
          : '确认录入的统计与计票一致，作为计票完成的依据。'}
      </ConfirmDialog>
      {notice.element}
    </View>
  )
}

function Stamp({ who, stamp }: { who: string; stamp: PersonStamp | null }) {
  return (
    <View className={`vp__meta ${stamp ? 'vp__ok' : ''}`}>
      {who}：{stamp ? `已确认（${stamp.who}，${formatDateTime(stamp.at)}）` : '未确认'}
    </View>
  )
}

export default withFontScale(StatisticsPage)
