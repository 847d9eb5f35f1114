import cloud from 'wx-server-sdk'
import { readEnv } from './env'

let initialised = false

/** The one `cloud.init` of the server: the local emulator when TCB_LOCAL_URL is set, else the current CloudBase env. */
export function getCloud(): typeof cloud {
  if (!initialised) {
    const local = readEnv('TCB_LOCAL_URL')
    cloud.init(
      local
        ? ({ env: 'local', secretId: 'local', secretKey: 'local', serviceUrl: `${local}/admin` } as Parameters<typeof cloud.init>[0])
        : { env: cloud.DYNAMIC_CURRENT_ENV as unknown as string },
    )
    initialised = true
  }
  return cloud
}

export function isLocal(): boolean {
  return Boolean(readEnv('TCB_LOCAL_URL'))
}

export type Database = ReturnType<typeof cloud.database>

export function getDb(): Database {
  return getCloud().database()
}
