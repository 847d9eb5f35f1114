import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { createLargeFontStore, rootFontSize } from '../utils/fontScale'

const largeFont = createLargeFontStore({
  read: (key) => Taro.getStorageSync(key),
  write: (key, value) => Taro.setStorageSync(key, value),
})

const platform = process.env.TARO_ENV === 'weapp' ? 'weapp' : 'h5'

/** WeChat's font-size setting in px (H5 has none). */
function systemFontPx(): number | undefined {
  if (platform !== 'weapp') return undefined
  try {
    // WeChat answers fontSizeSetting (its 字体大小 in px); Taro's type of the result leaves it out.
    return (Taro.getAppBaseInfo() as { fontSizeSetting?: number }).fontSizeSetting
  } catch {
    return undefined
  }
}

/** Whether 大字模式 is on, its switch, and the root font size a page sets. */
export function useLargeFont() {
  const [large, setLarge] = useState(largeFont.get())
  useEffect(() => largeFont.subscribe(setLarge), [])
  return { large, setLarge: largeFont.set, rootFontSize: rootFontSize(large, platform, systemFontPx()) }
}
