export { bindPerson, DEMO, DEV_PERSONAS_COLLECTION, seedDemo, type SeedReport, type SeedTarget } from './seedDemo'
export { PERSONAS } from './personas'
