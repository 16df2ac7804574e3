/**
 * v1 — initial schema.
 * - meta: key/value bookkeeping (schema version and app version that last wrote the DB, setup done)
 * - audit: append-only, hash-chained log; `seq` orders the chain, `[entity+entityId]` finds history
 * - officeProfile: the single 机关档案 record (id 'office')
 * - contactVersions: versioned contact details, looked up by effective date
 * - officers: 执法人员; certificate numbers are unique (also checked in the write transaction)
 * Shipped: never edit this file; add v002-… instead.
 */
import type { SchemaVersion } from './types'

const v001: SchemaVersion = {
  version: 1,
  stores: {
    meta: 'key',
    audit: 'id, &seq, at, [entity+entityId]',
    officeProfile: 'id',
    contactVersions: 'id, effectiveFrom',
    officers: 'id, &certificateNo, name',
  },
}

export default v001
