/** Test data for the settings flows (each test owns its data; profiles are fresh). */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { NewCaseData } from '../../pages/case-page'
import type { OfficeData, OfficerData } from '../../pages/settings-forms'

export const appVersion: string = (
  JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8')) as {
    version: string
  }
).version

export const office: OfficeData = {
  fullName: '武汉市汉阳区市场监督管理局',
  docCode: '鄂汉阳市监',
  reviewAuthority: '武汉市汉阳区人民政府',
  court: '武汉市汉阳区人民法院',
  contactPerson: '王芳',
  contactPhone: '027-84851234',
  address: '武汉市汉阳区鹦鹉大道 1 号',
  postalCode: '430050',
  epayNote: '通过湖北省非税收入电子缴款平台缴纳',
}

export const officerA: OfficerData = {
  name: '张伟',
  certificateNo: 'HB4201050001',
  unit: '汉阳市场监管所',
  mobile: '13812341234',
}

export const officerB: OfficerData = {
  name: '李娜',
  certificateNo: 'HB4201050002',
  unit: '法制科',
  mobile: '13987654321',
  roles: ['办案人员', '法制审核人员'],
}

/** The second 办案人员 of the scenario cases (李娜 reviews them, so she is not on them). */
export const officerC: OfficerData = {
  name: '孙浩',
  certificateNo: 'HB4201050011',
  unit: '汉阳市场监管所',
  mobile: '13871230011',
}

/** 负责人 who approve (立案, 结案 …) and sit in 集体讨论, picked from the register. */
export const headA: OfficerData = {
  name: '王建国',
  certificateNo: 'HB4201050012',
  unit: '局领导',
  mobile: '13871230012',
  roles: ['负责人'],
}
export const headB: OfficerData = {
  name: '刘芳',
  certificateNo: 'HB4201050013',
  unit: '局领导',
  mobile: '13871230013',
  roles: ['负责人'],
}

/**
 * The register of the case scenarios: 张伟 and 孙浩 handle the case, 李娜 (法制审核人员) reviews
 * it without being on it (an officer may not review their own case, docs/domain/signers.md),
 * 王建国 and 刘芳 are the 负责人.
 */
export const scenarioOfficers: OfficerData[] = [officerA, officerB, officerC, headA, headB]

/** The organisation party (and officers) of the case-path, 文书 and 案卷 scenarios. */
export const foodShop: Omit<NewCaseData, 'cause' | 'sourceDate' | 'source'> = {
  name: '武汉市汉阳区鹦鹉食品店有限公司',
  uscc: '91420105MA4K3ABC1E',
  legalRepresentative: '陈明',
  phone: '13912345678',
  address: '武汉市汉阳区鹦鹉大道 18 号',
  officers: [officerA.name, officerC.name],
}

/** The shop of the single-case specs (case page, corrections, who is working): a 监督检查 lead. */
export const qingchuanShop: Omit<NewCaseData, 'cause' | 'officers'> = {
  source: '监督检查',
  sourceDate: '2026-09-01',
  name: '武汉市汉阳区晴川副食店有限公司',
  uscc: '91420105MA4K3ABC2H',
  legalRepresentative: '周洁',
  phone: '13812345678',
  address: '武汉市汉阳区晴川大道 6 号',
}
