/**
 * v6 — statistics digest blocks. Tables and indexes as in v5, plus the index `w` of statDigests:
 * the digests written since the blocks were built (docs/domain/statistics.md, "Digest blocks").
 * The blocks are records of statDigests itself (ids `~b:…`, no indexed field), so they are
 * derived data like the digests: no backup carries them. The upgrade packs every stored digest
 * into the blocks of its years (../stat-digests.ts); the data the user entered is not changed.
 * Shipped: never edit this file once released; add v007-… instead.
 */
import { buildBlocksInUpgrade } from '../stat-digests'
import type { SchemaVersion } from './types'
import v005 from './v005-stat-digests'

const v006: SchemaVersion = {
  version: 6,
  stores: { ...v005.stores, statDigests: 'id, stamp, *years, openFrom, w' },
  upgrade: (tx) => buildBlocksInUpgrade(tx),
}

export default v006
