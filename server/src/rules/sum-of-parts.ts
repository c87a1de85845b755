// 其中 lists: two or more parts make up the whole (Σ parts = total); a single part, or a list that may be
// partial (主要包括…等), only has to stay within the total.
import Decimal from 'decimal.js';
import type { Clause, Operand, Quantity } from '../report/model';
import { t } from '../l10n';
import { bracketParts } from './bracket-parts';
import { changeReasons } from './change-reasons';
import { datedParts } from './dated-parts';
import { measuredParts, sanGongItems } from './measured-parts';
import { countedItems } from './counted-items';
import { fmt, moneyDecimals, visibleDecimals } from './format';
import { canBeAtMost, intervalOf, overlaps, sum, type Interval } from './interval';
import { partLists, unitFactor, type PartList } from './prose-lists';
import { coveringIdentity, IDENTITIES, identityName } from './identities';
import { relation } from './relation';
import { decimalSum } from './scaled';
import type { Rule } from './rule';
import { namedCounts } from './named-count';
import { misread } from './overrun';
import { partsUnitSlip } from './parts-unit-slip';

export function operandOf(q: Quantity, label = q.label): Operand {
  return { label, value: q.value, unit: q.unit, span: q.span };
}

export function partsInterval(parts: Quantity[], unit: string): Interval {
  return sum(parts.map((q) => (q.coarse && q.value.isZero() ? zeroRounded(q, unit) : intervalOf(q, unitFactor(q.unit, unit)))));
}

/**
 * A part printed 0 in a text rounded to whole units stands for no less than 0: `因公出国（境）费0万元` is [0, 0.5], not
 * [−0.5, 0.5] (a helper's 三公 probe: 41 against 0 + 28 + 15 looked like rounding).
 */
function zeroRounded(q: Quantity, unit: string): Interval {
  const iv = intervalOf(q, unitFactor(q.unit, unit));
  return { lo: new Decimal(0), hi: new Decimal(iv.hi.toString()) };
}

export function partsValue(parts: Quantity[], unit: string): Decimal {
  return decimalSum(
    parts.map((q) => q.value),
    parts.map((q) => unitFactor(q.unit, unit)),
  );
}

/** `人员经费 340.33 + 日常公用经费 71.05`; a part in another unit than the total shows its unit. */
export function partsFormula(parts: Quantity[], unit: string): string {
  return parts.map((q) => `${q.label ? q.label + ' ' : ''}${q.raw}${q.unit === unit ? '' : q.unit}`).join(' + ');
}

export const sumOfParts: Rule = {
  id: 'sum-of-parts',
  severity: 'error',
  description: '“其中”所列各部分之和不超过前面的总数；已知列全时（基本支出 + 项目支出、“三公”三项、以“其他”收尾、男女）应等于总数',
  example: '“三公”经费预算数2万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费1万元，公务接待费2万元。',
  run(report, out) {
    // `设9个内设机构,分别为:…` with eight names: a count against the names listed.
    namedCounts(report, out);
    // `2016年…预算拨入33万元,2015年…57.55万元…其中:1、公务接待费2016年预算8万元,2015年预算12.5万元…`: items by year.
    datedParts(report, out);
    // `“三公”经费…支出预算为38万元，支出决算为29.53万元，其中：因公出国（境）费支出预算为0万元，支出决算为0万元；…`.
    measuredParts(report, out);
    // `共涉及项目7个，资金1276.95万元，分别为：A项目（99.70万元）、…`: as many bracketed amounts as the count says.
    countedItems(report, out);
    // `4558万元(新增一般债券11,488万元,再融资债券33,670万元)`: amounts in brackets may not exceed the amount before them.
    bracketParts(report, out);
    // `收入较去年增加95.20万元,主要是…增加165.82万元,…减少150.16万元`: the reasons' changes against the change.
    changeReasons(report, out);
    const twins = listsByNames(partLists(report));
    for (const list of partLists(report)) {
      const { total, parts } = list;
      // (`在职人员39人，其中：中共党员31人，大学本科及以上学历34人，副高级以上职称9人`: kinds that overlap, no split.)
      if (repeatsALabel(parts) || extrasAfterWhole(total, parts) || parts.every((p) => ATTRIBUTE.test(p.label))) continue;
      // `…支出决算为15.08万元，其中：公务接待费支出预算为8.00万元，支出决算为5.23万元`: an item's budget and what it spent,
      // no two parts (measured-parts.ts reads such lists item by item).
      if (parts.some((p) => /预算(数|金额)?(为|是)?$/.test(p.label)) && parts.some((p) => /决算(数|金额)?(为|是)?$/.test(p.label))) continue;
      const unit = total.unit;
      const expected = partsInterval(parts, unit);
      const computed = partsValue(parts, unit);
      // (A count in 万人次 or 万亩 keeps its printed places: `相差 0.51万人次`, not `1万人次`.)
      const decimals = total.kind === 'count' ? (/^[万亿]/.test(total.unit) ? Math.max(total.decimals, ...parts.map((p) => p.decimals)) : 0) : moneyDecimals(...parts.map((p) => p.decimals), total.decimals);
      const operands = parts.map((q) => operandOf(q));
      const formula = partsFormula(parts, unit);
      const label = total.label || t('总数');
      // (Counts of people are exact and small: `编制人数为6人,其中行政4人,行政工勤1人,事业6人` is 11, a slip, not a misreading
      // (rc-chengdong-huochezhan-2017).)
      if (partsUnitSlip(out, total, parts, label)) continue;
      // (Not the three 三公 items under the 三公 total, each named once (sa-huaiyuan-xuwei-2020: `“三公”经费支出预算为11.52万元…
      // 其中:…0万元,…11.52万元,…35万元`): an identity's parts under its own total are no list read wrongly, however far over.)
      if (misread(computed, total.value) && !staffTemplate(total, parts) && !(total.kind === 'count' && /^(人|名)$/.test(total.unit)) && !ownIdentity(total, parts)) continue;
      // `行政编制12名。其中:局长1名,副局长2名,…股长(室主任)10名` (re-luding-nmj-2022): posts (职数) named under a
      // 编制 may be held together; they are no split of it (issue #10: `核定事业编制12名。其中，主任1名，副主任3名`).
      if (total.kind === 'count' && /编制/.test(total.label) && parts.some((p) => POST.test(p.label))) continue;
      // `实有人员:53人,其中财政供养在职人员53人,离退休人员13人` (ra-linfen-wuxiao-2017): a count whose one part is all of
      // it lists the others besides it, not in it.
      // But not the 决算 template's `年末实有人数157人,其中在职人员157人,离休人员0人,退休人员81人` (rg-shangyou-disanxx-2020),
      // whose 实有人数 is 在职 + 离休 + 退休 by definition.
      // (Only retirees listed besides: `编制人数为6人,其中行政4人,行政工勤1人,事业6人` (rc-chengdong-huochezhan-2017) has
      // kinds of posts that cannot add up to more than the 编制.)
      if (total.kind === 'count' && parts.length >= 2 && computed.gt(total.value) && !staffTemplate(total, parts)) {
        const all = parts.find((p) => p.value.eq(total.value));
        if (all && parts.every((p) => p === all || /离|退/.test(p.label))) continue;
      }
      if (parts.length >= 2 && !list.partial && (list.closed || (isExhaustive(parts, list.clauses, total) && !carriedOver(total, parts)) || kindsCounted(list) || twinAddsUp(list, twins) || !canBeAtMost(expected, intervalOf(total)))) {
        relation(out, {
          ruleId: 'sum-of-parts',
          stated: total,
          label,
          operands,
          formula,
          computed,
          expected,
          decimals,
          unit,
        });
        continue;
      }
      // `预计短收69190万元,其中税收收入短收76180万元` (ru-liandu-czj-2022): a net change of a whole some of whose parts may
      // move the other way (非税收入 超收) may be exceeded by one part.
      if (NET_CHANGE.test(total.label)) continue;
      // A single part, a possibly partial list, or parts that may leave some out (`编制12名。其中，主任1名，副主任
      // 3名`): they may not exceed the total.
      const holds = canBeAtMost(expected, intervalOf(total));
      out.check({
        ruleId: 'sum-of-parts',
        target: total.span,
        targetLabel: label,
        stated: total,
        operands,
        formula,
        computed,
        unit,
        holds,
        bound: true,
      });
      if (holds) continue;
      const last = parts[parts.length - 1];
      out.report({
        span: parts.length === 1 ? last.span : total.span,
        severity: 'warning',
        message: t(
          '“其中”所列 {0} 合计 {1}，超过了总数 {2} {3}，相差 {4}',
          formula,
          fmt(computed, decimals) + unit,
          label,
          total.raw + unit,
          fmt(computed.sub(total.value), visibleDecimals(computed.sub(total.value), decimals)) + unit,
        ),
        related: [{ span: total.span, message: `${label} ${total.raw}${unit}` }, ...operands.filter((o) => o.span).map((o) => ({ span: o.span!, message: `${o.label} ${o.value}${o.unit}` }))],
      });
    }
  },
};

/**
 * Parts named in pairs are no decomposition: `采购计划金额A，实际采购金额B；采购计划金额C，实际采购金额D` pairs plan and
 * outcome by item, and a table flattened into a line (`支出 0 年初预算 0 差值 0 …`) repeats its column names. Two
 * names that each come back make the pattern; one name twice may be periods or batches (`1月至6月支出`, `7月至12月
 * 支出`), which are parts.
 */
function repeatsALabel(parts: Quantity[]): boolean {
  // `因公出国(境)费2.94亿元,镌汰3.7亿元;公务用车购置及运行费24.72亿元,镌汰18.89亿元;…`: every second figure named the
  // same (a word for the item's change) pairs each item with something else; no decomposition.
  // (Not bare amounts after 分别为, `85万元、62.3万元、40万元、28.7万元`, a helper's 自评 probe: no name is no name repeated.)
  if (parts.length >= 4 && parts.length % 2 === 0 && parts[1].label !== '' && parts.every((q, i) => i % 2 === 0 || q.label === parts[1].label)) return true;
  const seen = new Set<string>();
  const repeated = new Set<string>();
  // The measure a label ends with (`货物类采购计划金额` → 计划金额): what is paired is the measure, per item.
  const measures = parts.map((q) => q.label.replace(/[\s|：:，,、]/g, '').slice(-4));
  for (const label of measures) {
    if (seen.has(label)) repeated.add(label);
    seen.add(label);
  }
  if (repeated.size < 2) return false;
  // Measures that come round again in the same order, item after item (计划金额, 实际金额, 计划金额, 实际金额…) —
  // not kinds of one thing that happen to share endings (`森林抚育补贴资金、造林补贴资金、保护区补助资金、湿地补助资金…`,
  // rd2-heilongjiang-lyt-2016).
  for (let period = 2; period * 2 <= measures.length; period++) {
    if (measures.every((m, i) => i + period >= measures.length || m === measures[i + period])) return true;
  }
  return false;
}

/** What was carried in from last year: `年初结转和结余`, `上年结转`. */
const CARRIED_IN = /^[\s\u3000]*(年初|上年)结转/;

/** Staff counted beside a 编制, not in it: hired, seconded, temporary, or a cap on them (控制数). */
const OUTSIDE_STAFF = /控制数|编外|聘用|临聘|临时|借调|劳务派遣/;

/** Kinds that cut across a split (members, degrees, titles, new cars, boarding schools): no part of it. */
const ATTRIBUTE = /党员|学历|本科|研究生|硕士|博士|职称|高级|中级|少数民族|女性|女职工|新能源|寄宿|新增|新建|新购|青年|岁以下|岁以上|退役|残疾/;

/**
 * `基本支出965.07万元，其中：人员经费826.45万元，公用经费138.62万元，“三公”经费15.54万元` and `实有车辆2辆，其中：业务用车2辆，
 * 新能源汽车1辆` (a helper's 自评报告 probes): the first parts make the whole exactly and what follows is inside them (三公
 * in 公用经费, a new-energy car among them), no further part.
 */
function extrasAfterWhole(total: Quantity, parts: Quantity[]): boolean {
  const whole = intervalOf(total);
  for (let k = 1; k < parts.length; k++) {
    const rest = parts.slice(k);
    // (Parts of 0 after the others add nothing: the list adds up, nothing to set aside.)
    if (rest.every((p) => p.value.isZero())) return false;
    if (!overlaps(partsInterval(parts.slice(0, k), total.unit), whole)) continue;
    // Of what follows, a kind that cuts across the split, or the 三公 (inside 公用经费); or, counting, any part after two
    // other than 0 (`高中2所，初中8所，小学32所，幼儿园14所，寄宿制学校21所`). Not amounts of money in general: a total that
    // left out its last part (`上级补助收入3292万元,其中:…960…4…2328…,上级补助收入(基金)278万元`, re1-nanan-yinglongzhen-2019)
    // is a slip.
    // (And 机关运行经费, within 公用经费 as the 三公 are: a helper's 决算说明 probe.)
    // (And, counting staff, those outside the 编制 it counts: `人员编制总数95名,其中:…全额事业编制95名,聘用教师控制数4人`
    // (sc-wuzhou-sanzhong-2023).)
    // (Nor what was carried in, after the year's income that already makes the 收入合计: `收入合计1,283.94万元,…其中:财政拨款收入
    // 1,283.94万元,占100%,年初结转和结余7.96万元` (sn-gaoxinqu-zoumaxx-2020) — some reports count it in, this one beside.)
    const inside = rest.every((p) => ATTRIBUTE.test(p.label) || /三公|机关运行经费/.test(p.label) || (total.kind === 'count' && OUTSIDE_STAFF.test(p.label)) || (total.kind === 'money' && CARRIED_IN.test(p.label)));
    // (Not a closing 其他 part: `…执法执勤用车2辆，特种专业技术用车1辆，其他用车1辆` is one more kind.)
    const counted = total.kind === 'count' && parts.slice(0, k).filter((p) => !p.value.isZero()).length >= 2 && !rest.some((p) => /^(其他|其它|其余)/.test(p.label));
    if (!inside && !counted) continue;
    return rest.every((p) => canBeAtMost(intervalOf(p, unitFactor(p.unit, total.unit)), whole));
  }
  return false;
}

/** The lists by the names of their parts, in order (`村级组织运转|党小组长基本报酬|…`). */
function listsByNames(lists: PartList[]): Map<string, PartList[]> {
  const by = new Map<string, PartList[]>();
  for (const l of lists) {
    if (l.parts.length < 2 || l.parts.some((p) => !p.label)) continue;
    const key = l.parts.map((p) => p.label).join('|');
    const same = by.get(key);
    if (same) same.push(l);
    else by.set(key, [l]);
  }
  return by;
}

/**
 * `申请预算资金2026400元,其中村级组织运转400000元,…` and `完成预算资金1329120.67元,其中村级组织运转439120.67元,…`
 * (zp-guichi-tangxi-cunji-2022): the same items, in the same order, adding up exactly to another total in the
 * same paragraph, are all of it — so they are all of this total too.
 */
function twinAddsUp(list: PartList, twins: Map<string, PartList[]>): boolean {
  const key = list.parts.map((p) => p.label).join('|');
  return (twins.get(key) ?? []).some(
    (other) => other !== list && other.paragraph === list.paragraph && !other.partial && overlaps(partsInterval(other.parts, other.total.unit), intervalOf(other.total)),
  );
}

/** A post, not a kind of staff: 局长, 副主任, 股长(室主任), 农艺师, 书记. */
const NET_CHANGE = /(短收|超收|减收|增收|短支|超支|增加|减少|调增|调减|追加|追减|压减|核减)(额|数)?$/;
const POST = /(长|主任|师|书记|委员|职数)[)）]?$|长[(（]/;

const COUNTED = /(两|二|三|四|五|六|七|八|九|十|\d{1,2})(大类|类|个部分|部分|个项目|个方面)/;
const COUNTS: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * `主要有部门预算项目支出、专项预算支出二类支出,项目资金总预算为2455.5万元,其中部门预算项目支出87.5万元,专项预算
 * 支出2350万元` (zz-mianyang-kjj-2021): the sentence says how many kinds there are, and the list names that many.
 */
function kindsCounted(list: PartList): boolean {
  const clauses = list.sentence.clauses;
  const at = clauses.findIndex((c) => c.quantities.includes(list.total));
  if (at < 0) return false;
  const m = COUNTED.exec(clauses.slice(0, at + 1).map((c) => c.text).join('，'));
  return !!m && (COUNTS[m[1]] ?? Number(m[1])) === list.parts.length;
}

/**
 * `年末实有人数14人，其中在职人员13人，离休人员0人，退休人员0人` (bm-hcdw-dx-2020): the 决算 template's staff split.
 * (年末其他人员, 学生 are counted apart in that template: read only when they are 0.)
 */
function staffSplit(parts: Quantity[]): boolean {
  const staff = (p: Quantity) => /在职|离休|退休/.test(p.label);
  return (
    parts.every((p) => p.kind === 'count' && (staff(p) || (/其他人员|学生/.test(p.label) && p.value.isZero()))) &&
    parts.some((p) => /在职/.test(p.label)) &&
    parts.some((p) => /离休|退休/.test(p.label))
  );
}

/** The template's own words: 实有人数 split into 在职人员, 离休人员 and 退休人员 each named. */
function staffTemplate(total: Quantity, parts: Quantity[]): boolean {
  return /实有人数$/.test(total.label) && staffSplit(parts) && parts.some((p) => /^离休/.test(p.label)) && parts.some((p) => /^退休/.test(p.label));
}

/**
 * `本部分的收入总计6,838.97万元，其中财政拨款收入…，事业收入…，非同级财政拨款预算收入…，其他收入585.90万元`
 * (rq-chongqing-gongyejixiao-2020): a 收入总计 (支出总计) holds the 年初 (年末) 结转和结余 besides this year's income
 * (spending); kinds of income closed by 其他收入 are all of 本年收入, not of the 总计, unless a 结转 part is listed.
 */
function carriedOver(total: Quantity, parts: Quantity[]): boolean {
  return /(收入|支出)总计$/.test(total.label) && !parts.some((p) => /结转|结余/.test(p.label));
}

/**
 * `公务用车购置及运行维护费支出4.02万元。其中:` / `公务用车购置支出0万元` / `公务用车运行维护支出0万元` (jz-xundian-tangzi-2023):
 * the two halves of 公务用车购置及运行维护费, listed alone, are all of it. (Not an identity: some reports put 其他交通
 * 工具购置 and 其他交通费 under it too, sg-yueyang-2016.)
 */
function carBuyAndRun(a: string, b: string): boolean {
  return /^(公务用车)?购置(费|支出|费支出)$/.test(a) && /^(公务用车)?运行(维护)?(费|支出|费支出)$/.test(b);
}

/**
 * Parts an identity makes all of their whole — unless the whole is named as another identity's total:
 * `本年支出合计15862.4万元，其中人员经费…、公用经费…` (a helper's 教育 probe) names 基本支出's parts under 总支出, whose
 * 项目支出 the sentence leaves out.
 */
function coveredByIdentity(parts: Quantity[], total: Quantity): boolean {
  const id = coveringIdentity(parts.map((p) => p.label));
  if (!id) return false;
  const whole = identityName(total.label);
  return id.total.test(whole) || !IDENTITIES.some((other) => other !== id && other.total.test(whole));
}

/**
 * Parts known to be all of their total (issue #10, domain.md): an identity's parts (基本支出 + 项目支出, the three
 * 三公 items), a list closed by 其他/其余, or 男 and 女. Parts that fall short of the total are a slip only then;
 * real reports often name only some parts (`项目21个，其中，本级项目8个，下属单位项目5个`).
 */
function isExhaustive(parts: Quantity[], clauses: Clause[], total: Quantity): boolean {
  // (`因公出国（境）费0万元；公务用车运行维护费12.31万元，公务用车购置费21.16万元；公务接待费0.26万元`: the 三公 with the car's
  // two halves apart.)
  if (coveredByIdentity(parts, total) || (parts.length === 4 && sanGongItems(parts.map((p) => p.label)))) return true;
  const last = parts[parts.length - 1];
  // (Not an item of the classification named 其他… — `其他交通费用`, `其他社会保障缴费`, `其他政府办公厅（室）及相关机构事务
  // 支出` (helpers' 决算说明 and 乡镇 probes): one item of many, not the rest — unless it is the rest of the whole's own name,
  // `其他商品和服务支出` under 商品和服务支出.)
  const opening = clauses.find((c) => c.quantities.includes(last))?.text.replace(/^[\s\u3000]*/, '') ?? '';
  const rest = /^(其他|其它|其余|剩余|余下)/.test(last.label) ? last.label : /^(其他|其它|其余|剩余|余下)/.test(opening) ? opening.replace(/[\d.,，]+.*$/, '') : '';
  if (rest && theRest(rest.replace(/^(其他|其它|其余|剩余|余下)/, ''), total.label)) return true;
  if (staffSplit(parts)) return true;
  if (parts.length !== 2) return false;
  const [a, b] = parts.map((p) => p.label);
  return (/^(男|男性|男职工)$/.test(a) && /^(女|女性|女职工)$/.test(b)) || centralAndLocal(a, b) || carBuyAndRun(a, b);
}

/** After 其他/其余: the rest of the whole, not an item of a classification named so. */
function theRest(name: string, whole: string): boolean {
  const bare = name.replace(/(为|是|共|合计)$/, '');
  // (The whole's own name after 其他 is the rest of it — unless it names a category of spending, whose 其他… is one
  // item of the classification: `其他农林水支出` under 农林水支出 among the 款 of 213, `其他商品和服务支出` (30299) — a
  // helper's whole 自评报告s.)
  return bare.length <= 2 || /^(各项|其他)?(支出|收入|资金|费用|经费|项目|人员|单位|部分|方面|收入来源)$/.test(bare) || (bare.length <= 4 && /(收入|资金|支出)$/.test(bare)) || (whole.endsWith(bare) && !/.{3,}支出$/.test(bare));
}

/**
 * `其中:中央安排直达资金全市61.02亿元…;地方安排直达资金13.78亿元` (jx-fuzhou-zdzj-2021): the same funds of 中央 and of
 * 地方 are all of them. Only when both name the same thing after 中央/地方 (`中央财政补助` and `地方配套` may leave
 * out 自筹).
 */
function centralAndLocal(a: string, b: string): boolean {
  const m = /^(中央|地方)(.{2,})$/.exec(a);
  const n = /^(中央|地方)(.{2,})$/.exec(b);
  if (!m || !n || m[1] === n[1]) return false;
  const common = [...m[2]].findIndex((c, i) => n[2][i] !== c);
  return (common < 0 ? Math.min(m[2].length, n[2].length) : common) >= 2 && !/配套|自筹/.test(a + b);
}

/** Whether the parts are an identity's, one each, under that identity's own total. */
function ownIdentity(total: Quantity, parts: Quantity[]): boolean {
  const id = coveringIdentity(parts.map((q) => q.label));
  return !!id && id.total.test(identityName(total.label));
}
