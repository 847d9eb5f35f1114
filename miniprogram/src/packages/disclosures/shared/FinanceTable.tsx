import { View } from '@tarojs/components'
import type { FinanceLine } from '@core/disclosures/categories'
import { formatFen } from '@core/format'

/** A statement of account: each line's opening, income, expense and closing balance, in yuan. */
export function FinanceTable({ lines }: { lines: readonly FinanceLine[] }) {
  return (
    <View className='finance'>
      {lines.map((l, i) => (
        <View key={`${l.item}-${i}`} className='finance__line'>
          <View className='finance__item'>{l.item}</View>
          <View className='finance__row'>期初余额 {formatFen(l.openingFen)}</View>
          <View className='finance__row'>本期收入 {formatFen(l.incomeFen)}</View>
          <View className='finance__row'>本期支出 {formatFen(l.expenseFen)}</View>
          <View className='finance__row finance__row--closing'>期末余额 {formatFen(l.closingFen)}</View>
        </View>
      ))}
    </View>
  )
}
