import { AppDB } from './app-db'

/** The app's database singleton. Open it through `openDatabase` (./open.ts), which guards versions. */
export const db = new AppDB()
