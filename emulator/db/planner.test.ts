import fc from 'fast-check'
import { Query } from 'mingo'
import { toStored } from './ejson'
import { LocalDatabase } from './local-database'

/**
 * The SQL push-down must never lose a match: whatever the documents hold (arrays, booleans,
 * objects, dates, missing fields) the emulator answers exactly what mingo answers over a plain
 * array, for filters on declared (indexed) and undeclared paths.
 */

const value = fc.oneof(
  fc.constantFrom('a', 'b', 'c', '', 'ab'),
  fc.integer({ min: -2, max: 3 }),
  fc.constantFrom(true, false, null, 1.5),
  fc.constant(new Date(Date.UTC(2024, 0, 1))),
  fc.array(fc.constantFrom('a', 'b', 1, 2, true), { maxLength: 3 }),
  fc.record({ x: fc.constantFrom('a', 1, true) }, { requiredKeys: [] }),
)

const doc = fc.record({ k: value, u: value, n: fc.record({ x: value }, { requiredKeys: [] }) }, { requiredKeys: [] })

const operand = fc.oneof(fc.constantFrom('a', 'b', '', 'c'), fc.integer({ min: -2, max: 3 }), fc.constantFrom(true, false, null))
const path = fc.constantFrom('k', 'u', 'n.x')
const condition = fc.oneof(
  fc.record({ p: path, v: operand }).map(({ p, v }) => ({ [p]: v })),
  fc
    .record({
      p: path,
      v: fc.array(
        operand.filter((o) => o !== null),
        { maxLength: 3 },
      ),
    })
    .map(({ p, v }) => ({ [p]: { $in: v } })),
  fc
    .record({
      p: path,
      op: fc.constantFrom('$gt', '$gte', '$lt', '$lte'),
      v: fc.oneof(fc.integer({ min: -2, max: 3 }), fc.constantFrom('a', 'b', '')),
    })
    .map(({ p, op, v }) => ({ [p]: { [op]: v } })),
)
const filter = fc.oneof(
  condition,
  fc.array(condition, { minLength: 2, maxLength: 3 }).map((cs) => ({ $and: cs })),
  fc.array(condition, { minLength: 2, maxLength: 3 }).map((cs) => ({ $or: cs })),
)

describe('SQL push-down never changes an answer', () => {
  it('matches mingo over the same documents (declared paths k and n.x, undeclared u)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(doc, { maxLength: 12 }), fc.array(filter, { minLength: 1, maxLength: 6 }), async (docs, filters) => {
        const db = new LocalDatabase({
          indexes: {
            t: [
              { name: 'k', fields: ['k'] },
              { name: 'nx', fields: ['n.x'] },
            ],
          },
        })
        try {
          const rows = docs.map((d, i) => ({ _id: `d${i}`, ...d }))
          // Two batches: what SQL knows about the paths is first read from the table, then kept up to date on writes.
          const half = Math.ceil(rows.length / 2)
          for (const [from, to] of [
            [0, half],
            [half, rows.length],
          ]) {
            const batch = rows.slice(from, to)
            if (batch.length)
              await db.handle({ action: 'database.insertDocument', collectionName: 't', data: batch.map((r) => toStored(r)) })
            const present = rows.slice(0, to)
            for (const f of filters) {
              const expected = (new Query(f).find(present).all() as Array<{ _id: string }>).map((r) => r._id).sort()
              const got = (await db.query<{ _id: string }>('t', f)).map((r) => r._id).sort()
              expect(got).toEqual(expected)
              const counted = await db.handle({ action: 'database.calculateDocument', collectionName: 't', query: toStored(f) })
              expect(counted).toMatchObject({ data: { total: expected.length } })
            }
          }
        } finally {
          db.close()
        }
      }),
      { numRuns: 150 },
    )
  })
})
