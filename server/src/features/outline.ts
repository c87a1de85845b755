// The standard outlines of a 部门整体支出绩效自评报告, as data: the two skeletons the extension inserts
// (snippets/, the `jixiao.template` setting names them) and the provincial 提纲. Completion offers the section
// names of the one the document follows.
import type { NumberingStyle } from '../report/model';

export type TemplateName = 'arabic' | 'chinese';

export interface OutlineSection {
  title: string;
  children?: OutlineSection[];
}

export interface Outline {
  name: TemplateName;
  /** Numbering style of each heading level, level 1 first. */
  styles: NumberingStyle[];
  /** Whether its headings put a space after the marker (`1、 单位基本情况`, but `一、部门基本情况`). */
  spaced: boolean;
  sections: OutlineSection[];
}

/** The seed's outline: 1、 > （1） > 1. */
export const arabicOutline: Outline = {
  name: 'arabic',
  styles: ['arabic-dun', 'arabic-paren', 'arabic-dot'],
  spaced: true,
  sections: [
    {
      title: '单位基本情况',
      children: [{ title: '部门主要职责' }, { title: '人员编制情况' }],
    },
    {
      title: '预算支出及绩效情况',
      children: [
        {
          title: '部门预决算情况',
          children: [
            { title: '部门预算情况' },
            { title: '部门决算情况（含年中预算追加情况）' },
            { title: '“三公”经费执行情况' },
            { title: '政府采购执行情况' },
            { title: '资产管理情况' },
          ],
        },
        {
          title: '资金使用及绩效情况',
          children: [
            { title: '整体绩效目标支出情况' },
            { title: '整体绩效目标完成情况' },
            { title: '项目绩效目标支出完成情况' },
          ],
        },
      ],
    },
    { title: '存在的问题及改进措施' },
    { title: '其他需要说明的情况' },
  ],
};

/** The 一、（一） skeleton's outline (`jixiao.template`: chinese): 一、 > （一） > 1., no space after the markers. */
export const chineseOutline: Outline = {
  name: 'chinese',
  styles: ['chinese-dun', 'chinese-paren', 'arabic-dot'],
  spaced: false,
  sections: [
    {
      title: '部门基本情况',
      children: [{ title: '部门主要职责' }, { title: '人员编制情况' }],
    },
    {
      title: '预算收支及执行情况',
      children: [
        { title: '部门预算情况' },
        { title: '部门决算情况' },
        { title: '“三公”经费执行情况' },
        { title: '政府采购执行情况' },
        { title: '资产管理情况' },
      ],
    },
    {
      title: '部门整体支出绩效情况',
      children: [
        { title: '整体支出情况' },
        { title: '项目支出情况' },
        {
          title: '绩效目标完成情况',
          children: [{ title: '产出指标完成情况' }, { title: '效益指标完成情况' }, { title: '满意度指标完成情况' }],
        },
      ],
    },
    { title: '存在的问题及原因分析' },
    { title: '下一步改进措施' },
    { title: '其他需要说明的情况' },
  ],
};

/** The 一、（一） outline of the provincial template (湖南省部门整体支出绩效自评报告提纲). */
export const provincialOutline: Outline = {
  name: 'chinese',
  styles: ['chinese-dun', 'chinese-paren', 'arabic-dot'],
  spaced: true,
  sections: [
    {
      title: '部门基本情况',
      children: [{ title: '部门职能' }, { title: '机构设置及人员情况' }],
    },
    {
      title: '一般公共预算支出情况',
      children: [{ title: '基本支出情况' }, { title: '项目支出情况' }],
    },
    { title: '政府性基金预算支出情况' },
    { title: '国有资本经营预算支出情况' },
    { title: '社会保险基金预算支出情况' },
    {
      title: '部门整体支出绩效情况',
      children: [{ title: '经济性' }, { title: '效率性' }, { title: '效果性' }, { title: '公平性' }],
    },
    { title: '存在的问题及原因分析' },
    { title: '下一步改进措施' },
    { title: '部门整体支出绩效自评结果拟应用和公开情况' },
    { title: '其他需要说明的情况' },
  ],
};

export function outlineFor(name: TemplateName): Outline {
  return name === 'chinese' ? chineseOutline : arabicOutline;
}

export const outlines: Outline[] = [arabicOutline, chineseOutline, provincialOutline];
