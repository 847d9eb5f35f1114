import { View } from '@tarojs/components'
import type { CloudFile } from '@core/schemas/files'
import type { Failure } from '../../services/cloud'
import { openFile } from '../../services/files'

interface Props {
  files: CloudFile[]
  onError: (failure: Failure) => void
  /** When given, each file gets a 删除 button (editing forms). */
  onRemove?: (file: CloudFile) => void
}

/** Tappable file names; tapping opens the file. */
export default function FileList({ files, onError, onRemove }: Props) {
  if (files.length === 0) return <View className='file-list__none muted'>没有附件</View>
  const open = async (file: CloudFile) => {
    const failure = await openFile(file)
    if (failure) onError(failure)
  }
  return (
    <View className='file-list'>
      {files.map((f) => (
        <View key={f.fileID} className='file-list__item'>
          <View className='file-list__name' onClick={() => void open(f)}>
            📄 {f.name}
          </View>
          {onRemove && (
            <View className='file-list__remove' onClick={() => onRemove(f)}>
              删除
            </View>
          )}
        </View>
      ))}
    </View>
  )
}
