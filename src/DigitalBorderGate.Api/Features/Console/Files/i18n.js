// Vietnamese first; English by the switch. The choice lasts for the browser session.
const words = {
  vi: {
    title: 'Cửa khẩu số', live: 'Trực tiếp', signOut: 'Đăng xuất', signInTitle: 'Đăng nhập', keyLabel: 'Khóa API của bạn',
    keyHint: 'Khóa chỉ được giữ trong phiên trình duyệt này và bị xóa khi đóng thẻ.', signIn: 'Đăng nhập',
    unit: 'Đơn vị', scanLabel: 'Quét giấy qua cửa khẩu', scanPlaceholder: 'Quét hoặc nhập mã trên giấy qua cửa khẩu', open: 'Mở',
    channel: 'Luồng', any: 'Tất cả', 'channel.green': 'Xanh', 'channel.yellow': 'Vàng', 'channel.red': 'Đỏ',
    gate: 'Cửa khẩu', direction: 'Chiều', 'direction.import': 'Nhập khẩu', 'direction.export': 'Xuất khẩu',
    arrivalFrom: 'Đến từ', arrivalTo: 'Đến trước', plate: 'Biển số', arrival: 'Dự kiến đến', reference: 'Số tham chiếu', status: 'Trạng thái',
    queueEmpty: 'Không có xe nào trong hàng chờ.', more: 'Xem thêm', close: 'Đóng', routing: 'Phân luồng', goods: 'Hàng hóa',
    actions: 'Thao tác', referTo: 'Chuyển cho đội kiểm soát', noReferral: 'Không chuyển', checks: 'Kết quả kiểm tra',
    'check.documents': 'Hồ sơ', 'check.physicalInspection': 'Kiểm tra thực tế', 'check.quarantine': 'Kiểm dịch', 'check.feePaid': 'Đã nộp phí',
    passed: 'Đạt', failed: 'Không đạt', notRequired: 'Không yêu cầu', note: 'Ghi chú',
    noActions: 'Bạn không có thao tác nào với tờ khai ở trạng thái này.', printPass: 'In giấy qua cửa khẩu', history: 'Lịch sử',
    back: 'Quay lại', print: 'In', passTitle: 'Giấy qua cửa khẩu', passHint: 'Lái xe xuất trình mã này tại cửa khẩu; công chức quét mã để mở tờ khai.',
    open_work: 'Đang xử lý', declarant: 'Doanh nghiệp', vehicleClass: 'Loại xe', driver: 'Lái xe', trailer: 'Rơ moóc', containers: 'Container',
    kg: 'kg', declarationNo: 'Tờ khai', submittedAt: 'Khai báo lúc', queueUnit: 'Hàng chờ của', referredTo: 'Đã chuyển cho',
    badKey: 'Khóa API không hợp lệ hoặc đã bị thu hồi.', notOfficer: 'Bàn làm việc này dành cho công chức hải quan; khóa này không phải của công chức.',
    done: 'Đã thực hiện: {action}. Trạng thái mới: {status}.', unreachable: 'Không kết nối được máy chủ; hãy thử lại.',
    'problem.409': 'Thao tác này không còn hợp lệ: tờ khai đang ở trạng thái «{status}». Các nút đã được cập nhật theo trạng thái hiện tại.',
    'problem.412': 'Một công chức khác vừa thay đổi tờ khai này. Tờ khai đã được tải lại — hãy xem lại rồi thao tác lại.',
    'problem.422': 'Chưa thể thực hiện «{action}»:',
    'problem.403': 'Bạn không có quyền thực hiện thao tác này với tờ khai này.',
    'problem.404': 'Không tìm thấy tờ khai, hoặc tờ khai không thuộc đơn vị của bạn.',
    'problem.429': 'Quá nhiều yêu cầu; hãy chờ một chút rồi thử lại.',
    'problem.other': 'Không thực hiện được yêu cầu.',
    passInvalid: 'Giấy qua cửa khẩu không hợp lệ: mã không do hệ thống cấp hoặc đã bị sửa. Không cho xe qua theo giấy này.',
    passNotFound: 'Mã hợp lệ nhưng tờ khai không thuộc đơn vị của bạn.',
  },
  en: {
    title: 'Digital Border Gate', live: 'Live', signOut: 'Sign out', signInTitle: 'Sign in', keyLabel: 'Your API key',
    keyHint: 'The key is kept for this browser tab only and is forgotten when the tab closes.', signIn: 'Sign in',
    unit: 'Unit', scanLabel: 'Scan a pass', scanPlaceholder: 'Scan or type the code on a pass', open: 'Open',
    channel: 'Channel', any: 'All', 'channel.green': 'Green', 'channel.yellow': 'Yellow', 'channel.red': 'Red',
    gate: 'Gate', direction: 'Direction', 'direction.import': 'Import', 'direction.export': 'Export',
    arrivalFrom: 'Arriving from', arrivalTo: 'Arriving before', plate: 'Plate', arrival: 'Expected arrival', reference: 'Reference', status: 'Status',
    queueEmpty: 'No trucks in the queue.', more: 'Show more', close: 'Close', routing: 'Routing', goods: 'Goods',
    actions: 'Actions', referTo: 'Refer to a Control team', noReferral: 'No referral', checks: 'Check results',
    'check.documents': 'Documents', 'check.physicalInspection': 'Physical inspection', 'check.quarantine': 'Quarantine', 'check.feePaid': 'Fee paid',
    passed: 'Passed', failed: 'Failed', notRequired: 'Not required', note: 'Note',
    noActions: 'You have no action on this declaration in its current status.', printPass: 'Print the pass', history: 'History',
    back: 'Back', print: 'Print', passTitle: 'Border gate pass', passHint: 'The driver shows this code at the gate; the officer scans it to open the declaration.',
    open_work: 'Open work', declarant: 'Declarant', vehicleClass: 'Vehicle class', driver: 'Driver', trailer: 'Trailer', containers: 'Containers',
    kg: 'kg', declarationNo: 'Customs declaration', submittedAt: 'Submitted', queueUnit: 'In the queue of', referredTo: 'Referred to',
    badKey: 'The API key is not valid or has been revoked.', notOfficer: 'This console is for customs officers; this key is not an officer\'s.',
    done: 'Done: {action}. New status: {status}.', unreachable: 'The server cannot be reached; try again.',
    'problem.409': 'This action is no longer possible: the declaration is now “{status}”. The buttons now show what its status allows.',
    'problem.412': 'Another officer has just changed this declaration. It has been reloaded — review it and act again.',
    'problem.422': '“{action}” cannot be done yet:',
    'problem.403': 'You may not take this action on this declaration.',
    'problem.404': 'The declaration was not found, or it is not your unit\'s.',
    'problem.429': 'Too many requests; wait a moment and try again.',
    'problem.other': 'The request could not be done.',
    passInvalid: 'This pass is not valid: the code was not issued by the system or has been altered. Do not let the truck through on it.',
    passNotFound: 'The code is valid, but the declaration is not your unit\'s.',
  },
};

const statuses = {
  vi: { submitted: 'Đã khai báo', atGate: 'Đã đến cửa khẩu', inYard: 'Trong bãi', underInspection: 'Đang kiểm tra', cleared: 'Đã thông quan',
    exited: 'Đã qua cửa khẩu', held: 'Tạm dừng', rejected: 'Bị từ chối', cancelled: 'Đã hủy', turnedBack: 'Quay đầu' },
  en: { submitted: 'Submitted', atGate: 'At the gate', inYard: 'In the yard', underInspection: 'Under inspection', cleared: 'Cleared',
    exited: 'Exited', held: 'Held', rejected: 'Rejected', cancelled: 'Cancelled', turnedBack: 'Turned back' },
};

const actions = {
  vi: { confirmArrival: 'Xác nhận xe đến', confirmYardEntry: 'Xác nhận vào bãi', startInspection: 'Bắt đầu kiểm tra', clear: 'Thông quan',
    confirmExit: 'Xác nhận qua cửa khẩu', hold: 'Tạm dừng', release: 'Tiếp tục xử lý', reject: 'Từ chối', turnBack: 'Cho quay đầu', cancel: 'Hủy tờ khai',
    submit: 'Khai báo', amend: 'Sửa tờ khai' },
  en: { confirmArrival: 'Confirm arrival', confirmYardEntry: 'Confirm yard entry', startInspection: 'Start inspection', clear: 'Clear',
    confirmExit: 'Confirm exit', hold: 'Hold', release: 'Release', reject: 'Reject', turnBack: 'Turn back', cancel: 'Cancel declaration',
    submit: 'Submitted', amend: 'Amended' },
};

let language = sessionStorage.getItem('dbg.language') === 'en' ? 'en' : 'vi';

export const currentLanguage = () => language;

export function t(key, values = {}) {
  const text = words[language][key] ?? words.vi[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');
}

export const statusName = status => statuses[language][status] ?? status;
export const actionName = action => actions[language][action] ?? action;

export function setLanguage(next) {
  language = next === 'en' ? 'en' : 'vi';
  sessionStorage.setItem('dbg.language', language);
  applyTo(document);
}

/** Fills every element marked data-i18n (its text) or data-i18n-placeholder in the page. */
export function applyTo(root) {
  document.documentElement.lang = language;
  root.querySelectorAll('[data-i18n]').forEach(element => { element.textContent = t(element.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach(element => { element.placeholder = t(element.dataset.i18nPlaceholder); });
  const toggle = document.getElementById('language');
  toggle.textContent = language === 'vi' ? 'English' : 'Tiếng Việt';
  toggle.lang = language === 'vi' ? 'en' : 'vi';
}
