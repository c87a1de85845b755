// The words of a share: `占总支出的比重为` names its whole (总支出).
export const SHARE_LABEL = /占(.*?)的?(比重|比例|份额|比)?$/;

/** `占政府采购支出总额的比例分别为`: the whole's name without 的比例分别为. */
export const wholeNameOf = (named: string) => named.replace(/的?(比重|比例|份额)?(分别)?(为|是)?$/, '').replace(/的$/, '');
