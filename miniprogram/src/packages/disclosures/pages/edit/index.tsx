import { View } from '@tarojs/components'
import { getDisclosure } from '../../../../services/disclosures'
import RemoteView from '../../../../components/remote-view'
import { useParams } from '../../../../hooks/useParams'
import { useRemote } from '../../../../hooks/useRemote'
import { DisclosureForm } from './DisclosureForm'
import { withFontScale } from '../../../../components/font-scale'
import PrivacySheet from '../../../../components/privacy-sheet'
import './index.scss'

/** A new disclosure, a draft to finish (`?id=`), or the correction of a published one (`?correct=`). */
function DisclosureEditPage() {
  const params = useParams()
  const communityId = params.communityId ?? ''
  const basedOn = params.id || params.correct || ''
  const existing = useRemote(() => getDisclosure({ disclosureId: basedOn }), basedOn ? [basedOn] : null)
  if (!basedOn) return <DisclosureForm communityId={communityId} />
  return (
    <View>
      <RemoteView state={existing.state} onRetry={() => void existing.reload()}>
        {(d) => <DisclosureForm communityId={d.communityId} existing={d} mode={params.correct ? 'correct' : 'draft'} />}
      </RemoteView>
      <PrivacySheet />
    </View>
  )
}

export default withFontScale(DisclosureEditPage)
