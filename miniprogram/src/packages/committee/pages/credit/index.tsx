import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { AtSegmentedControl } from 'taro-ui'
import type { CreditBasic, CreditRecordView } from '@core/api/committee'
import { getCredit } from '../../../../services/committee'
import { useNotice } from '../../../../hooks/useNotice'
import { termText } from '../../../../utils/format'
import RemoteView, { Empty } from '../../../../components/remote-view'
import { useCommunityData } from '../../../../hooks/useCommunity'
import { DetailRows } from '../../../../components/detail-rows'
import FileList from '../../../../components/file-list'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

const TABS = ['基本信息', '良好信息', '不良信息']

/** 信用信息: the committee's basic information, good and bad records (entered by the district centre). */
function CreditPage() {
  const [tab, setTab] = useState(0)
  const credit = useCommunityData((communityId) => getCredit({ communityId }))
  const notice = useNotice()
  return (
    <View className='credit'>
      <View className='tabs'>
        <AtSegmentedControl fontSize={32} values={TABS} current={tab} onClick={(i: number) => setTab(i)} />
      </View>
      <RemoteView state={credit.state} onRetry={credit.reload} roles={credit.account?.roles}>
        {(c) => {
          if (tab === 0) return <Basic basic={c.basic} communityName={c.communityName} />
          const rows = tab === 1 ? c.good : c.bad
          if (rows.length === 0) return <Empty text={tab === 1 ? '暂无良好信息' : '暂无不良信息'} />
          return (
            <View>
              {rows.map((r) => (
                <RecordCard key={r.id} record={r} onError={notice.showError} />
              ))}
            </View>
          )
        }}
      </RemoteView>
      {notice.inline}
      {notice.element}
    </View>
  )
}

function Basic({ basic, communityName }: { basic: CreditBasic; communityName: string }) {
  const rows: Array<[string, string]> = [
    ['小区', communityName],
    ['业委会名称', basic.committeeName],
    ['成立日期', basic.establishedOn ?? '未填写'],
    ['任期', termText(basic.termStart, basic.termEnd)],
    ['备案编号', basic.filingNo || '未填写'],
    ['主任', basic.directorName || '未填写'],
    ['委员人数', `${basic.memberCount} 人`],
    ['候补委员人数', `${basic.alternateCount} 人`],
  ]
  return (
    <View className='detail'>
      <DetailRows rows={rows} />
    </View>
  )
}

function RecordCard({ record, onError }: { record: CreditRecordView; onError: Parameters<typeof FileList>[0]['onError'] }) {
  return (
    <View className='list-card'>
      <View className={`list-card__title ${record.voided ? 'credit__void' : ''}`}>
        {record.occurredOn}
        {record.voided && <Text className='list-card__tag list-card__tag--grey'>已作废</Text>}
      </View>
      <View className={record.voided ? 'credit__void' : ''}>{record.reason}</View>
      <View className='list-card__meta'>依据：{record.sourceName}</View>
      {record.source && <FileList files={[record.source]} onError={onError} />}
      {record.voided && record.voidReason && <View className='list-card__meta'>作废原因：{record.voidReason}</View>}
    </View>
  )
}

export default withFontScale(CreditPage)
