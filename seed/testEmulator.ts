import { startTestEmulator, type TestEmulator } from '../emulator/testing'
import { COLLECTIONS } from '../server/collections'
import { FACE_FAILURES_COLLECTION } from '../server/ports/face'
import { DEV_PERSONAS_COLLECTION } from './seedDemo'

/**
 * A test emulator in which every collection the register, binding and seed code writes exists.
 * Collections not yet declared in server/indexes.ts are created here; once they are declared this
 * is a no-op (createCollection answers false for an existing one).
 */
export async function startEmulatorForTests(opts: Parameters<typeof startTestEmulator>[0] = {}): Promise<TestEmulator> {
  const emu = await startTestEmulator(opts)
  for (const name of [...Object.values(COLLECTIONS), DEV_PERSONAS_COLLECTION, FACE_FAILURES_COLLECTION]) emu.db.createCollection(name)
  return emu
}
