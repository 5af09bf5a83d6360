// Passwords Vietnamese users choose most often (leaked-list studies and the
// usual suspects: love phrases, "mật khẩu", place names, keyboard runs with a
// letter). Stored accent-folded, lower case, without spaces, as
// password-policy.ts compares them; the English and international list comes
// from @zxcvbn-ts/language-common.
export const VIETNAMESE_COMMON_PASSWORDS: readonly string[] = [
  "matkhau", "matkhau1", "matkhau123", "matkhau123456", "matkhaumoi", "matkhaucuatoi", "doimatkhau",
  "anhyeuem", "anhyeuem1", "anhyeuem123", "anhyeuemnhieu", "anhyeuemmaimai", "emyeuanh", "emyeuanh123",
  "emyeuanhnhieu", "yeuem", "yeuanh", "yeuemmaimai", "toiyeuem", "toiyeuanh", "iloveyouvn", "anhnhoem",
  "motconvit", "concho", "conmeo", "meoconxinh", "baby123", "congchua", "hoangtu", "thienthan",
  "vietnam", "vietnam1", "vietnam123", "vietnam2024", "vietnam2025", "vietnam2026", "vietnamvodich",
  "toiyeuvietnam", "hanoi", "hanoi123", "hanoi12345", "toiyeuhanoi", "saigon", "saigon123", "hochiminh",
  "thanhhoa", "thanhhoa123", "danang", "haiphong", "nghean", "hue123",
  "123456789a", "123456789q", "123456789aa", "123456a", "123456aa", "123456abc", "123123a", "1234567890a",
  "a123456789", "a123456", "aa123456", "abc123456", "abc123456789", "qwerty123456", "qwertyuiop123",
  "asdfghjkl", "zxcvbnm", "zxcvbnm123", "1qaz2wsx3edc", "147258369", "159753", "147852369", "0987654321",
  "nguyen", "nguyen123", "nguyenvan", "tran123", "le123456", "pham123", "hoang123", "huong123",
  "dangbo", "dangbo123", "danguy", "danguy123", "chibo", "congdoan", "doanthanhnien", "quantri",
  "quantri123", "quantrivien", "admin123", "admin123456", "administrator", "khongbiet", "khongcomatkhau",
  "xinchao", "xinchao123", "chaoban", "tamgiac", "hoilamgi", "binhyen", "hanhphuc", "hanhphuc123",
  "giadinh", "giadinh123", "maimai", "maimaibennhau", "mangden", "conyeu", "bome", "yeume",
];
