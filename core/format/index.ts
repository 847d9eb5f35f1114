export * from './area'
export * from './room'
export * from './time'
