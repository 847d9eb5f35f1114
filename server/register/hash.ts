import { createHmac } from 'node:crypto'
import { isLocal } from '../cloud'
import { isTestRun, readEnv } from '../env'

/**
 * ID numbers are kept only as HMAC-SHA256(ID_HASH_SALT, normalised ID) plus the last 4 characters.
 * The salt is a secret of the deployment (ID_HASH_SALT, declared in cloudbaserc.json for every function
 * whose code reads it); it must never change after the first import, or
 * no one can bind any more. Locally (TCB_LOCAL_URL set) a fixed, public dev salt is used.
 */
export const DEV_ID_HASH_SALT = 'yeweihui-local-dev-salt (not secret, local emulator only)'

export function idHashSalt(): string {
  const salt = readEnv('ID_HASH_SALT')
  if (salt) return salt
  if (isLocal() || isTestRun()) return DEV_ID_HASH_SALT
  throw new Error('ID_HASH_SALT is not set: configure it for this cloud function before importing or binding')
}

/** Hex HMAC of the normalised (upper-case, no spaces) certificate number. */
export function hashIdNumber(idNumber: string): string {
  const normalised = idNumber.replace(/\s+/g, '').toUpperCase()
  return createHmac('sha256', idHashSalt()).update(`id:${normalised}`).digest('hex')
}

export function idLast4(idNumber: string): string {
  return idNumber.replace(/\s+/g, '').toUpperCase().slice(-4)
}

/** Deterministic person id: one person document per community and certificate. */
export function personIdFor(communityId: string, idHash: string): string {
  return `${communityId}:p:${idHash.slice(0, 16)}`
}
