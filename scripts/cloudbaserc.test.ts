import { readFileSync } from 'node:fs'
import path from 'node:path'
import { functionNames } from './build-functions'

test('cloudbaserc.json deploys exactly the deployable cloud functions', () => {
  const rc = JSON.parse(readFileSync(path.join(__dirname, '..', 'cloudbaserc.json'), 'utf8'))
  const deployed = rc.functions.map((f: { name: string }) => f.name).sort()
  expect(deployed).toEqual(functionNames())
})
