import { z } from 'zod'
import { action } from '../../core/api/contract'
import { permissionsFor } from './table'

const api = { list: action(z.object({})).returns<string[]>(), add: action(z.object({})).returns<string>() }

describe('a feature’s permission entries', () => {
  it('are keyed <function>.<action>', () => {
    expect(permissionsFor('demo', api, { list: ['anyone'], add: ['director'] })).toEqual({
      'demo.list': ['anyone'],
      'demo.add': ['director'],
    })
  })

  it('must name every action of the contract and no other (checked by the compiler)', () => {
    // @ts-expect-error `add` is missing
    permissionsFor('demo', api, { list: ['anyone'] })
    // @ts-expect-error `lsit` is not an action of the contract
    permissionsFor('demo', api, { lsit: ['anyone'], list: ['anyone'], add: ['director'] })
    // @ts-expect-error `chairman` is not a role
    permissionsFor('demo', api, { list: ['chairman'], add: ['director'] })
  })
})
