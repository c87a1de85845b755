// The page numbers PDF text carries between its lines: `—23—`, `- 4 -`, `第 3 页`, `第3页 共25页`, `3/25`. On a
// line of their own they are no figure of the report, and a sentence split by one goes on after it.
// (Also `第5页/共18页`, `Page 3`, `·3·` — a helper's long-document probes.)
const PAGE_LINE = [
  /^\s*[-—–－―]+\s*\d{1,4}\s*[-—–－―]+\s*$/,
  /^\s*第\s*\d{1,4}\s*页\s*([，,\/／]?\s*共\s*\d{1,4}\s*页)?\s*$/,
  /^\s*\d{1,4}\s*[\/／]\s*\d{1,4}\s*$/,
  /^\s*[Pp]age\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?\s*$/,
  /^\s*[·•]\s*\d{1,4}\s*[·•]\s*$/,
  // (`宣威市民政局2023年度部门整体支出绩效自评报告        第 3 页 共 6 页`: the running title and the page count on one
  // line, as a PDF's footer prints them — a helper's -layout probe.)
  /^[^。；;，,]{2,80}?[\s\u3000]{2,}第\s*\d{1,4}\s*页\s*[，,\/／]?\s*共\s*\d{1,4}\s*页\s*$/,
];

/** What each of PAGE_LINE's forms ends with (before blanks): a digit, a dash, 页 or a dot. */
const PAGE_LINE_END = /[\d\-—–－―页·•]/;

export function isPageNumber(line: string): boolean {
  // (Most lines end otherwise — prose on 。，, a cell on its word — and are passed without trying each form.)
  const t = line.trimEnd();
  return PAGE_LINE_END.test(t.charAt(t.length - 1)) && PAGE_LINE.some((re) => re.test(line));
}

/**
 * A table of contents entry: a title, a dot leader and its page number (`一、主要职能………3`, also two entries run
 * together by a PDF reader: `三、人员构成情况……4第二部分…5`). No heading of the outline and no figure.
 */
const CONTENTS_ENTRY = /[.．·…。]{4,}[\s\u3000]*\d{1,4}[\s\u3000]*$/;

// `第一部分  部门概况.........................` / `..........2`: an entry whose leader runs on to the next line, its page
// number there (a helper's plain-pdftotext probe) — no title ends on a leader.
const LEADER_END = /[.．·…]{6,}[\s\u3000]*$/;

export function isContentsEntry(line: string): boolean {
  return CONTENTS_ENTRY.test(line) || LEADER_END.test(line);
}
