import { View, Text } from '@tarojs/components'
import { listFundAccounts } from '../../../../services/committee'
import RemoteView, { Empty } from '../../../../components/remote-view'
import { useCommunityData } from '../../../../hooks/useCommunity'
import { DetailRows } from '../../../../components/detail-rows'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** 共有资金: the common-fund bank accounts the committee signed with a bank (number masked by the server). */
function FundsPage() {
  const accounts = useCommunityData((communityId) => listFundAccounts({ communityId }))
  return (
    <View className='funds'>
      <RemoteView state={accounts.state} onRetry={accounts.reload} roles={accounts.account?.roles}>
        {({ accounts: rows }) =>
          rows.length === 0 ? (
            <Empty text='本小区还没有开通共有资金账户' />
          ) : (
            <View>
              <View className='section-title'>与银行签约的账户</View>
              {rows.map((a) => (
                <View key={a.id} className='detail'>
                  <DetailRows
                    rows={[
                      ['开户银行', a.bank],
                      ['账户名称', a.accountName],
                      ['银行账号', a.accountMasked],
                      ['签约日期', a.signedOn],
                      [
                        '状态',
                        <Text className={`list-card__tag ${a.status === 'active' ? '' : 'list-card__tag--grey'}`}>{a.statusLabel}</Text>,
                      ],
                    ]}
                  />
                </View>
              ))}
            </View>
          )
        }
      </RemoteView>
    </View>
  )
}

export default withFontScale(FundsPage)
