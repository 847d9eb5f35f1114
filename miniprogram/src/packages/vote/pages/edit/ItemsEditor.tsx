import { View } from '@tarojs/components'
import { AtButton, AtTextarea } from 'taro-ui'
import type { ItemClass } from '@core/api/vote'
import ChoiceGroup from '../../../../components/choice-group'
import { newItem, type DraftItem } from './draft'

export interface ItemsEditorProps {
  items: DraftItem[]
  onChange: (items: DraftItem[]) => void
}

const CLASSES: ReadonlyArray<{ value: ItemClass; label: string }> = [
  { value: 'ordinary', label: '普通事项' },
  { value: 'major', label: '重大事项' },
]

/** Each item: its text and its class, chosen by the drafter and shown to owners on the ballot. */
export default function ItemsEditor({ items, onChange }: ItemsEditorProps) {
  const update = (key: string, change: Partial<DraftItem>) => onChange(items.map((i) => (i.key === key ? { ...i, ...change } : i)))
  return (
    <View>
      <View className='edit__hint'>
        重大事项：筹集建筑物及其附属设施的维修资金；改建、重建建筑物及其附属设施；改变共有部分的用途或者利用共有部分从事经营活动。
        须参与表决面积和人数各四分之三以上同意。其他事项（含使用维修资金）为普通事项，须参与表决面积和人数各过半数同意。
      </View>
      {items.map((item, i) => (
        <View key={item.key} className='edit__item'>
          <View className='edit__label'>表决事项{i + 1}</View>
          <AtTextarea
            value={item.text}
            maxLength={1000}
            height={160}
            placeholder='请填写表决事项'
            onChange={(v: string) => update(item.key, { text: v })}
          />
          <ChoiceGroup options={CLASSES} value={item.class} onChange={(c) => update(item.key, { class: c })} />
          {item.attachments.map((a) => (
            <View
              key={a.fileID}
              className='edit__chip'
              onClick={() => update(item.key, { attachments: item.attachments.filter((x) => x !== a) })}
            >
              附件：{a.name} ✕
            </View>
          ))}
          {items.length > 1 && (
            <AtButton size='small' className='edit__remove' onClick={() => onChange(items.filter((x) => x.key !== item.key))}>
              删除这个事项
            </AtButton>
          )}
        </View>
      ))}
      <View className='vp__actions'>
        <AtButton onClick={() => onChange([...items, newItem()])}>添加表决事项</AtButton>
      </View>
    </View>
  )
}
