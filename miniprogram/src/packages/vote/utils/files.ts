import Taro from '@tarojs/taro'

/**
 * Opens an attachment or an export for reading. The mini program downloads it and hands it to
 * WeChat's document viewer; the H5 build (local emulator only) opens the file's URL in a new tab,
 * where `cloud://<env>.<bucket>/<path>` is served at `/storage/<path>`.
 * Answers a Chinese problem when it could not be opened, else null.
 */
export async function openFile(file: { fileID?: string; url?: string }): Promise<string | null> {
  try {
    if (process.env.TARO_ENV === 'weapp') {
      const download = file.url
        ? await Taro.downloadFile({ url: file.url })
        : await Taro.cloud.downloadFile({ fileID: file.fileID ?? '' })
      await Taro.openDocument({ filePath: download.tempFilePath, showMenu: true })
      return null
    }
    const url = file.url ?? (file.fileID ? h5UrlOf(file.fileID) : undefined)
    if (!url) return '无法打开这个文件'
    window.open(url, '_blank')
    return null
  } catch {
    return '文件打开失败，请稍后再试'
  }
}

function h5UrlOf(fileID: string): string | undefined {
  const match = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileID)
  return match ? `/storage/${match[1].split('/').map(encodeURIComponent).join('/')}` : undefined
}
