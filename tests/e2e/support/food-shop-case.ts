/**
 * The start most form specs share: a fresh office (the scenario's officers, contact from
 * 2026-01-01) and one food-shop case from a 监督检查 on 2026-09-01, entered through the UI.
 */
import type { Page } from '@playwright/test'
import { SetupWizard } from '../../pages/setup-wizard'
import { createCaseFromUi, type CasePage } from '../../pages/case-page'
import { foodShop, office, scenarioOfficers } from './data'

/** Set the office up and register the food-shop case with `cause`; returns its case page. */
export async function foodShopCaseFromUi(page: Page, cause: string): Promise<CasePage> {
  await new SetupWizard(page).complete({ ...office, effectiveFrom: '2026-01-01' }, scenarioOfficers)
  return createCaseFromUi(page, {
    ...foodShop,
    source: '监督检查',
    sourceDate: '2026-09-01',
    cause,
  })
}
