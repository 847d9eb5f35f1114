import type { Config } from 'jest'

const config: Config = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2020' } }] },
  testMatch: ['<rootDir>/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/miniprogram/dist/', '/.data/'],
  moduleNameMapper: { '^@core/(.*)$': '<rootDir>/core/$1' },
  testTimeout: 30000,
}

export default config
