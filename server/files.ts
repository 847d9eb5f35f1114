import { communityPrefix, platformPrefix, type CloudFile, type PlatformArea } from '../core/schemas/files'
import { getCloud, isLocal } from './cloud'
import { readEnv } from './env'
import { fail } from './handler'

/*
 * The one rule for every file id an action stores (vote attachments, filings, meetings, credit
 * records…): the file is in this environment's storage and under the caller's community's folder
 * (`cloud://<env>.<bucket>/committee/<communityId>/…`, the folder the pages upload to). The path is
 * taken exactly as written, so nothing a later reader decodes or normalises can lead elsewhere:
 * no `..` or `.` segments, no empty segments, no backslashes, no control characters, and no
 * percent-encoding at all (the pages never write one; `%2e%2e`, `%252e` and `%2f` are traversal
 * in disguise for whatever decodes the path next).
 */

/** The storage environment's id: `local` on the emulator, else the function's CloudBase env. */
export function storageEnv(): string {
  if (isLocal()) return 'local'
  return getCloud().getWXContext().ENV || readEnv('TCB_ENV') || ''
}

/** Why `fileID` is not a file of `communityId` in environment `env`, or null when it is. */
export function foreignFileProblem(fileID: string, env: string, communityId: string): string | null {
  return fileProblemUnder(fileID, env, communityPrefix(communityId))
}

/** The same rule for any folder: a community's, or a platform area's (`notices/`, `training/`). */
function fileProblemUnder(fileID: string, env: string, prefix: string): string | null {
  const match = /^cloud:\/\/([^/]+)\/(.*)$/.exec(fileID)
  if (!match) return 'not a cloud file id'
  const [, envAndBucket, path] = match
  if (!env || !envAndBucket.startsWith(`${env}.`) || envAndBucket.length === env.length + 1) return 'another environment'
  if (/[\\%\u0000-\u001f\u007f]/.test(path)) return 'backslash, percent-encoding or a control character'
  if (path.split('/').some((part) => part === '' || part === '.' || part === '..')) return 'an empty, . or .. segment'
  return path.startsWith(prefix) ? null : 'outside its folder'
}

/** Refuses (FOREIGN_FILE, naming the file) any file not uploaded for this community in this environment. */
export function requireCommunityFiles(
  communityId: string,
  files: ReadonlyArray<Pick<CloudFile, 'fileID' | 'name'>> | null | undefined,
): void {
  const env = storageEnv()
  for (const file of files ?? []) {
    if (foreignFileProblem(file.fileID, env, communityId)) fail('FOREIGN_FILE', `「${file.name}」不是为本小区上传的文件，请重新上传`)
  }
}

/** What each platform area's files are for, as the refusal names it. */
const PLATFORM_PURPOSE: Record<PlatformArea, string> = { notices: '通知', training: '培训课程' }

/**
 * Refuses (FOREIGN_FILE, naming the file) any file not uploaded to the platform area's folder of this environment:
 * a notice's attachments under `notices/`, a course's video and cover under `training/`.
 */
export function requirePlatformFiles(area: PlatformArea, files: ReadonlyArray<Pick<CloudFile, 'fileID' | 'name'>>): void {
  const env = storageEnv()
  for (const file of files) {
    if (fileProblemUnder(file.fileID, env, platformPrefix(area))) {
      fail('FOREIGN_FILE', `「${file.name}」不是为${PLATFORM_PURPOSE[area]}上传的文件，请重新上传`)
    }
  }
}
