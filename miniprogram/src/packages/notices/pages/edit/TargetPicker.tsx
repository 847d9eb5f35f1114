import { View } from '@tarojs/components'
import type { CommunityReach } from '@core/api/committee'
import type { NoticeTarget } from '@core/api/notices'
import ChoiceGroup from '../../../../components/choice-group'

type Kind = NoticeTarget['kind']
const KIND_LABELS: Record<Kind, string> = { city: '全市', district: '整个区', street: '一个街道', communities: '指定小区' }

const unique = (xs: string[]) => [...new Set(xs)]

interface Props {
  communities: CommunityReach[]
  cityWide: boolean
  value: NoticeTarget
  onChange: (t: NoticeTarget) => void
}

/** 发送范围: the whole city (city centre only), a district, a street, or communities ticked from the list the caller reaches. */
export default function TargetPicker({ communities, cityWide, value, onChange }: Props) {
  const districts = unique(communities.map((c) => c.district))
  const kinds = (
    cityWide ? (['city', 'district', 'street', 'communities'] as const) : (['district', 'street', 'communities'] as const)
  ).map((k) => ({ value: k, label: KIND_LABELS[k] }))
  const district = value.kind === 'district' || value.kind === 'street' ? value.district : (districts[0] ?? '')
  const streets = unique(communities.filter((c) => c.district === district).map((c) => c.street))
  const chosen = value.kind === 'communities' ? value.communityIds : []
  const pick = (kind: Kind) => {
    if (kind === 'city') onChange({ kind })
    else if (kind === 'district') onChange({ kind, district })
    else if (kind === 'street') onChange({ kind, district, street: streets[0] ?? '' })
    else onChange({ kind, communityIds: [] })
  }
  const toggle = (id: string) =>
    onChange({ kind: 'communities', communityIds: chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id] })
  return (
    <View className='nt-card'>
      <ChoiceGroup options={kinds} value={value.kind} onChange={pick} />
      {(value.kind === 'district' || value.kind === 'street') && districts.length > 1 && (
        <ChoiceGroup
          options={districts.map((d) => ({ value: d, label: d }))}
          value={district}
          onChange={(d) =>
            onChange(value.kind === 'street' ? { kind: 'street', district: d, street: '' } : { kind: 'district', district: d })
          }
        />
      )}
      {value.kind === 'street' && (
        <ChoiceGroup
          options={streets.map((s) => ({ value: s, label: s }))}
          value={value.street || null}
          onChange={(s) => onChange({ kind: 'street', district, street: s })}
        />
      )}
      {value.kind === 'communities' &&
        communities.map((c) => (
          <View key={c.id} className='nt-count' onClick={() => toggle(c.id)}>
            <View className='nt-count__name'>
              {c.name}（{c.district}
              {c.street}）
            </View>
            <View className='nt-count__nums'>{chosen.includes(c.id) ? '已选' : '未选'}</View>
          </View>
        ))}
    </View>
  )
}
