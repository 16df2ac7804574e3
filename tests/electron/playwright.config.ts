import { defineConfig } from '@playwright/test'

/**
 * The Electron suite (docs/architecture/overview.md §7): launches the built app (out/main/index.js) with a temp
 * CASEDESK_USER_DATA. Where no Electron binary exists the specs skip with
 * "skipped: no Electron binary" and the run exits 0.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: '../../test-results/electron',
})
