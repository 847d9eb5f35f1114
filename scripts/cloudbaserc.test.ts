import { readFileSync } from 'node:fs'
import path from 'node:path'
import { functionNames } from './build-functions'

test('cloudbaserc.json deploys exactly the deployable cloud functions', () => {
  const rc = JSON.parse(readFileSync(path.join(__dirname, '..', 'cloudbaserc.json'), 'utf8'))
  const deployed = rc.functions.map((f: { name: string }) => f.name).sort()
  expect(deployed).toEqual(functionNames())
})

test('manageVote is deployed with the SMS reminder template it reads', () => {
  const rc = JSON.parse(readFileSync(path.join(__dirname, '..', 'cloudbaserc.json'), 'utf8'))
  const manageVote = rc.functions.find((f: { name: string }) => f.name === 'manageVote')
  expect(manageVote.envVariables).toMatchObject({ SMS_REMINDER_TEMPLATE_ID: '{{env.SMS_REMINDER_TEMPLATE_ID}}' })
})
