import type { FileRef } from '../../core/api/committee'
import { fail } from '../handler'

/**
 * The mini program uploads a community's files under `committee/<communityId>/…` (the pages pass
 * that folder to chooseAndUpload in miniprogram/src/packages/committee/shared/files.ts), so a
 * record of one community may only point there: never at another community's files, nor at the
 * vote's or anyone else's. The path is the part of `cloud://<env>.<bucket>/<path>` after the bucket.
 */
export function requireOwnFiles(communityId: string, files: readonly FileRef[] | null | undefined): void {
  const prefix = `committee/${communityId}/`
  for (const file of files ?? []) {
    const path = /^cloud:\/\/[^/]+\/(.+)$/.exec(file.fileID)?.[1] ?? ''
    if (!path.startsWith(prefix) || path.split('/').some((part) => part === '..' || part === '.')) {
      fail('FOREIGN_FILE', `「${file.name}」不是为本小区上传的文件，请重新上传`)
    }
  }
}
