import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { ImportPreview } from '@core/api/disclosures'
import { communityFolder, type CloudFile } from '@core/schemas/files'
import { disclosureTemplate, importDisclosures, previewImport } from '../../../../services/disclosures'
import { openFile, pickAndUpload } from '../../../../services/files'
import { useNotice } from '../../../../hooks/useNotice'
import { useParams } from '../../../../hooks/useParams'
import { useSubmit } from '../../../../hooks/useSubmit'
import { disclosureRoutes } from '../../routes'
import { withFontScale } from '../../../../components/font-scale'
import PrivacySheet from '../../../../components/privacy-sheet'
import './index.scss'

/**
 * 下载模板 / 导入: the director fills the template, sends it to herself in WeChat, picks it here from the
 * chat; every row is checked and shown before anything is imported, and one bad row imports nothing.
 */
function DisclosureImportPage() {
  const communityId = useParams().communityId ?? ''
  const notice = useNotice()
  const { busy, run } = useSubmit(notice)
  const [file, setFile] = useState<CloudFile | null>(null)
  const [preview, setPreview] = useState<ImportPreview | null>(null)

  const downloadTemplate = async () => {
    const t = await run(() => disclosureTemplate({ communityId }), { progress: '正在生成模板' })
    if (!t) return
    const failure = await openFile({ url: t.tempFileURL, name: `信息公开导入模板-${t.version}.xlsx` })
    if (failure) notice.showError(failure)
  }

  const choose = async () => {
    const picked = await run(() => pickAndUpload(communityFolder(communityId, 'disclosures'), 1), { progress: '正在上传' })
    if (!picked || picked.length === 0) return
    setFile(picked[0])
    setPreview(null)
    const checked = await run(() => previewImport({ communityId, file: picked[0] }), { progress: '正在检查' })
    if (checked) setPreview(checked)
  }

  const confirm = async () => {
    if (!file) return
    const done = await run(() => importDisclosures({ communityId, file }), { progress: '正在导入' })
    if (!done) return
    notice.show(done.alreadyImported ? '这个文件已经导入过，没有重复导入' : `已导入${done.imported}条`, 'success')
    void Taro.redirectTo({ url: disclosureRoutes.list(communityId) })
  }

  return (
    <View className='disclosure-import'>
      <View className='form__lead'>先下载模板，按说明填写后，在微信里发给自己，再从聊天记录中选择该文件。</View>
      {notice.inline}
      <View className='page-actions'>
        <AtButton disabled={busy} onClick={() => void downloadTemplate()}>
          下载模板
        </AtButton>
        <AtButton type='primary' disabled={busy} onClick={() => void choose()}>
          选择文件
        </AtButton>
      </View>
      {preview && (
        <View>
          <View className='section-title'>{preview.fileName}</View>
          {preview.alreadyImported && <View className='voided-note'>这个文件已经导入过，再导入不会重复。</View>}
          {preview.problems.length > 0 ? (
            <View>
              <View className='voided-note import-problems'>
                有{preview.problems.length}行不正确，请改好后重新选择文件，这次不会导入任何数据：
                {preview.problems.map((p) => (
                  <View key={p.line} className='import-problem'>
                    第{p.line}行：{p.reason}
                  </View>
                ))}
              </View>
            </View>
          ) : (
            <View>
              <View className='form__lead'>共{preview.rows.length}条，检查无误：</View>
              {preview.rows.map((r) => (
                <View key={r.line} className='list-card'>
                  <View className='list-card__title'>{r.title}</View>
                  <View className='list-card__meta'>
                    第{r.line}行 · {r.categoryLabel} · {r.period} · 公示至 {r.displayUntil}
                  </View>
                </View>
              ))}
              <View className='page-actions'>
                <AtButton type='primary' disabled={busy || preview.alreadyImported} onClick={() => void confirm()}>
                  确认导入
                </AtButton>
              </View>
            </View>
          )}
        </View>
      )}
      {notice.element}
      <PrivacySheet />
    </View>
  )
}

export default withFontScale(DisclosureImportPage)
