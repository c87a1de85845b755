// The words of a share: `占总支出的比重为` names its whole (总支出).
export const SHARE_LABEL = /占(.*?)的?(比重|比例|份额|比)?$/;

/** `占政府采购支出总额的比例分别为`: the whole's name without 的比例分别为. */
export const wholeNameOf = (named: string) => named.replace(/的?(比重|比例|份额)?(分别)?(为|是)?$/, '').replace(/的$/, '');

/**
 * `公务用车平台运行经费在项目支出中占比18.43%`: the whole named between 在 and 中 — the label as `…占项目支出的比重` reads it.
 * (Only a whole named so; a bare `占比` keeps the list's total.)
 */
export const asShareOf = (label: string) => label.replace(/在([^在中，,。；;]{2,20}?)中(所)?占(比重|比例|比)?(为|是|达)?$/, '占$1的比重');
