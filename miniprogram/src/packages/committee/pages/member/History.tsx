import { View } from '@tarojs/components'
import type { MemberChange, MemberView } from '@core/api/committee'
import { formatDateTime } from '@core/format'

const CHANGE_TEXT: Record<MemberChange['change'], string> = { add: '添加', edit: '修改', remove: '移除' }

const FIELD_LABELS: Partial<Record<keyof MemberView, string>> = {
  kindLabel: '类别',
  name: '姓名',
  position: '职务',
  termStart: '任期开始',
  termEnd: '任期结束',
  phoneMasked: '联系电话',
  status: '状态',
}

/** Who changed the entry, when, and what went from what to what. */
export function History({ changes }: { changes: MemberChange[] }) {
  if (changes.length === 0)
    return (
      <View className='detail'>
        <View className='detail__text muted'>暂无变更记录</View>
      </View>
    )
  return (
    <View className='detail'>
      {changes.map((c, i) => (
        <View key={`${c.at}:${i}`} className='member__change'>
          <View className='member__when'>
            {formatDateTime(c.at)} · {c.actorName} {CHANGE_TEXT[c.change]}
          </View>
          {c.change === 'edit' && describeEdit(c).map((line) => <View key={line}>{line}</View>)}
          {c.reason && <View>原因：{c.reason}</View>}
        </View>
      ))}
    </View>
  )
}

function describeEdit(change: MemberChange): string[] {
  const before = change.before ?? {}
  const after = change.after ?? {}
  return (Object.keys(FIELD_LABELS) as Array<keyof MemberView>)
    .filter((k) => k in after && after[k] !== before[k])
    .map((k) => `${FIELD_LABELS[k]}：${show(before[k])} → ${show(after[k])}`)
}

const show = (value: unknown) => (value === null || value === undefined || value === '' ? '空' : String(value))
