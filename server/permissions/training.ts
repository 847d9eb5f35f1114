import { trainingApi } from '../../core/api/training'
import { AREA_ROLES, COMMITTEE_ROLES } from '../../core/roles'
import { permissionsFor } from './table'

/** 宣传培训 (manual 十二): centres publish; committee people watch; the centres see who completed what. */
export const TRAINING_PERMISSIONS = permissionsFor('training', trainingApi, {
  publishCourse: ['districtCentre', 'cityCentre', 'operator', 'console'],
  listCourses: [...COMMITTEE_ROLES, ...AREA_ROLES],
  reportWatch: COMMITTEE_ROLES,
  completions: [...COMMITTEE_ROLES, ...AREA_ROLES],
})
