import { View } from '@tarojs/components'
import { getFiling } from '../../../../services/committee'
import { useNotice } from '../../../../hooks/useNotice'
import RemoteView from '../../../../components/remote-view'
import { useRemote } from '../../../../hooks/useRemote'
import { useParams } from '../../../../hooks/useParams'
import { DetailRows } from '../../../../components/detail-rows'
import FileList from '../../../../components/file-list'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** One filing (备案): dates, term, status, note and the filed documents, each openable. */
function FilingPage() {
  const params = useParams()
  const filingId = params.id ?? ''
  const filing = useRemote(() => getFiling({ filingId }), [filingId])
  const notice = useNotice()
  return (
    <View className='filing'>
      <RemoteView state={filing.state} onRetry={() => void filing.reload()}>
        {(f) => (
          <View>
            <View className='section-title'>备案信息</View>
            <View className='detail'>
              <DetailRows
                rows={[
                  ['备案日期', f.filedOn],
                  ['任期', `${f.termStart} 至 ${f.termEnd}`],
                  ['状态', f.statusLabel],
                ]}
              />
              {f.note && <View className='detail__text'>{f.note}</View>}
            </View>
            <View className='section-title'>备案文件</View>
            <View className='detail'>
              <FileList files={f.files} onError={notice.showError} />
            </View>
          </View>
        )}
      </RemoteView>
      {notice.inline}
      {notice.element}
    </View>
  )
}

export default withFontScale(FilingPage)
