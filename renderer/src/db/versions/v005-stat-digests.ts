/**
 * v5 — statistics digests. Tables and indexes as in v4, plus:
 * - statDigests: one record per case (shared/statistics/digest.ts) that the 统计分析 page reads
 *   instead of the case and its acts; `*years` finds the digests of a period's years, `openFrom`
 *   the still-open cases that came in by its evaluation day, `stamp` the digests computed with
 *   other rule settings or holiday years (docs/domain/statistics.md, "The statistics digest").
 * The upgrade computes the digest of every stored case (../stat-digests.ts); the data the user
 * entered is not changed.
 * Shipped: never edit this file once released; add v006-… instead.
 */
import { buildDigestsInUpgrade } from '../stat-digests'
import type { SchemaVersion } from './types'
import v004 from './v004-search-tokens'

const v005: SchemaVersion = {
  version: 5,
  stores: { ...v004.stores, statDigests: 'id, stamp, *years, openFrom' },
  upgrade: (tx) => buildDigestsInUpgrade(tx),
}

export default v005
