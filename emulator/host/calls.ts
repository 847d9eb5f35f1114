import { AsyncLocalStorage } from 'node:async_hooks'
import diagnostics from 'node:diagnostics_channel'
import type { ClientRequest, IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import type { CallIdentity } from './http'

/** What a function sees through `als.getStore()` (server/context.ts reads openid and source). */
export interface CallStore extends CallIdentity {
  callId: number
}

export interface CallRecord {
  id: number
  fn: string
  openid?: string
  source: string
  startedAt: number
  ms?: number
  outcome?: 'ok' | 'threw'
  /** Database round trips (each /admin `database.*` request) this call made, by action. */
  db: number
  reads: number
  writes: number
  actions: Record<string, number>
}

const READS = new Set(['database.getDocument', 'database.calculateDocument', 'database.aggregateDocuments'])
const WRITES = new Set(['database.insertDocument', 'database.modifyDocument', 'database.updateDocument', 'database.removeDocument'])
const RECENT = 100

/**
 * Ties the SDK's HTTP requests back to the function call that made them. Node's
 * `http.client.request.start` channel fires inside the caller's async context, so we learn
 * "this client socket belongs to call N"; the server side sees the same socket by its
 * remote port and so can count database round trips per call and pass identity on to
 * nested callFunction. Requests are one at a time per keep-alive socket, so the mapping is
 * current whenever the server reads it.
 */
export class CallTracker {
  readonly als = new AsyncLocalStorage<CallStore>()
  private nextId = 1
  private readonly byPort = new Map<number, number>()
  private readonly hooked = new WeakSet<Socket>()
  private readonly inFlight = new Map<number, CallRecord>()
  private counts: Record<string, number> = {}
  private recentCalls: CallRecord[] = []
  private serverPort = 0
  private readonly onRequestStart = (message: unknown) => this.tag((message as { request: ClientRequest }).request)

  /** Starts watching outgoing requests to our own port. */
  listen(serverPort: number): void {
    this.serverPort = serverPort
    diagnostics.subscribe('http.client.request.start', this.onRequestStart)
  }

  stop(): void {
    diagnostics.unsubscribe('http.client.request.start', this.onRequestStart)
    this.byPort.clear()
  }

  begin(fn: string, identity: CallIdentity): CallRecord {
    const record: CallRecord = { id: this.nextId++, fn, ...identity, startedAt: Date.now(), db: 0, reads: 0, writes: 0, actions: {} }
    this.inFlight.set(record.id, record)
    this.bump('calls')
    this.bump(`fn.${fn}.calls`)
    return record
  }

  end(record: CallRecord, outcome: 'ok' | 'threw'): void {
    record.ms = Date.now() - record.startedAt
    record.outcome = outcome
    this.inFlight.delete(record.id)
    this.recentCalls.push(record)
    if (this.recentCalls.length > RECENT) this.recentCalls.splice(0, this.recentCalls.length - RECENT)
  }

  /** The in-flight call that sent this /admin request, if any. */
  callOf(req: IncomingMessage): CallRecord | undefined {
    const id = this.byPort.get(req.socket.remotePort ?? -1)
    return id === undefined ? undefined : this.inFlight.get(id)
  }

  /** Counts one /admin request (a database or storage round trip). */
  countAdmin(action: string, call: CallRecord | undefined): void {
    const isDb = action.startsWith('database.')
    const kind = READS.has(action) ? 'read' : WRITES.has(action) ? 'write' : undefined
    this.bump(isDb ? 'db' : 'admin.other')
    this.bump(action.replace(/^database\./, 'db.'))
    if (kind) this.bump(`db.${kind}s`)
    if (!call) {
      if (isDb) this.bump('db.outsideCalls')
      return
    }
    if (isDb) {
      call.db++
      this.bump(`fn.${call.fn}.db`)
      if (kind === 'read') call.reads++
      if (kind === 'write') call.writes++
      if (kind) this.bump(`fn.${call.fn}.${kind}s`)
    }
    call.actions[action] = (call.actions[action] ?? 0) + 1
  }

  /** Flat counters: calls, db, db.reads, db.writes, db.<action>, fn.<name>.calls|db|reads|writes. */
  stats(): Record<string, number> {
    return { ...this.counts }
  }

  recent(): CallRecord[] {
    return [...this.recentCalls].reverse()
  }

  reset(): void {
    this.counts = {}
    this.recentCalls = []
  }

  private bump(key: string): void {
    this.counts[key] = (this.counts[key] ?? 0) + 1
  }

  private tag(request: ClientRequest): void {
    const store = this.als.getStore()
    const socket = request.socket
    if (!socket) return
    const remember = () => {
      if (socket.remotePort !== this.serverPort || !socket.localPort) return
      // A request made outside any call must not inherit the socket's previous owner.
      if (!store) return void this.byPort.delete(socket.localPort)
      this.byPort.set(socket.localPort, store.callId)
      if (!this.hooked.has(socket)) {
        this.hooked.add(socket)
        const port = socket.localPort
        socket.once('close', () => this.byPort.delete(port))
      }
    }
    // A fresh keep-alive socket is still connecting (no remote port yet); its bytes only flow after 'connect'.
    if (socket.connecting) socket.once('connect', remember)
    else remember()
  }
}
