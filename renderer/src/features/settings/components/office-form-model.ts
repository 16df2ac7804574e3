/** The office profile form's flat model and its split into the two saved parts. */
import {
  defaultComplaintHotline,
  type ContactVersion,
  type OfficeProfile,
} from '@shared/domain/settings'

export interface OfficeFormModel {
  fullName: string
  docCode: string
  reviewAuthority: string
  court: string
  payment: { bank: string; accountName: string; accountNumber: string; epayNote: string }
  contactPerson: string
  contactPhone: string
  address: string
  postalCode: string
  complaintHotline: string
  effectiveFrom: string
}

export function toFormModel(
  profile: OfficeProfile | undefined,
  contact: ContactVersion | undefined,
  today: string,
): OfficeFormModel {
  return {
    fullName: profile?.fullName ?? '',
    docCode: profile?.docCode ?? '',
    reviewAuthority: profile?.reviewAuthority ?? '',
    court: profile?.court ?? '',
    payment: {
      bank: profile?.payment.bank ?? '',
      accountName: profile?.payment.accountName ?? '',
      accountNumber: profile?.payment.accountNumber ?? '',
      epayNote: profile?.payment.epayNote ?? '',
    },
    contactPerson: contact?.contactPerson ?? '',
    contactPhone: contact?.contactPhone ?? '',
    address: contact?.address ?? '',
    postalCode: contact?.postalCode ?? '',
    complaintHotline: contact?.complaintHotline ?? defaultComplaintHotline,
    effectiveFrom: today,
  }
}

export function splitFormModel(m: OfficeFormModel) {
  return {
    profile: {
      fullName: m.fullName,
      docCode: m.docCode,
      reviewAuthority: m.reviewAuthority,
      court: m.court,
      payment: { ...m.payment },
    },
    contact: {
      contactPerson: m.contactPerson,
      contactPhone: m.contactPhone,
      address: m.address,
      postalCode: m.postalCode,
      complaintHotline: m.complaintHotline,
      // The date picker clears to null; send '' so the validator says what to do.
      effectiveFrom: m.effectiveFrom ?? '',
    },
  }
}

export const officeFormFields = [
  { prop: 'fullName', required: true },
  { prop: 'docCode', required: true },
  { prop: 'reviewAuthority', required: true },
  { prop: 'court', required: true },
  { prop: 'contactPerson', required: true },
  { prop: 'contactPhone', required: true },
  { prop: 'address', required: true },
  { prop: 'postalCode', required: true },
  { prop: 'complaintHotline', required: true },
  { prop: 'effectiveFrom', required: true },
  { prop: 'payment.bank', required: false },
  { prop: 'payment.accountName', required: false },
  { prop: 'payment.accountNumber', required: false },
  { prop: 'payment.epayNote', required: false },
]
