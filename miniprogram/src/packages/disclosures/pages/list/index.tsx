import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import type { DisclosureSummary } from '@core/api/disclosures'
import {
  DISCLOSURE_CATEGORIES,
  DISCLOSURE_CATEGORY_LABELS,
  DISCLOSURE_STATUS_LABELS,
  type DisclosureCategory,
  type DisclosureStatus,
} from '@core/disclosures/categories'
import { formatDay } from '@core/format'
import { listDisclosures } from '../../../../services/disclosures'
import RemoteView, { Empty } from '../../../../components/remote-view'
import SelectRow from '../../../../components/select-row'
import { useCommunityData } from '../../../../hooks/useCommunity'
import { AREA_ROLE_NAMES, COMMITTEE_ROLE_NAMES } from '../../../../utils/roles'
import { disclosureRoutes } from '../../routes'
import { isDirectorOf } from '../../shared/roles'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

const CATEGORY_CHOICES: Array<DisclosureCategory | null> = [null, ...DISCLOSURE_CATEGORIES]
const STATUS_CHOICES: Array<DisclosureStatus | null> = [null, 'published', 'voided', 'draft']

/** 信息公开查询: the community's disclosures, newest first, by category, period, status and words. */
function DisclosureListPage() {
  const [category, setCategory] = useState<DisclosureCategory | null>(null)
  const [status, setStatus] = useState<DisclosureStatus | null>(null)
  const [period, setPeriod] = useState('')
  const [text, setText] = useState('')
  const [query, setQuery] = useState({ period: '', text: '' })
  const list = useCommunityData(
    (communityId) =>
      listDisclosures({
        communityId,
        ...(category ? { category } : {}),
        ...(status ? { status } : {}),
        ...(query.period ? { period: query.period } : {}),
        ...(query.text ? { text: query.text } : {}),
        limit: 50,
      }),
    JSON.stringify([category, status, query]),
  )
  const roles = list.account?.roles
  const director = isDirectorOf(roles, list.communityId)
  const committee = roles?.some((r) => COMMITTEE_ROLE_NAMES.includes(r.role) && r.status === 'active' && r.communityId === list.communityId)
  const government = roles?.some((r) => AREA_ROLE_NAMES.includes(r.role) && r.status === 'active')
  const statuses = committee ? STATUS_CHOICES : STATUS_CHOICES.filter((s) => s !== 'draft')
  return (
    <View className='disclosures'>
      {director && list.communityId && (
        <View className='page-actions'>
          <AtButton
            type='primary'
            onClick={() => void Taro.navigateTo({ url: disclosureRoutes.edit({ communityId: list.communityId ?? '' }) })}
          >
            发布信息公开
          </AtButton>
          <AtButton onClick={() => void Taro.navigateTo({ url: disclosureRoutes.import(list.communityId ?? '') })}>从表格导入</AtButton>
        </View>
      )}
      {(committee || government) && list.communityId && (
        <View className='page-actions'>
          <AtButton onClick={() => void Taro.navigateTo({ url: disclosureRoutes.calendar(list.communityId ?? '') })}>公开日历</AtButton>
        </View>
      )}
      <View className='section-title'>查找</View>
      <View className='form filters'>
        <SelectRow
          label='公开类别'
          options={CATEGORY_CHOICES}
          labelOf={(c) => (c ? DISCLOSURE_CATEGORY_LABELS[c] : '全部类别')}
          value={category}
          onChange={setCategory}
        />
        <SelectRow
          label='状态'
          options={statuses}
          labelOf={(s) => (s ? DISCLOSURE_STATUS_LABELS[s] : '全部')}
          value={status}
          onChange={setStatus}
        />
        <AtInput
          name='period'
          title='所属期间'
          placeholder='如 2026年第三季度'
          value={period}
          onChange={(v: string | number) => setPeriod(String(v))}
        />
        <AtInput
          name='text'
          title='关键词'
          placeholder='标题或正文中的字词'
          value={text}
          onChange={(v: string | number) => setText(String(v))}
        />
      </View>
      <View className='page-actions'>
        <AtButton onClick={() => setQuery({ period: period.trim(), text: text.trim() })}>查询</AtButton>
      </View>
      <RemoteView state={list.state} onRetry={list.reload} roles={roles}>
        {({ rows }) =>
          rows.length > 0 ? (
            <Rows rows={rows} />
          ) : category || status || query.period || query.text ? (
            <Empty text='没有符合条件的公开信息，可以换个条件再查' />
          ) : (
            <Empty text='本小区还没有公开信息，业委会发布后会显示在这里' />
          )
        }
      </RemoteView>
    </View>
  )
}

function Rows({ rows }: { rows: DisclosureSummary[] }) {
  return (
    <View>
      {rows.map((d) => (
        <View key={d.id} className='list-card disclosure-card' onClick={() => void Taro.navigateTo({ url: disclosureRoutes.detail(d.id) })}>
          <View className='list-card__title'>
            {d.title}
            <Text className={`list-card__tag ${d.status === 'published' ? '' : 'list-card__tag--grey'}`}>{d.statusLabel}</Text>
          </View>
          <View className='list-card__meta'>
            {d.categoryLabel} · {d.period}
          </View>
          <View className='list-card__meta'>
            {d.publishedAt ? `发布于 ${formatDay(d.publishedAt)}` : '尚未发布'}
            {d.status === 'published' ? (d.onDisplay ? ` · 公示至 ${d.displayUntil}` : ' · 公示期已过') : ''}
          </View>
          {d.voided && <View className='list-card__meta'>作废原因：{d.voided.reason}</View>}
        </View>
      ))}
    </View>
  )
}

export default withFontScale(DisclosureListPage)
