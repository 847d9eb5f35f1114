/**
 * Failures answered the way CloudBase answers them: HTTP 200 with `{ code, message }`.
 * wx-server-sdk turns `code` into `errCode` through its TCB_ERR_CODE table (unknown codes such
 * as DATABASE_DUPLICATE_WRITE and DATABASE_TRANSACTION_CONFLICT become -501001, "resource
 * system error") and appends `message` to `errMsg`, so the message is all a caller can match on.
 */
export type DbErrorCode =
  | 'INVALID_PARAM'
  | 'DATABASE_REQUEST_FAILED'
  | 'DATABASE_COLLECTION_NOT_EXIST'
  | 'DATABASE_COLLECTION_ALREADY_EXIST'
  | 'DATABASE_DUPLICATE_WRITE'
  | 'DATABASE_TRANSACTION_CONFLICT'
  | 'DATABASE_TRANSACTION_FAIL'

export class DbError extends Error {
  constructor(
    readonly code: DbErrorCode,
    message: string,
  ) {
    super(message)
  }
}

const TAIL = 'Please check your request, but if the problem persists, contact us.'

export function invalidParam(message: string): DbError {
  return new DbError('INVALID_PARAM', `[InvalidParameter] ${message}. ${TAIL}`)
}

export function requestFailed(message: string): DbError {
  return new DbError('DATABASE_REQUEST_FAILED', `[FailedOperation] ${message}. ${TAIL}`)
}

export function collectionNotExist(name: string): DbError {
  return new DbError(
    'DATABASE_COLLECTION_NOT_EXIST',
    `[ResourceNotFound] Db or Table not exist: ${name}. ` +
      `(local emulator: declare the collection in server/indexes.ts, or call db.createCollection) ${TAIL}`,
  )
}

export function collectionExists(name: string): DbError {
  return new DbError('DATABASE_COLLECTION_ALREADY_EXIST', `[ResourceInUse] Table exist: ${name}. ${TAIL}`)
}

export function duplicateKey(collection: string, index: string, key: unknown): DbError {
  return new DbError(
    'DATABASE_DUPLICATE_WRITE',
    `[FailedOperation.DuplicateWrite] E11000 duplicate key error collection: ${collection} index: ${index} ` +
      `dup key: ${JSON.stringify(key)}. ${TAIL}`,
  )
}

export function transactionConflict(): DbError {
  // The exact text CloudBase sends (seen in @cloudbase/node-sdk's own transaction tests).
  return new DbError(
    'DATABASE_TRANSACTION_CONFLICT',
    `[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. ${TAIL}`,
  )
}

export function transactionGone(id: string, why: string): DbError {
  return new DbError('DATABASE_TRANSACTION_FAIL', `[FailedOperation.Transaction] transaction ${id} ${why}. ${TAIL}`)
}
