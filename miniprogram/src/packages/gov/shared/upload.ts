import type { FileRef } from '@core/api/committee'
import { ok } from '@core/result'
import type { Result } from '../../../services/cloud'
import { chooseAndUpload } from '../../committee/shared/files'

/** Lets the person pick files and uploads them under `folder`, as a Result so `useSubmit` shows a failure. */
export async function pickAndUpload(folder: string, max: number): Promise<Result<FileRef[]>> {
  const uploaded = await chooseAndUpload(folder, max)
  return Array.isArray(uploaded) ? ok(uploaded) : uploaded
}
