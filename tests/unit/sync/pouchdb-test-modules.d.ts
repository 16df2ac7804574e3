/** The PouchDB plugins only the sync tests use (PouchDB ships no type declarations). */
declare module 'pouchdb-adapter-memory' {
  import type { PouchPlugin } from '@renderer/sync/pouch-types'
  const plugin: PouchPlugin
  export default plugin
}
declare module 'pouchdb-mapreduce' {
  import type { PouchPlugin } from '@renderer/sync/pouch-types'
  const plugin: PouchPlugin
  export default plugin
}
