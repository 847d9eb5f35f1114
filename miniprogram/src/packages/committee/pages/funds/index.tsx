import { View, Text } from '@tarojs/components'
import { listFundAccounts } from '../../../../services/committee'
import { Empty, RemoteView } from '../../../account/shared/RemoteView'
import { useCommunityData } from '../../../account/shared/useCommunity'
import './index.scss'

/** 共有资金: the common-fund bank accounts the committee signed with a bank (number masked by the server). */
export default function FundsPage() {
  const accounts = useCommunityData((communityId) => listFundAccounts({ communityId }))
  return (
    <View className='funds'>
      <RemoteView remote={accounts.remote} reload={accounts.reload} account={accounts.account}>
        {({ accounts: rows }) => (rows.length === 0 ? <Empty text='本小区还没有开通共有资金账户' /> : (
          <View>
            <View className='section-title'>与银行签约的账户</View>
            {rows.map((a) => (
              <View key={a.id} className='detail'>
                {([['开户银行', a.bank], ['账户名称', a.accountName], ['银行账号', a.accountMasked], ['签约日期', a.signedOn]] as const).map(([label, value]) => (
                  <View key={label} className='detail__row'>
                    <View className='detail__label'>{label}</View>
                    <View className='detail__value'>{value}</View>
                  </View>
                ))}
                <View className='detail__row'>
                  <View className='detail__label'>状态</View>
                  <View className='detail__value'>
                    <Text className={`list-card__tag ${a.status === 'active' ? '' : 'list-card__tag--grey'}`}>{a.statusLabel}</Text>
                  </View>
                </View>
              </View>
            ))}
          </View>
        ))}
      </RemoteView>
    </View>
  )
}
