export { LocalDatabase, type LocalDatabaseOptions, type DbStats } from './local-database'
export { startDbServer, type DbServer, type DbHandler } from './http'
export { DEFAULT_LIMIT, MAX_LIMIT, AGGREGATE_DEFAULT_LIMIT } from './reads'
