import { TABS } from '../sheet/schema';

/** What the tool says about a unit's two address columns of the Đơn vị tab (Kiểm tra dữ liệu, setup). */
const header = (key: string) => TABS.units.columns.find((c) => c.key === key)?.header ?? key;
const ACCOUNTS = header('accounts');
const EMAILS = header('emails');

export const UNITS_TEXT = {
  accountsHeader: ACCOUNTS,
  emailsHeader: EMAILS,
  invalidAccounts: (entries: readonly string[]) =>
    `Cột "${ACCOUNTS}" có mục không phải địa chỉ email hợp lệ: ${entries.join('; ')}. Mục này không được quyền ` +
    `nhập liệu hay gửi báo cáo; Phòng VHXH sửa lại ở trang "${TABS.units.name}".`,
  invalidReminderEmails: (entries: readonly string[]) =>
    `Cột "${EMAILS}" có mục không phải địa chỉ email hợp lệ: ${entries.join('; ')}. Thư nhắc hạn không gửi tới ` +
    `mục này; Phòng VHXH sửa lại ở trang "${TABS.units.name}".`,
  noAccounts:
    `Cột "${ACCOUNTS}" đang để trống: không cán bộ nào của đơn vị được nhập các dòng của đơn vị hay gửi báo cáo ` +
    `(địa chỉ ở cột "${EMAILS}" chỉ nhận thư nhắc hạn). Phòng VHXH ghi tài khoản Google của cán bộ đơn vị vào cột ` +
    `này ở trang "${TABS.units.name}".`,
  /** One account in the account column of several units: it submits for the first of them only. */
  sharedAccount: (account: string, first: string, others: readonly string[]) => {
    const quoted = [first, ...others].map((n) => `"${n}"`);
    return (
      `Tài khoản ${account} được ghi cho cả ${quoted.slice(0, -1).join(', ')} và ${quoted[quoted.length - 1]}: khi ` +
      `gửi báo cáo, tài khoản này chỉ gửi được cho "${first}", không gửi được cho ${quoted.slice(1).join(', ')}. ` +
      `Mỗi tài khoản Google chỉ ghi cho một đơn vị; Phòng VHXH sửa lại ở trang "${TABS.units.name}".`
    );
  },
  /** One line of the setup summary: the unit, then the problem. */
  setupLine: (unitName: string, problem: string) => `${unitName}: ${problem}`,
  /** Setup on a sheet from before the split (issue 13). */
  splitOnSetup: (was: string) =>
    `Trang "${TABS.units.name}": cột "${was}" nay là "${ACCOUNTS}" (tài khoản Google được nhập liệu, giữ nguyên ` +
    `quyền sửa); các địa chỉ trong cột được chép sang cột mới "${EMAILS}", nên thư nhắc hạn vẫn gửi như trước. ` +
    'Đơn vị nào đọc thư ở mail công vụ: ghi địa chỉ đó vào cột nhận nhắc hạn.',
} as const;
