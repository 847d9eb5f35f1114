import { View } from '@tarojs/components'
import type { TransferSplit } from '@core/api/disclosures'
import { formatFen } from '@core/format'

/** Transfers to one payee within 30 days that together pass the 大额 threshold, said plainly. */
export const splitText = (s: TransferSplit) =>
  `${s.from}至${s.to}向同一收款人转账${s.count}笔，合计${formatFen(s.totalFen)}，已达大额标准，请留意是否拆分转账`

export function SplitNote({ split }: { split: TransferSplit | null }) {
  if (!split) return null
  return <View className='voided-note'>{splitText(split)}</View>
}
