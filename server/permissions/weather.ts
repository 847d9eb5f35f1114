import { weatherApi } from '../../core/api/weather'
import { AREA_ROLES, COMMITTEE_ROLES, VOTER_ROLES } from '../../core/roles'
import { permissionsFor } from './table'

/** 小区气象公告栏 (manual 十三): everyone of a community, and those who supervise it, read its weather. */
const READERS = [...VOTER_ROLES, ...COMMITTEE_ROLES, 'propertyManager', ...AREA_ROLES] as const

export const WEATHER_PERMISSIONS = permissionsFor('weather', weatherApi, {
  search: READERS,
  forecast: READERS,
  warnings: READERS,
})
