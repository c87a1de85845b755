// Whether a figure's name says it was spent (决算, 实际支出) or budgeted (预算): shared by the rules that pair the two.
// `一般公共预算财政拨款“三公”经费支出预算为3万元，支出决算为1.71万元`: the name of a fund is no budget figure.
// (`动用预算稳定调节基金264.3亿元`, rh3-guangzhou-ysw-2021: a fund's name too, no budget of the spending.)
const FUND = /一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算|社保基金预算|预算内|预算外|预算单位|部门预算|预算稳定调节基金|预算周转金/g;
const ACTUAL = /决算|实际支出|执行数|支出数|已支出|实际执行|支出$|支出(金额|总额)/;
/** A spent amount (`支出决算`, `“三公”经费支出`) rather than a budget, by its name. */
export const isActual = (l: string) => ACTUAL.test(l.replace(FUND, '')) && !/预算$|预算(数|为|总额|安排)$/.test(l.replace(FUND, ''));
export const isBudget = (l: string) => /预算/.test(l.replace(FUND, '')) && !/决算|执行|结余|完成/.test(l.replace(FUND, ''));
