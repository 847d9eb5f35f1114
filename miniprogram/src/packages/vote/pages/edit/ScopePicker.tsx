import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { buildingLabel, type BuildingView, type VoteScope } from '@core/api/vote'
import { formatArea, formatUnits } from '@core/format'
import ChoiceGroup from '../../../../components/choice-group'
import RemoteView from '../../../../components/remote-view'
import { manageVote } from '../../../../services/vote'
import { useRemote } from '../../../../hooks/useRemote'
import { buildingRows, chosenTotals, toggleBuilding, type BuildingRow } from './draft'

export interface ScopePickerProps {
  /** The community whose register lists the buildings. */
  communityId: string
  kind: VoteScope['kind']
  /** Chosen building names, exactly as in the property register. */
  buildings: string[]
  onKind: (kind: VoteScope['kind']) => void
  onBuildings: (buildings: string[]) => void
}

const KINDS: ReadonlyArray<{ value: VoteScope['kind']; label: string }> = [
  { value: 'community', label: '全体业主' },
  { value: 'buildings', label: '部分楼栋' },
]

/**
 * Whole community, or buildings ticked from the register's own list (with households and area),
 * so a name can never be mistyped: the roll is frozen from exactly these names at approval.
 */
export default function ScopePicker({ communityId, kind, buildings, onKind, onBuildings }: ScopePickerProps) {
  return (
    <View className='edit__field'>
      <View className='edit__label'>投票范围</View>
      <ChoiceGroup options={KINDS} value={kind} onChange={onKind} />
      {kind === 'buildings' && <BuildingChecklist communityId={communityId} chosen={buildings} onChange={onBuildings} />}
    </View>
  )
}

/** Loaded only once 部分楼栋 is picked: one aggregate on the server, whatever the estate's size. */
function BuildingChecklist({ communityId, chosen, onChange }: { communityId: string; chosen: string[]; onChange: (b: string[]) => void }) {
  const { state, reload } = useRemote(() => manageVote('listBuildings', { communityId }), [communityId])
  return (
    <View className='edit__buildings'>
      <RemoteView state={state} onRetry={() => void reload()}>
        {(registered) => <Checklist registered={registered} chosen={chosen} onChange={onChange} />}
      </RemoteView>
    </View>
  )
}

function Checklist({ registered, chosen, onChange }: { registered: BuildingView[]; chosen: string[]; onChange: (b: string[]) => void }) {
  const rows = buildingRows(registered, chosen)
  const totals = chosenTotals(rows)
  if (rows.length === 0) return <View className='muted'>房产登记中还没有楼栋，请先由平台导入房产登记</View>
  const allOn = registered.length > 0 && registered.every((b) => chosen.includes(b.building))
  return (
    <View>
      <View className='edit__summary'>
        {totals.buildings === 0
          ? '请勾选参加投票的楼栋'
          : `已选 ${totals.buildings} 栋，共 ${formatUnits(totals.units)} / ${formatArea(totals.areaCenti)}`}
      </View>
      {rows.map((row) => (
        <BuildingLine key={row.building} row={row} onTap={() => onChange(toggleBuilding(chosen, row.building))} />
      ))}
      {registered.length > 1 && (
        <AtButton size='small' onClick={() => onChange(allOn ? [] : registered.map((b) => b.building))}>
          {allOn ? '全部取消' : '全部勾选'}
        </AtButton>
      )}
    </View>
  )
}

/** One building: the whole line is the tap target (≥ 112rpx), the tick is drawn large. */
function BuildingLine({ row, onTap }: { row: BuildingRow; onTap: () => void }) {
  return (
    <View className={`edit__building ${row.chosen ? 'edit__building--on' : ''}`} onClick={onTap}>
      <View className='edit__check'>{row.chosen ? '✓' : ''}</View>
      <View className='edit__building-text'>
        <View className='edit__building-name'>{buildingLabel(row.building)}</View>
        <View className={row.registered ? 'edit__building-meta' : 'edit__building-meta vp__error'}>
          {row.registered ? `${formatUnits(row.units)} · ${formatArea(row.areaCenti)}` : '房产登记中没有这栋楼，请取消勾选'}
        </View>
      </View>
    </View>
  )
}
