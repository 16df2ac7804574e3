// The demo office: profile, contact details and officers (inputs for the settings repositories).
import {
  type ContactDetailsInput,
  type OfficeProfileInput,
  type OfficerInput,
} from '../domain/settings'
import { type IsoDate } from '../util/date'
import { demoMobile } from './identity'
import { demoPersonName } from './names'
import { type Rng } from './rng'

/** Inputs that fill an empty office. */
export interface DemoOffice {
  profile: OfficeProfileInput
  contact: ContactDetailsInput
  /** Six 办案人员, one 法制审核人员, one 负责人 (all active, with certificate numbers). */
  officers: OfficerInput[]
}

/** The demo office (武汉市汉阳区市场监督管理局, 代字 鄂汉阳市监) with eight officers. */
export function demoOffice(rng: Rng, today: IsoDate): DemoOffice {
  const names = new Set<string>()
  while (names.size < 8) names.add(demoPersonName(rng))
  const certs = new Set<string>()
  while (certs.size < 8) certs.add(`4201050${String(rng.int(0, 9999)).padStart(4, '0')}`)
  const units = [
    '汉阳区市场监督管理局执法大队',
    '四新市场监管所',
    '龙阳市场监管所',
    '鹦鹉市场监管所',
  ]
  const [nameList, certList] = [[...names], [...certs]]
  const officers: OfficerInput[] = nameList.map((name, i) => ({
    name,
    certificateNo: certList[i]!,
    unit: i === 7 ? '汉阳区市场监督管理局' : i === 6 ? '法规科' : units[i % units.length]!,
    mobile: demoMobile(rng),
    roles: i === 7 ? ['head'] : i === 6 ? ['legalReviewer'] : ['handler'],
    active: true,
  }))
  return {
    profile: {
      fullName: '武汉市汉阳区市场监督管理局',
      docCode: '鄂汉阳市监',
      reviewAuthority: '武汉市汉阳区人民政府',
      court: '武汉市汉阳区人民法院',
      payment: {
        bank: '',
        accountName: '',
        accountNumber: '',
        epayNote: '请持行政处罚决定书通过湖北省非税收入电子缴款平台缴纳（演示数据）',
      },
    },
    contact: {
      contactPerson: nameList[0]!,
      contactPhone: '027-84851234',
      address: '湖北省武汉市汉阳区鹦鹉大道 1 号（演示数据）',
      postalCode: '430050',
      complaintHotline: '12315',
      effectiveFrom: `${Number(today.slice(0, 4)) - 4}-01-01`,
    },
    officers,
  }
}
