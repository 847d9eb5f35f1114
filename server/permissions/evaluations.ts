import { evaluationsApi } from '../../core/api/evaluations'
import { permissionsFor } from './table'

/**
 * 业主评价. Owners rate (their own units only, checked inside); the rated party (property project
 * manager, committee director) replies and objects within its community; the district centre decides
 * objections in its district; the operator sets a community's property service. 评价统计 and
 * 评价排名 are public, as the manual's public view.
 */
export const EVALUATION_PERMISSIONS = permissionsFor('evaluations', evaluationsApi, {
  setPropertyService: ['console', 'operator'],
  rate: ['owner'],
  reply: ['propertyManager', 'director'],
  object: ['propertyManager', 'director'],
  decideObjection: ['districtCentre'],
  statistics: ['anyone'],
  rating: ['anyone'],
  ratings: ['anyone'],
  ranking: ['anyone'],
})
