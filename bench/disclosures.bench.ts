/**
 * 信息公开 import benchmark: `npx tsx bench/disclosures.bench.ts`.
 *
 * A filled template of 2,000 disclosure rows (every fifth a maintenance-fund statement) is uploaded
 * to the emulator's storage and imported through the real function (download, read, check every
 * row, content check, write), timed beside a plain exceljs read of the same file; peak heap is
 * sampled during each, and the import's database round trips are counted. DISCLOSURE_BENCH_ROWS=<n>
 * changes the size.
 */
import ExcelJS from 'exceljs'
import { startTestEmulator } from '../emulator/testing'
import { addDays, formatDay } from '../core/format/time'
import { communityPrefix } from '../core/schemas/files'
import { filledTemplate, type TemplateRow } from '../server/testing/disclosureFixtures'

process.env.TENCENTCLOUD = 'true' // no metadata-server probe before each SDK request

const ROWS = Number(process.env.DISCLOSURE_BENCH_ROWS ?? 2_000)
const COMMUNITY = { _id: 'bench-d', name: '基准花园', street: '基准街道', district: '基准区' }
const DIRECTOR = 'bench-director'

/** Runs `work` while sampling the heap every few milliseconds: its time and the peak above the start. */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; peakMb: number }> {
  global.gc?.()
  const base = process.memoryUsage().heapUsed
  let peak = base
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed)
  }, 5)
  const t = process.hrtime.bigint()
  const value = await work()
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().heapUsed)
  return { value, ms: Math.round(ms), peakMb: Math.round(((peak - base) / 1024 / 1024) * 10) / 10 }
}

async function main() {
  const emu = await startTestEmulator()
  try {
    await emu.insert('communities', [COMMUNITY])
    await emu.insert('roles', [
      { _id: 'bd', openid: DIRECTOR, role: 'director', communityId: COMMUNITY._id, status: 'active', name: '基准主任' },
    ])
    const until = addDays(formatDay(emu.clock.now()), 30)
    const rows: TemplateRow[] = Array.from({ length: ROWS }, (_r, i) =>
      i % 5 === 0
        ? {
            category: '维修资金筹集和使用情况',
            title: `维修资金公示${i}`,
            period: '2026年下半年',
            displayUntil: until,
            item: '维修资金',
            opening: '1000.00',
            income: '250.50',
            expense: '100.25',
            closing: '1150.25',
          }
        : {
            category: '物业服务事项',
            title: `服务事项公示${i}`,
            period: '2026年第四季度',
            body: `第${i}项服务的说明。`,
            displayUntil: until,
          },
    )
    const content = await filledTemplate(rows)
    const cloudPath = `${communityPrefix(COMMUNITY._id)}disclosures/bench.xlsx`
    const answer = await fetch(`${emu.url}/storage/upload?path=${encodeURIComponent(cloudPath)}`, { method: 'POST', body: content })
    const { fileID } = (await answer.json()) as { fileID: string }
    const file = { fileID, name: 'bench.xlsx' }

    const plain = await measured(async () => {
      const book = new ExcelJS.Workbook()
      await book.xlsx.load(content as unknown as ArrayBuffer)
      return book.worksheets[0].rowCount
    })
    emu.resetStats()
    const imported = await measured(() =>
      emu.call<{ imported: number }>(
        'disclosures',
        { action: 'importDisclosures', communityId: COMMUNITY._id, file },
        { openid: DIRECTOR },
      ),
    )
    const stats = emu.stats()
    if (!imported.value.ok) throw new Error(`${imported.value.code}: ${imported.value.message}`)
    console.log(
      JSON.stringify(
        {
          rows: ROWS,
          fileKb: Math.round(content.length / 1024),
          plainExceljsRead: { ms: plain.ms, peakHeapMb: plain.peakMb, sheetRows: plain.value },
          importDisclosures: {
            ms: imported.ms,
            peakHeapMb: imported.peakMb,
            imported: imported.value.data.imported,
            dbReads: stats['db.reads'] ?? 0,
            dbWrites: stats['db.writes'] ?? 0,
          },
        },
        null,
        2,
      ),
    )
  } finally {
    await emu.close()
  }
}

void main().then(
  () => process.exit(0),
  (e) => {
    console.error(e)
    process.exit(1)
  },
)
