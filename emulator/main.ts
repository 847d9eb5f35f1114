/**
 * `npm start`: the whole product on one machine. Runs the local CloudBase emulator (database on
 * SQLite under .data/, functions in-process, storage, outboxes, clock) and serves the H5 build.
 *
 *   tsx emulator/main.ts [--port 8787] [--data .data/] [--no-build] [--reset]
 *
 * The H5 app is (re)built with `npm run build:h5` when miniprogram/dist/h5/index.html is
 * missing or older than any file in miniprogram/src, miniprogram/config or core/ (skip with
 * --no-build). The database is seeded with the demo (seed/index.ts) when it is empty.
 * --reset deletes the database, uploads and clock offset, seeds again and exits.
 */
import fs from 'node:fs'
import path from 'node:path'
import { REPO_ROOT, startEmulator, type RunningEmulator } from './host/emulator'
import { ensureH5Build } from './host/h5Build'

interface Options {
  port: number
  data: string
  reset: boolean
  build: boolean
}

const USAGE = `用法: tsx emulator/main.ts [--port 8787] [--data .data/] [--no-build] [--reset]
  --port      端口（默认 8787，或环境变量 PORT）
  --data      数据目录（默认 .data/）：数据库、上传的文件、时钟
  --no-build  不检查、不构建 H5 页面
  --reset     删除数据库、上传的文件和时钟设置，重新写入演示数据后退出`

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): Options {
  const options: Options = { port: Number(env.PORT || 8787), data: '.data', reset: false, build: true }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s)
    const value = () => inline ?? argv[++i]
    switch (flag) {
      case '--port':
        options.port = Number(value())
        break
      case '--data':
        options.data = value() ?? ''
        break
      case '--reset':
        options.reset = true
        break
      case '--no-build':
        options.build = false
        break
      case '--help':
      case '-h':
        console.log(USAGE)
        return process.exit(0)
      default:
        throw new Error(`不认识的参数 ${argv[i]}\n${USAGE}`)
    }
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new Error(`端口不正确：${options.port}`)
  if (!options.data) throw new Error('--data 后面要写一个目录')
  return options
}

const DB_FILE = 'emulator.sqlite'
const PID_FILE = 'emulator.pid'

/** Refuses to run twice on one data folder (two writers, or a reset under a running emulator). */
function claimDataDir(dataDir: string): void {
  const pidFile = path.join(dataDir, PID_FILE)
  const pid = Number(fs.existsSync(pidFile) ? fs.readFileSync(pidFile, 'utf8') : NaN)
  if (pid && pid !== process.pid && isAlive(pid)) {
    throw new Error(`另一个模拟器（进程 ${pid}）正在使用 ${dataDir}，请先按 Ctrl-C 关掉它`)
  }
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(pidFile, String(process.pid))
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function wipe(dataDir: string): void {
  for (const name of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, 'clock.json', 'storage', 'storage.tmp']) {
    fs.rmSync(path.join(dataDir, name), { recursive: true, force: true })
  }
}

async function isEmpty(emu: RunningEmulator): Promise<boolean> {
  for (const collection of emu.db.collections()) {
    const answer = (await emu.db.handle({ action: 'database.calculateDocument', collectionName: collection })) as {
      data?: { total?: number }
    }
    if ((answer.data?.total ?? 0) > 0) return false
  }
  return true
}

/** Seeds the demo through the same API the tests use; false when the seed failed. */
async function seed(emu: RunningEmulator): Promise<boolean> {
  const seedFile = path.join(REPO_ROOT, 'seed', 'index.ts')
  if (!fs.existsSync(seedFile)) {
    console.log('（没有 seed/index.ts，数据库保持为空）')
    return true
  }
  console.log('数据库是空的，正在写入演示数据…')
  const started = Date.now()
  try {
    const { seedDemo } = require(seedFile) as { seedDemo(emu: RunningEmulator): Promise<unknown> }
    await seedDemo(emu)
    console.log(`演示数据已写入（${((Date.now() - started) / 1000).toFixed(1)} 秒）`)
    return true
  } catch (e) {
    console.error('写入演示数据失败：', e)
    console.error('修好后运行 npm run reset 重新写入。')
    return false
  }
}

async function run(): Promise<void> {
  const options = parseArgs(process.argv.slice(2))
  const dataDir = path.resolve(options.data)
  claimDataDir(dataDir)
  if (options.reset) wipe(dataDir)
  else if (options.build) ensureH5Build(REPO_ROOT)

  let emu: RunningEmulator
  try {
    emu = await startEmulator({ dbFile: path.join(dataDir, DB_FILE), dataDir, port: options.reset ? 0 : options.port })
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`端口 ${options.port} 已被占用：是不是已经开着一个 npm start？可以换一个端口：--port ${options.port + 1}`)
    }
    throw e
  }
  const seeded = (await isEmpty(emu)) ? await seed(emu) : true
  emu.resetStats() // /dev/stats starts from what people do, not from start-up

  let stopping = false
  const stop = async (code: number) => {
    if (stopping) process.exit(code) // a second Ctrl-C: do not wait
    stopping = true
    await emu.close() // closes the SQLite file, which checkpoints the WAL
    fs.rmSync(path.join(dataDir, PID_FILE), { force: true })
    process.exit(code)
  }
  if (options.reset) return stop(seeded ? 0 : 1)

  process.on('SIGINT', () => void stop(0))
  process.on('SIGTERM', () => void stop(0))
  console.log(`\n业委会 · 本地模拟器已启动（数据在 ${path.relative(process.cwd(), dataDir) || '.'}/，按 Ctrl-C 退出）`)
  console.log('小程序（H5）：')
  console.log(`${emu.url}/`)
  console.log('开发工具（选择身份、短信、时钟）：')
  console.log(`${emu.url}/dev/`)
}

if (require.main === module) {
  run().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e)
    process.exit(1)
  })
}
