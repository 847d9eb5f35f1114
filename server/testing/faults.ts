import cloud from 'wx-server-sdk'

/**
 * TEST SUPPORT: makes the next write to one collection fail, as a dropped connection would, to
 * show what a retry finds after a half-done action. The functions run in the test's process, so
 * the database the server kit gets from `cloud.database()` is wrapped: writes through
 * `collection(name)` (with `where`/`doc`) and inside `runTransaction` both count. It fires once,
 * then the wrapping is undone. `after` lets that many writes through first (a crash mid-way).
 */
export function failNextWrite(collection: string, { after = 0 }: { after?: number } = {}): { fired(): boolean; restore(): void } {
  return interceptNextWrite(
    collection,
    async (what) => {
      throw new Error(`injected fault: ${what} on ${collection}`)
    },
    { after },
  )
}

/**
 * TEST SUPPORT: runs `before` just ahead of the next write to one collection (a concurrent change
 * landing between an action's read and its write); if `before` throws, the write fails with it.
 * `after`: writes to let through untouched first.
 */
export function interceptNextWrite(
  collection: string,
  before: (what: string) => Promise<void>,
  { after = 0 }: { after?: number } = {},
): { fired(): boolean; restore(): void } {
  let armed = true
  let passed = 0
  const original = cloud.database
  const restore = () => {
    ;(cloud as { database: typeof original }).database = original
  }
  const WRITES = new Set(['update', 'remove', 'set', 'add'])
  const CHAIN = new Set(['where', 'doc'])

  const wrapRef = (target: any): any =>
    new Proxy(target, {
      get(t, prop) {
        const value = t[prop]
        if (typeof prop === 'string' && WRITES.has(prop) && armed) {
          return async (...args: unknown[]) => {
            if (passed++ < after) return value.apply(t, args)
            armed = false
            restore()
            await before(prop)
            return value.apply(t, args)
          }
        }
        if (typeof prop === 'string' && CHAIN.has(prop)) return (...args: unknown[]) => wrapRef(value.apply(t, args))
        return typeof value === 'function' ? value.bind(t) : value
      },
    })
  const wrapHolder = (target: any): any =>
    new Proxy(target, {
      get(t, prop) {
        const value = t[prop]
        if (prop === 'collection')
          return (name: string) => (name === collection && armed ? wrapRef(value.call(t, name)) : value.call(t, name))
        if (prop === 'runTransaction')
          return (fn: (tx: unknown) => unknown, ...rest: unknown[]) => value.call(t, (tx: unknown) => fn(wrapHolder(tx)), ...rest)
        return typeof value === 'function' ? value.bind(t) : value
      },
    })
  ;(cloud as { database: typeof original }).database = ((...args: Parameters<typeof original>) =>
    wrapHolder(original.apply(cloud, args))) as typeof original
  return { fired: () => !armed, restore }
}
