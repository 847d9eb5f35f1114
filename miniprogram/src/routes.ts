/*
 * Page URLs. Each subpackage builds its own in its routes.ts; this module gathers them for the
 * main package's pages and for the few links from one subpackage into another, so no subpackage
 * imports another (imports.test.ts checks).
 */
export { accountRoutes } from './packages/account/routes'
export { bindRoutes } from './packages/bind/routes'
export { committeeRoutes } from './packages/committee/routes'
export { disclosureRoutes } from './packages/disclosures/routes'
export { evaluationRoutes } from './packages/evaluations/routes'
export { govRoutes } from './packages/gov/routes'
export { noticesRoutes } from './packages/notices/routes'
export { verifyRoutes } from './packages/verify/routes'
export { voteRoutes } from './packages/vote/routes'
export { tenderRoutes } from './packages/tender/routes'
export { trainingRoutes } from './packages/training/routes'
export { weatherRoutes } from './packages/weather/routes'

/** The home tab (opened with switchTab). */
export const HOME_URL = '/pages/home/index'
/** The emulator's persona switcher (H5 only). */
export const DEV_LOGIN_URL = '/dev/'
