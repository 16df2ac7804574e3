/** 回访 (/follow-ups): the tabs, the list and the visit drawer. */
import { expect, type Locator, type Page } from '@playwright/test'
import {
  FOLLOW_UP_VISIT_QUESTION_ORDER,
  FOLLOW_UP_VISIT_QUESTIONS,
} from '../../shared/domain/case/visit-questions'

export interface VisitData {
  method: '电话' | '网络' | '实地'
  contactPerson?: string
  rectification: '已整改' | '部分整改' | '未整改'
  /** Answers in order: 文明规范, 告知权利和救济途径, 吃拿卡要, 需行政指导. */
  answers: ['是' | '否', '是' | '否', '是' | '否', '是' | '否']
  satisfaction: '满意' | '基本满意' | '不满意'
  findings: string
  opinions?: string
  nextAction?: '无需后续' | '继续指导' | '再次回访' | '立案查处'
}

const questions = FOLLOW_UP_VISIT_QUESTION_ORDER.map((key) => FOLLOW_UP_VISIT_QUESTIONS[key])

export class FollowUpsPage {
  readonly table: Locator
  readonly drawer: Locator
  constructor(readonly page: Page) {
    this.table = page.getByLabel('回访清单', { exact: true })
    this.drawer = page.getByRole('form', { name: '回访记录' })
  }

  async open(): Promise<void> {
    await this.page.goto(`${new URL(this.page.url()).origin}/#/follow-ups`)
    await expect(this.page.getByRole('tab', { name: '待回访' })).toBeVisible()
  }

  rows(): Locator {
    return this.table.locator('.el-table__body tr.el-table__row')
  }

  async tab(name: '待回访' | '已完成'): Promise<void> {
    await this.page.getByRole('tab', { name }).click()
  }

  async pageSize(n: 20 | 50 | 100): Promise<void> {
    await this.page.locator('.el-pagination .el-select').click()
    await this.page.getByRole('option', { name: `${n}条/页` }).click()
  }

  /** The 记录回访 of the first row naming `partyName` (a party may have two visits due). */
  async openVisit(partyName: string): Promise<void> {
    await this.page.getByRole('button', { name: `记录回访 ${partyName}` }).first().click()
    await expect(this.drawer).toBeVisible()
  }

  field(label: string): Locator {
    return this.drawer.getByLabel(label, { exact: true })
  }

  async fill(v: VisitData): Promise<void> {
    await this.drawer.getByText(v.method, { exact: true }).click()
    if (v.contactPerson !== undefined) await this.field('被回访人').fill(v.contactPerson)
    await this.drawer.getByText(v.rectification, { exact: true }).click()
    for (const [i, q] of questions.entries()) {
      await this.drawer
        .getByRole('radiogroup', { name: q })
        .getByText(v.answers[i]!, { exact: true })
        .click()
    }
    await this.drawer.getByText(v.satisfaction, { exact: true }).click()
    await this.field('回访情况').fill(v.findings)
    if (v.opinions) await this.field('意见建议').fill(v.opinions)
    if (v.nextAction) await this.drawer.getByText(v.nextAction, { exact: true }).click()
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存回访记录' }).click()
  }
}
