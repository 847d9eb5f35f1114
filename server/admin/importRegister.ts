import { performance } from 'node:perf_hooks'
import type { z } from 'zod'
import { MAX_REGISTER_BYTES, type adminApi, type ImportedCommunity, type ImportSummary } from '../../core/api/admin'
import { getCloud } from '../cloud'
import { err, ok, type Ctx } from '../handler'
import { planDocuments } from '../register/documents'
import { readSheet } from '../register/readSheet'
import { describeProblems, validateRegister } from '../register/validate'
import { registerTotals } from '../register/totals'
import { writeCommunity } from '../register/write'

type Input = z.output<(typeof adminApi)['importRegister']['input']>

/**
 * 导入房产登记: read the file, check every row, and only if every row is right write the communities,
 * units and persons in place (deterministic ids, so importing again updates rather than duplicates).
 */
export async function importRegister(input: Input, ctx: Ctx) {
  const started = performance.now()
  const file =
    'fileID' in input ? await download(input.fileID) : { name: input.fileName, content: Buffer.from(input.contentBase64, 'base64') }
  if (!file) return err('FILE_NOT_FOUND', '云存储中没有找到这个文件，请重新上传')
  // The inline form is bounded by its schema; a file from storage gets the same bound.
  if (file.content.length > MAX_REGISTER_BYTES) {
    return err('REGISTER_TOO_LARGE', `文件超过 ${MAX_REGISTER_BYTES / 1_000_000} MB，未导入任何数据，请按小区分开导入`)
  }

  const read = await readSheet(file.name, file.content)
  if (!read.ok) return err(read.tooLarge ? 'REGISTER_TOO_LARGE' : 'BAD_REGISTER', read.reason)
  const checked = validateRegister(read.sheet)
  if (!checked.ok) return err('BAD_REGISTER', describeProblems(checked.problems))

  const communities: ImportedCommunity[] = []
  for (const plan of planDocuments(checked.register)) {
    const written = await writeCommunity(ctx.db, plan, ctx.now())
    const c = plan.community
    communities.push({
      id: c._id,
      name: c.name,
      district: c.district,
      street: c.street,
      // As stored, not as planned: the same figures unless something else changed the units meanwhile.
      ...(await registerTotals(ctx.db, c._id)),
      units: written.units,
      persons: written.persons,
    })
    await ctx.audit({
      action: 'admin.importRegister',
      targetId: c._id,
      communityId: c._id,
      after: { units: written.units, persons: written.persons },
      note: file.name,
    })
  }
  const summary: ImportSummary = { rows: read.sheet.rows.length, communities, ms: Math.round(performance.now() - started) }
  return ok(summary)
}

async function download(fileID: string): Promise<{ name: string; content: Buffer } | undefined> {
  try {
    const { fileContent } = await getCloud().downloadFile({ fileID })
    return { name: decodeURIComponent(fileID.split('/').pop() ?? 'register.xlsx'), content: fileContent }
  } catch (e) {
    if (/STORAGE_FILE_NONEXIST|not exist|不存在|404/i.test(String((e as Error).message ?? e))) return undefined
    throw e
  }
}
