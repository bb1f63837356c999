/**
 * The units that lead rows of Kế hoạch 57/KH-UBND of phường Hải Dương, with the spellings the plan and the
 * wards' reports use. Data, like the appendices: the Đơn vị tab starts from this list and may change it.
 */
import type { Unit } from '../units';

/** The Phòng Văn hóa - Xã hội: it owns the sheet and consolidates. */
export const VHXH_UNIT_ID = 'VHXH';

export const DEFAULT_UNITS: readonly Unit[] = [
  {
    id: 'TTHCC',
    name: 'Trung tâm phục vụ hành chính công',
    aliases: [
      'Trung tâm phục vụ hành chính công phường',
      'TT phục vụ HCC',
      'TTPVHCC',
      'Trung tâm HCC',
      'Bộ phận một cửa',
    ],
    accounts: [],
    emails: [],
  },
  {
    id: 'VP',
    name: 'Văn phòng HĐND và UBND',
    aliases: [
      'Văn phòng HĐND và UBND phường',
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
      'Văn phòng HĐND - UBND',
      'VP HĐND và UBND',
      'Văn phòng',
    ],
    accounts: [],
    emails: [],
  },
  {
    id: 'KTHTDT',
    name: 'Phòng Kinh tế, Hạ tầng và Đô thị',
    aliases: [
      'Kinh tế, Hạ tầng và Đô thị',
      'Phòng Kinh tế - Hạ tầng - Đô thị',
      'Phòng KT, HT và ĐT',
      'KTHTĐT',
      'Phòng Kinh tế',
    ],
    accounts: [],
    emails: [],
  },
  {
    id: VHXH_UNIT_ID,
    name: 'Phòng Văn hóa - Xã hội',
    aliases: [
      'Văn hóa - Xã hội',
      'Văn hoá - Xã hội',
      'Phòng Văn hoá - Xã hội',
      'Phòng VHXH',
      'VHXH',
      'VH-XH',
      'Phòng VH-XH',
    ],
    accounts: [],
    emails: [],
  },
  {
    id: 'CA',
    name: 'Công an phường',
    aliases: ['Công an', 'CA phường', 'Công an phường Hải Dương'],
    accounts: [],
    emails: [],
  },
  {
    id: 'TTSNC',
    name: 'Trung tâm dịch vụ sự nghiệp công phường',
    aliases: [
      'Trung tâm dịch vụ sự nghiệp công',
      'Trung tâm sự nghiệp công',
      'Trung tâm sự nghiệp công phường',
      'TT dịch vụ sự nghiệp công',
      'TTDVSNC',
    ],
    accounts: [],
    emails: [],
  },
];
