import { Dexie, type DexieOptions, type EntityTable } from 'dexie'
import type { ContactVersion, OfficeProfile, Officer } from '@shared/domain/settings'
import type { AuditEntry, MetaRecord } from './records'
import type {
  ActRecord,
  CaseRecord,
  Counter,
  ExemptionItem,
  FollowUpRecord,
  PartyRecord,
} from './cases-records'
import type { DocumentRecord, PrintLogRecord } from './documents-records'
import type { PackedDigest } from '@shared/statistics/digest'
import { schemaVersions } from './versions'

/** The default database name; tests pass their own. */
export const appDbName = 'casedesk'

/** The app's IndexedDB database: one class, every schema version applied in order. */
export class AppDB extends Dexie {
  meta!: EntityTable<MetaRecord, 'key'>
  audit!: EntityTable<AuditEntry, 'id'>
  officeProfile!: EntityTable<OfficeProfile, 'id'>
  contactVersions!: EntityTable<ContactVersion, 'id'>
  officers!: EntityTable<Officer, 'id'>
  // v2 (cases)
  parties!: EntityTable<PartyRecord, 'id'>
  cases!: EntityTable<CaseRecord, 'id'>
  acts!: EntityTable<ActRecord, 'id'>
  followUps!: EntityTable<FollowUpRecord, 'id'>
  exemptions!: EntityTable<ExemptionItem, 'id'>
  counters!: EntityTable<Counter, 'key'>
  // v3 (documents)
  documents!: EntityTable<DocumentRecord, 'id'>
  printLog!: EntityTable<PrintLogRecord, 'id'>
  // v5 (statistics digests, derived from cases and acts)
  statDigests!: EntityTable<PackedDigest, 'id'>

  /**
   * @param name - database name (./active.ts says which one holds the data)
   * @param options - Dexie options (a restore writes its new database with relaxed durability
   *   and commits it with one strict write)
   */
  constructor(name: string = appDbName, options?: DexieOptions) {
    super(name, options)
    for (const v of schemaVersions) {
      const declared = this.version(v.version).stores(v.stores)
      if (v.upgrade) declared.upgrade(v.upgrade)
    }
  }
}
