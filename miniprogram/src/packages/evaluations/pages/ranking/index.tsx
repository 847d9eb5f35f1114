import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AtButton, AtSegmentedControl } from 'taro-ui'
import type { RankingKind, RankingRow } from '@core/api/evaluations'
import { formatDateTime } from '@core/format'
import { getRanking } from '../../../../services/evaluations'
import { useRemote } from '../../../../hooks/useRemote'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import RemoteView, { Empty } from '../../../../components/remote-view'
import SelectRow from '../../../../components/select-row'
import { evaluationRoutes } from '../../routes'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

const KINDS: RankingKind[] = ['project', 'company', 'committee']
const KIND_LABELS = ['物业项目', '物业企业', '业委会']
const one = (n: number | null) => (n === null ? '—' : n.toFixed(2))

/**
 * 评价排名: projects, companies and committees by a score shrunk toward the district mean, with n and the plain
 * mean beside it; a district picker narrows it, and it comes a page at a time (加载更多). The figures are gathered
 * again at most every 30 s, so the page says when (数据更新于).
 */
function RankingPage() {
  const [tab, setTab] = useState(0)
  // A company's name leads to its projects.
  const [company, setCompany] = useState('')
  const [district, setDistrict] = useState('')
  const scope = { kind: KINDS[tab], company: tab === 0 ? company : '', district }
  const ranking = useRemote(() => getRanking(scope), [tab, company, district])
  const [more, setMore] = useState<{ rows: RankingRow[]; nextOffset: number | null } | null>(null)
  const notice = useNotice()
  const { busy, run } = useSubmit(notice)
  const loadMore = async (offset: number, shown: RankingRow[]) => {
    const page = await run(() => getRanking({ ...scope, offset }))
    if (page) setMore({ rows: [...shown, ...page.rows], nextOffset: page.nextOffset })
  }
  const choose = (next: { tab?: number; company?: string; district?: string }) => {
    setMore(null)
    if (next.tab !== undefined) setTab(next.tab)
    if (next.company !== undefined) setCompany(next.company)
    if (next.district !== undefined) setDistrict(next.district)
  }
  const open = (row: RankingRow) => {
    if (row.communityId) void Taro.navigateTo({ url: evaluationRoutes.statistics(row.communityId) })
    else choose({ company: row.name, tab: 0 })
  }
  return (
    <View className='evaluations'>
      <AtSegmentedControl fontSize={32} values={KIND_LABELS} current={tab} onClick={(i: number) => choose({ company: '', tab: i })} />
      {company && tab === 0 && (
        <View className='evaluations__summary' onClick={() => choose({ company: '' })}>
          只看{company}的项目（点此看全部）
        </View>
      )}
      <RemoteView state={ranking.state} onRetry={ranking.reload}>
        {(r) => {
          const rows = more?.rows ?? r.rows
          const nextOffset = more ? more.nextOffset : r.nextOffset
          return (
            <View>
              <View className='evaluations__summary'>
                {r.periodLabel}。{r.formula}
              </View>
              {r.asOf !== null && <View className='evaluations__summary'>数据更新于 {formatDateTime(r.asOf)}</View>}
              <View className='form'>
                <SelectRow
                  label='区'
                  options={['', ...r.districts.map((d) => d.district)]}
                  labelOf={(d) => d || '全部区'}
                  value={district}
                  onChange={(d) => choose({ district: d })}
                />
              </View>
              {r.districts
                .filter((d) => !district || d.district === district)
                .map((d) => (
                  <View key={d.district} className='evaluations__summary'>
                    {d.district}：平均分 {one(d.mean)}，{d.ratings} 条评价，{d.communities} 个小区
                  </View>
                ))}
              {rows.length === 0 && <Empty text='本期还没有评价' />}
              {rows.length > 0 && (
                <View className='evaluations__summary'>
                  共 {r.total} 个，已显示 {rows.length} 个
                </View>
              )}
              {rows.map((row) => (
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
              {notice.inline}
              {nextOffset !== null && (
                <View className='page-actions'>
                  <AtButton loading={busy} disabled={busy} onClick={() => void loadMore(nextOffset, rows)}>
                    加载更多
                  </AtButton>
                </View>
              )}
            </View>
          )
        }}
      </RemoteView>
      {notice.element}
    </View>
  )
}

export default withFontScale(RankingPage)
