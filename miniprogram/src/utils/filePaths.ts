/** A storage path that never repeats and carries no person's text beyond the file's extension. */
export function cloudPathFor(folder: string, fileName: string, index: number): string {
  const ext = /\.[A-Za-z0-9]{1,8}$/.exec(fileName)?.[0]?.toLowerCase() ?? ''
  const unique = `${Date.now()}-${index}-${Math.random().toString(36).slice(2, 8)}`
  return `${folder}/${unique}${ext}`
}

export function isImage(fileName: string): boolean {
  return /\.(png|jpe?g|gif|webp|bmp)$/i.test(fileName)
}
