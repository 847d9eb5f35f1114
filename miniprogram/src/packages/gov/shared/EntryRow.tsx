import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'

interface Props {
  title: string
  note?: string
  url: string
  /** Entries that write something are coloured apart from those that only read. */
  writes?: boolean
}

/** One large tappable row opening a page. */
export function EntryRow({ title, note, url, writes = false }: Props) {
  return (
    <View className={`gov-entry ${writes ? 'gov-entry--write' : ''}`} onClick={() => void Taro.navigateTo({ url })}>
      <View className='gov-entry__body'>
        <View className='gov-entry__title'>{title}</View>
        {note && <View className='gov-entry__note'>{note}</View>}
      </View>
      <View className='gov-entry__arrow'>›</View>
    </View>
  )
}
