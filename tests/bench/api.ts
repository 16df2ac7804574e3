/**
 * The harness's view of the bench entry (renderer/src/bench/entry.ts → window.__caseDeskBench).
 * Declared here rather than imported: tests/bench is type-checked with tsconfig.node.json, which
 * does not include the renderer. Keep in step with renderer/src/bench/{seed,probes,ops}.ts.
 */

/** renderer/src/bench/seed.ts BenchDatasetOptions */
export interface BenchDatasetOptions {
  cases: number
  seed: number
  today: string
  docsPerCase: number
  batchCases: number
}

/** renderer/src/bench/probes.ts BenchProbes */
export interface BenchProbes {
  openCaseId: string
  openCaseActs: number
  caseFileCaseId: string
  caseFileDocuments: number
  decisionDocId: string
  nameQuery: string
  usccQuery: string
  caseNoQuery: string
  /** The sample organisation's 法定代表人 (search by the person behind the party). */
  personQuery?: string
}

/** renderer/src/bench/seed.ts BenchSeedResult */
export interface BenchSeedResult {
  cases: number
  parties: number
  acts: number
  followUps: number
  documents: number
  documentsRefused: number
  transactions: number
  ms: number
  probes: BenchProbes
}

/** renderer/src/bench/ops.ts Timed */
export interface Timed {
  ms: number
  info: Record<string, number | string>
}

/** The part of renderer/src/db/repositories/case-list.ts CaseListQuery the harness sends. */
export interface ListQuery {
  page: number
  pageSize: number
  sort?: {
    field: 'createdAt' | 'sourceDate' | 'caseNo' | 'nextDueOn' | 'partyName'
    dir: 'asc' | 'desc'
  }
  text?: string
  today: string
}

export interface RawPageArgs {
  index: string
  dir: 'next' | 'prev'
  offset: number
  size: number
  only?: string
}

/** The write floors of renderer/src/bench/floors.ts, in the order it runs them. */
export const writeMethods = [
  'tx-1000',
  'tx-5000',
  'inflight-3',
  'parallel-stores',
  'index-after-load',
] as const

export const isWriteMethod = (m: string): boolean => (writeMethods as readonly string[]).includes(m)

/** renderer/src/bench/floors.ts FloorTry */
export interface FloorTry {
  method: string
  ms: number | null
  note?: string
}

/** renderer/src/bench/floors.ts BackupFloors */
export interface BackupFloors {
  records: number
  bodyBytes: number
  gzipBytes: number
  reads: FloorTry[]
  gzip: FloorTry[]
  writes: FloorTry[]
  readAfterWrites?: FloorTry
}

/** renderer/src/bench/sync.ts Login */
export interface SyncLogin {
  serverUrl: string
  officeDb: string
  username: string
  password: string
}

/** renderer/src/bench/sync.ts (loaded on demand by `sync()`) */
export interface BenchSyncApi {
  syncConnect(login: SyncLogin, pc: string, push: boolean): Promise<Timed>
  syncRawPull(login: SyncLogin): Promise<Timed>
  syncStart(): void
  syncNewCase(officerIds: string[]): Promise<string>
  syncAddAct(caseId: string): Promise<{ actId: string; at: number }>
  syncSeen(table: 'acts' | 'cases', id: string, timeoutMs: number): Promise<number>
  syncOfficers(): Promise<{ id: string; roles: string[] }[]>
  syncState(): Promise<string>
}

/** window.__caseDeskBench */
export interface BenchApi {
  sync(): Promise<BenchSyncApi>
  progress(): { done: number; total: number }
  seed(opts: BenchDatasetOptions): Promise<BenchSeedResult>
  timeCaseListPage(q: ListQuery): Promise<Timed>
  rawPage(args: RawPageArgs): Promise<Timed>
  openCase(id: string, today: string): Promise<Timed>
  rawOpenCase(id: string): Promise<Timed>
  renderDocument(docId: string): Promise<Timed>
  rawRender(definition: { docId: string }, loadFonts: boolean): Promise<Timed>
  renderCaseFileOf(caseId: string, today: string): Promise<Timed>
  rawCaseFile(): Promise<Timed>
  backup(appVersion: string): Promise<Timed>
  restore(appVersion: string): Promise<Timed>
  incrementAfterChanges(appVersion: string, changes: number): Promise<Timed>
  /**
   * `reads` false: the write floors only (default true: read, gzip and the `writes` floors);
   * `pauseMs`: wait before each write method.
   */
  backupFloors(writes: boolean | string[], reads?: boolean, pauseMs?: number): Promise<BackupFloors>
  releaseBackup(): void
}

declare global {
  interface Window {
    __caseDeskBench?: BenchApi
  }
}
