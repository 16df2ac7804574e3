import { AppDB } from './app-db'

/**
 * The app's database. Open it through `openDatabase` (./open.ts), which guards versions. A live
 * binding: at start it is pointed at the active database (./active.ts) before anything reads it,
 * and after a restore the page reloads onto the restored one. Read it at call time (as every
 * module does), never copy it into a long-lived variable.
 */
export let db = new AppDB()

/** Point `db` at the database named `name` (closing the previous instance). */
export function useDatabase(name: string): AppDB {
  if (db.name !== name) {
    db.close()
    db = new AppDB(name)
  }
  return db
}
