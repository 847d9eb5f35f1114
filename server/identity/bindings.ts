import type { Database } from '../cloud'
import type { BindingDoc } from '../collections/account'
import { collection, rows } from '../db'
import { bindingIdFor, type PersonMatch } from '../register/persons'

export async function bindingsOf(db: Database, persons: readonly PersonMatch[]): Promise<BindingDoc[]> {
  if (persons.length === 0) return []
  return rows(
    collection(db, 'bindings')
      .where({ _id: db.command.in(persons.map(bindingIdFor)) })
      .limit(100),
  )
}

/** Whether any of these persons is bound to a different WeChat account. */
export async function boundElsewhere(db: Database, persons: readonly PersonMatch[], openid: string): Promise<boolean> {
  return (await bindingsOf(db, persons)).some((b) => b.openid !== openid)
}

/** The owner's SMS code key: the certificate (first 16 hex of its hash), so one code serves every community the person owns in. */
export function bindCodeKey(person: Pick<PersonMatch, 'idHash'>): string {
  return person.idHash.slice(0, 16)
}
