import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { CallRecord, CallTracker } from './calls'
import type { CallIdentity } from './http'

type Main = (event: unknown, context: object) => unknown

export type Invocation =
  { kind: 'result'; result: unknown; call: CallRecord } | { kind: 'threw'; message: string; call: CallRecord } | { kind: 'missing' }

const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/

/**
 * Runs `cloudfunctions/<name>/src/index.ts` in this process, each call inside the tracker's
 * AsyncLocalStorage so the server kit reads that caller's identity even with many calls
 * interleaved. Modules are loaded once and cached (restart the emulator after editing one).
 * Fixture functions of the emulator's own tests (`<fixturesDir>/<name>/index.ts`, e.g. `echo`) are
 * hosted the same way; a product function of the same name wins.
 */
export class FunctionHost {
  private readonly modules = new Map<string, Main>()

  constructor(
    private readonly functionsDir: string,
    private readonly tracker: CallTracker,
    private readonly fixturesDir?: string,
  ) {}

  sourceOf(name: string): string | undefined {
    if (!NAME.test(name)) return undefined
    const candidates = [
      path.join(this.functionsDir, name, 'src', 'index.ts'),
      ...(this.fixturesDir ? [path.join(this.fixturesDir, name, 'index.ts')] : []),
    ]
    return candidates.find((file) => fs.existsSync(file))
  }

  async invoke(name: string, data: unknown, identity: CallIdentity): Promise<Invocation> {
    const file = this.sourceOf(name)
    if (!file) return { kind: 'missing' }
    const call = this.tracker.begin(name, identity)
    try {
      const main = this.load(name, file)
      const event = withUserInfo(data, identity.openid)
      const result = await this.tracker.als.run({ ...identity, callId: call.id }, () => main(event, contextFor(name)))
      this.tracker.end(call, 'ok')
      return { kind: 'result', result, call }
    } catch (e) {
      this.tracker.end(call, 'threw')
      console.error(`[emulator] 云函数 ${name} 抛出异常:`, e)
      return { kind: 'threw', message: e instanceof Error ? e.message : String(e), call }
    }
  }

  private load(name: string, file: string): Main {
    const cached = this.modules.get(name)
    if (cached) return cached
    // A plain require: jest transforms the TS under test, tsx does under `npm start`.

    const mod = require(file) as { main?: Main; default?: { main?: Main } | Main }
    const main = mod.main ?? (typeof mod.default === 'function' ? mod.default : mod.default?.main)
    if (typeof main !== 'function') throw new Error(`${path.relative(process.cwd(), file)} 没有导出 main(event, context)`)
    this.modules.set(name, main)
    return main
  }
}

/** Like WeChat, calls from a signed-in user carry `userInfo` in the event (the handler drops it). */
function withUserInfo(data: unknown, openid: string | undefined): unknown {
  if (!openid || typeof data !== 'object' || data === null || Array.isArray(data)) return data
  return { ...data, userInfo: { appId: 'local', openId: openid } }
}

/** The SCF context object, with the fields functions sometimes read. */
function contextFor(name: string): object {
  return {
    request_id: randomUUID(),
    function_name: name,
    function_version: '$LATEST',
    namespace: 'local',
    memory_limit_in_mb: 256,
    time_limit_in_ms: 20000,
    callbackWaitsForEmptyEventLoop: false,
    environ: '',
  }
}
