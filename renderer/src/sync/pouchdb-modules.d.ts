/**
 * The PouchDB 9 packages ship no type declarations. The sync engine uses the small part of the
 * API that ./pouch-types.ts describes; these declarations give the modules that shape.
 */
declare module 'pouchdb-core' {
  import type { PouchStatic } from '@renderer/sync/pouch-types'
  const PouchDB: PouchStatic
  export default PouchDB
}
declare module 'pouchdb-adapter-indexeddb' {
  import type { PouchPlugin } from '@renderer/sync/pouch-types'
  const plugin: PouchPlugin
  export default plugin
}
declare module 'pouchdb-adapter-http' {
  import type { PouchPlugin } from '@renderer/sync/pouch-types'
  const plugin: PouchPlugin
  export default plugin
}
declare module 'pouchdb-replication' {
  import type { PouchPlugin } from '@renderer/sync/pouch-types'
  const plugin: PouchPlugin
  export default plugin
}
