// What readers type into search, against the bench's generated content
// (tests/bench/load.ts): accented and not, one word and several, some
// matching tens of thousands of the 100,000 items, some a few hundred, one
// số/ký hiệu. Counts are on the bench data (all matches / title or lead).
export const SEARCH_QUERIES: readonly string[] = [
  "theo gương Bác", // 23,000 / 1,000
  "theo guong bac", // the same, typed without accents
  "Đảng ủy", // 82,500 / 13,250, and the issuer of all 2,000 documents
  "chuyen doi so", // 78,000 / 8,250
  "thanh niên", // 14,000 / 6,750
  "kế hoạch tuyên truyền", // 21,000 / 250, and 2,000 documents
  "cải cách hành chính", // 5,000 / 3,000
  "bạc", // 59,750 items with "bác", none with "bạc"
  "hiến máu", // 23,000 / 500
  "35-NQ/TW", // a resolution's number
];
