import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AtSegmentedControl } from 'taro-ui'
import type { RankingKind, RankingRow } from '@core/api/evaluations'
import { getRanking } from '../../../../services/evaluations'
import { useRemote } from '../../../../hooks/useRemote'
import RemoteView, { Empty } from '../../../../components/remote-view'
import { evaluationRoutes } from '../../routes'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

const KINDS: RankingKind[] = ['project', 'company', 'committee']
const KIND_LABELS = ['物业项目', '物业企业', '业委会']
const one = (n: number | null) => (n === null ? '—' : n.toFixed(2))

/** 评价排名: projects, companies and committees by a score shrunk toward the district mean, with n and the plain mean beside it. */
function RankingPage() {
  const [tab, setTab] = useState(0)
  // A company's name leads to its projects.
  const [company, setCompany] = useState('')
  const ranking = useRemote(() => getRanking({ kind: KINDS[tab], company: tab === 0 ? company : '' }), [tab, company])
  const open = (row: RankingRow) => {
    if (row.communityId) void Taro.navigateTo({ url: evaluationRoutes.statistics(row.communityId) })
    else {
      setCompany(row.name)
      setTab(0)
    }
  }
  return (
    <View className='evaluations'>
      <AtSegmentedControl
        fontSize={32}
        values={KIND_LABELS}
        current={tab}
        onClick={(i: number) => {
          setCompany('')
          setTab(i)
        }}
      />
      {company && tab === 0 && (
        <View className='evaluations__summary' onClick={() => setCompany('')}>
          只看{company}的项目（点此看全部）
        </View>
      )}
      <RemoteView state={ranking.state} onRetry={ranking.reload}>
        {(r) => (
          <View>
            <View className='evaluations__summary'>
              {r.periodLabel}。{r.formula}
            </View>
            {r.districts.map((d) => (
              <View key={d.district} className='evaluations__summary'>
                {d.district}：平均分 {one(d.mean)}，{d.ratings} 条评价，{d.communities} 个小区
              </View>
            ))}
            {r.rows.length === 0 && <Empty text='本期还没有评价' />}
            {r.rows.map((row) => (
              <View key={row.key} className='list-card' onClick={() => open(row)}>
                <View className='list-card__title'>
                  {row.rank === null ? '数据不足' : `第${row.rank}名`} {row.name}
                </View>
                <View className='list-card__meta'>{row.note}</View>
                <Text className='list-card__meta'>
                  得分 {one(row.score)} · 平均分 {one(row.mean)} · {row.n} 条评价
                </Text>
              </View>
            ))}
          </View>
        )}
      </RemoteView>
    </View>
  )
}

export default withFontScale(RankingPage)
