export * from './area'
export * from './room'
export * from './time'
export * from './money'
