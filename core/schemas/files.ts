import { z } from 'zod'
import { Label } from './text'

/*
 * A file a person uploaded to cloud storage (`wx.cloud.uploadFile` → fileID) and the name shown for it.
 * The schema checks the shape: `cloud://<env>.<bucket>/<path>`, nothing else (a web address, another
 * scheme, an empty path). Whether the file is this environment's and the caller's community's is the
 * server's check (server/files.ts), which every action that stores a file id runs.
 */

const NOT_CLOUD = '附件须是上传到本小程序云存储的文件'

export const CloudFileId = z
  .string({ invalid_type_error: NOT_CLOUD, required_error: '附件缺少文件' })
  .trim()
  .min(1, '附件缺少文件')
  .max(1000, NOT_CLOUD)
  .regex(/^cloud:\/\/[\w-]+\.[\w-]+\/\S/, NOT_CLOUD)

export const CloudFile = z.object({ fileID: CloudFileId, name: Label(120, '请填写附件名称') })
export type CloudFile = z.infer<typeof CloudFile>

/** A list of files, at most `max`. */
export const CloudFiles = (max: number) => z.array(CloudFile).max(max, `附件最多${max}个`)

/**
 * The folder a community's uploads go under (`committee/<communityId>/<area>/…`): the pages upload
 * there, and the server accepts a community's file ids only under `committee/<communityId>/`.
 */
export function communityFolder(
  communityId: string,
  area: 'meetings' | 'filings' | 'credit' | 'votes' | 'notices' | 'disclosures' | 'transfers',
): string {
  return `${communityPrefix(communityId)}${area}`
}

export function communityPrefix(communityId: string): string {
  return `committee/${communityId}/`
}

/**
 * Folders that belong to no one community: the housing centres' notices and the training courses (a notice or a
 * course is published for many committees). The server accepts such a file id only under its area's prefix.
 */
export type PlatformArea = 'notices' | 'training'

export function platformPrefix(area: PlatformArea): string {
  return `${area}/`
}

/** The folder the notice form uploads to. */
export const NOTICE_FOLDER = `${platformPrefix('notices')}attachments`
/** The folder the course form uploads its video (and cover) to. */
export const TRAINING_FOLDER = `${platformPrefix('training')}courses`
