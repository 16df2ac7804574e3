/** Where the bench build goes and where its entry lands (see ./vite.bench.config.ts). */
import { resolve } from 'node:path'

/** Directory of the bench build (never the dist-web the e2e suite serves). */
export const benchDistDir = resolve(__dirname, '..', '..', '.bench-cache', 'dist-web')

/** URL path (relative to the app) of the bench entry. */
export const benchEntryFile = 'assets/casedesk-bench.js'
