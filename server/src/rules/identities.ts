// The accounting identities of domain.md: a total and the parts that make all of it. identity.ts checks them
// wherever they are stated together; sum-of-parts takes a 其中 list of exactly these parts as exhaustive.
export interface Identity {
  name: string;
  /** Where the terms are looked for first; the paragraph is tried when no sentence holds them all. */
  scope: 'sentence';
  total: RegExp;
  parts: RegExp[];
  /** Amounts that, named beside the parts, are more of the total: the identity does not hold there. */
  besides?: RegExp;
}

export const IDENTITIES: Identity[] = [
  { name: '资产总额 = 负债总额 + 净资产', scope: 'sentence', total: /(资产总额|总资产|资产合计|资产总额合计)$/, parts: [/(负债总额|总负债|负债合计)$/, /净资产(总额|合计)?$/] },
  { name: '“三公”经费 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费', scope: 'sentence', total: /三公.{0,4}(经费|费用)?.{0,4}(预算数|决算数|支出|合计)?$/, parts: [/因公出国|^出国[(（]境/, /公务用车|^车辆(购置|运行)/, /公务接待/] },
  { name: '政府采购 = 货物 + 工程 + 服务', scope: 'sentence', total: /政府采购.{0,6}$/, parts: [/货物(类|采购)?(支出|预算)?$/, /工程(类|采购)?(支出|预算)?$/, /服务(类|采购)?(支出|预算)?$/] },
  { name: '总支出 = 基本支出 + 项目支出', scope: 'sentence', total: /(总支出|支出总额|支出合计|支出预算合计|支出预算总额)$/, parts: [/基本支出$/, /项目支出$/], besides: /(上缴上级|经营|对附属单位补助)支出$/ },
  { name: '基本支出 = 人员经费 + 公用经费', scope: 'sentence', total: /基本支出$/, parts: [/人员经费$/, /公用经费$/] },
  // The 财政拨款收入支出决算总表's totals: no 使用非财政拨款结余 nor 结余分配 there (a helper's 决算说明 slip probes).
  { name: '财政拨款收入总计 = 本年财政拨款收入 + 年初财政拨款结转和结余', scope: 'sentence', total: /财政拨款收入总计$/, parts: [/本年财政拨款收入(合计)?$/, /年初财政拨款结转和?结余$/] },
  { name: '财政拨款支出总计 = 本年财政拨款支出 + 年末财政拨款结转和结余', scope: 'sentence', total: /财政拨款支出总计$/, parts: [/本年财政拨款支出(合计)?$/, /年末财政拨款结转和?结余$/] },
  { name: '收入总计 = 本年收入 + 使用非财政拨款结余 + 年初结转和结余', scope: 'sentence', total: /收入总计$/, parts: [/本年收入(合计)?$/, /使用非财政拨款结余$/, /年初结转和结余$/] },
  { name: '支出总计 = 本年支出 + 结余分配 + 年末结转和结余', scope: 'sentence', total: /支出总计$/, parts: [/本年支出(合计)?$/, /结余分配$/, /年末结转和结余$/] },
  { name: '年末结转和结余 = 基本支出结转 + 项目支出结转和结余', scope: 'sentence', total: /结转和结余(资金)?$/, parts: [/基本支出结转$/, /项目支出结转和结余$/] },
];

/**
 * The label a figure's name ends with, for matching: `2023年基本支出` → itself; the regexes test the end. `人员经费支出`
 * names the 经费 (rc-huangzhong-qunjia-2015).
 */
export const identityName = (label: string) => label.replace(/[\s　]/g, '').replace(/(经费)支出$/, '$1');
const name = identityName;

/**
 * Whether `parts` are all of a whole by an identity, whatever the whole is called (年初预算安排支出, 决算总支出): each
 * identity part named by exactly one of them and nothing else listed (`…其中：基本支出…，项目支出…`).
 */
export function identityCovers(parts: string[]): boolean {
  return coveringIdentity(parts) !== undefined;
}

/** The identity whose parts these names are, one each. */
export function coveringIdentity(parts: string[]): Identity | undefined {
  return IDENTITIES.find((id) => parts.length === id.parts.length && id.parts.every((re) => parts.filter((p) => re.test(name(p))).length === 1));
}
