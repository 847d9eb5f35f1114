import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { formatFen } from '@core/format'
import { listTransfers } from '../../../../services/disclosures'
import RemoteView, { Empty } from '../../../../components/remote-view'
import { useCommunityData } from '../../../../hooks/useCommunity'
import { disclosureRoutes } from '../../routes'
import { isDirectorOf, isPropertyManagerOf } from '../../shared/roles'
import { splitText } from '../../shared/SplitNote'
import TransferRulesForm from './TransferRulesForm'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** 大额资金转账公示: a year's transfers from the common funds, with the year's totals by purpose. */
function TransfersPage() {
  const thisYear = new Date().getFullYear()
  const [year, setYear] = useState(thisYear)
  const list = useCommunityData((communityId) => listTransfers({ communityId, year, limit: 50 }), String(year))
  const manager = isPropertyManagerOf(list.account?.roles, list.communityId)
  const director = isDirectorOf(list.account?.roles, list.communityId)
  return (
    <View className='transfers'>
      {manager && (
        <View className='page-actions'>
          <AtButton type='primary' onClick={() => void Taro.navigateTo({ url: disclosureRoutes.transferEdit(list.communityId ?? '') })}>
            发布转账公示
          </AtButton>
        </View>
      )}
      <View className='page-actions transfers__years'>
        <AtButton size='small' onClick={() => setYear((y) => y - 1)}>
          上一年
        </AtButton>
        {/* Next year only for transfers already planned in it; no further. */}
        <AtButton size='small' disabled={year > thisYear} onClick={() => setYear((y) => y + 1)}>
          下一年
        </AtButton>
      </View>
      <RemoteView state={list.state} onRetry={list.reload} roles={list.account?.roles}>
        {(page) => (
          <View>
            {director && !manager && page.directorPublishesTransfers && (
              <View className='page-actions'>
                <AtButton
                  type='primary'
                  onClick={() => void Taro.navigateTo({ url: disclosureRoutes.transferEdit(list.communityId ?? '') })}
                >
                  发布转账公示
                </AtButton>
              </View>
            )}
            <View className='section-title'>{page.year}年合计（不含已作废）</View>
            <View className='detail transfers__totals'>
              {page.totals.length === 0 ? (
                <View className='muted'>本年没有转账</View>
              ) : (
                page.totals.map((t) => (
                  <View key={t.purpose} className='detail__row'>
                    <View className='detail__label'>{t.purpose}</View>
                    <View className='detail__value'>
                      {formatFen(t.totalFen)}（{t.count}笔）
                    </View>
                  </View>
                ))
              )}
            </View>
            <View className='section-title'>转账明细（{formatFen(page.thresholdFen)}及以上为大额）</View>
            {page.rows.length === 0 ? (
              <Empty text='本年没有转账公示' />
            ) : (
              page.rows.map((t) => (
                <View key={t.id} className='list-card' onClick={() => void Taro.navigateTo({ url: disclosureRoutes.transfer(t.id) })}>
                  <View className='list-card__title'>
                    {formatFen(t.amountFen)}
                    <Text className={`list-card__tag ${t.status === 'voided' ? 'list-card__tag--grey' : ''}`}>{t.statusLabel}</Text>
                    {t.large && <Text className='list-card__tag'>大额</Text>}
                    {t.split && <Text className='list-card__tag'>疑似拆分</Text>}
                  </View>
                  <View className='list-card__meta'>
                    {t.purpose} · 收款人 {t.payeeName}
                  </View>
                  <View className='list-card__meta'>
                    计划 {t.plannedOn}
                    {t.actualOn ? ` · 实际 ${t.actualOn}` : ''}
                  </View>
                  {t.split && <View className='list-card__meta'>{splitText(t.split)}</View>}
                </View>
              ))
            )}
            {director && (
              <TransferRulesForm
                key={`${page.thresholdFen}-${String(page.directorPublishesTransfers)}`}
                rules={{
                  communityId: list.communityId ?? '',
                  largeTransferFen: page.thresholdFen,
                  directorPublishesTransfers: page.directorPublishesTransfers,
                }}
                onSaved={list.reload}
              />
            )}
          </View>
        )}
      </RemoteView>
    </View>
  )
}

export default withFontScale(TransfersPage)
