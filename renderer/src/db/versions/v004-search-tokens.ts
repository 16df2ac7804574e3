/**
 * v4 — case search tokens. Tables and indexes as in v3.
 * - cases: searchTokens now also hold the grams of the person behind the party (经营者 of a
 *   个体工商户, 法定代表人 of an organisation) and of the case number's serial ("3号"), so the
 *   case list finds a case by them; the upgrade recomputes the tokens of every stored case with
 *   the same pure function every write uses (shared/domain/case/search.ts searchTokens).
 * Shipped: never edit this file once released; add v005-… instead.
 */
import { searchTokens } from '@shared/domain/case/search'
import type { CaseRecord } from '../cases-records'
import { shortCaseNo } from '../repositories/counters'
import type { SchemaVersion } from './types'
import v003 from './v003-documents'

const v004: SchemaVersion = {
  version: 4,
  stores: { ...v003.stores },
  upgrade: (tx) =>
    tx
      .table<CaseRecord, string>('cases')
      .toCollection()
      .modify((rec) => {
        rec.searchTokens = searchTokens(
          rec.partySnapshot,
          rec.caseNo,
          shortCaseNo(rec.year, rec.caseNoKey % 1_000_000),
        )
      })
      .then(() => undefined),
}

export default v004
