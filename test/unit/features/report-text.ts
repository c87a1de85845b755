// Small in-memory reports for the feature tests, written as a user would, and a helper to find offsets.
import { analyze } from '../../../server/src/analyze';
import type { Analysis } from '../../../server/src/report/model';

export function report(lines: string[], format: 'txt' | 'md' = 'txt'): Analysis {
  return analyze(lines.join('\n'), { format });
}

/** Offset of the `nth` occurrence of `needle`, plus `shift`. */
export function offsetOf(text: string, needle: string, shift = 0, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`not found: ${needle}`);
  }
  return at + shift;
}

export const budgetReport = [
  '2023年度部门整体支出绩效自评报告',
  '',
  '1、 单位基本情况',
  '',
  '（1） 部门主要职责',
  '',
  '负责园区的规划、建设和管理。',
  '',
  '2、 预算支出及绩效情况',
  '',
  '（1） 部门预决算情况',
  '',
  '1. 部门预算情况',
  '',
  '2023年年初预算安排支出428.37万元，其中：基本支出412.87万元，项目支出15.5万元。',
  '',
  '2. 部门决算情况（含年中预算追加情况）',
  '',
  '2023年决算总支出47281.07万元，其中：基本支出344.12万元，占总支出的0.73%；项目支出46936.95万元，占总支出的99.27%。',
  '',
  '3. “三公”经费执行情况',
  '',
  '2023年“三公”经费预算数2万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费1万元，公务接待费2万元。',
  '',
  '4. 资产管理情况',
  '',
  '截至2023年12月31日，固定资产账面原值487.4万元，在用资产362万元，资产使用率79.4%。',
];

export const tableReport = [
  '2023年度部门整体支出绩效自评报告',
  '',
  '1、 整体绩效目标支出情况                            单位：万元',
  '',
  '\t类     别',
  '\t年初预算',
  '\t预算调整',
  '\t调整后预算',
  '\t决算支出',
  '\t年末结余',
  '',
  '\t基本支出',
  '\t411.38',
  '\t-67.26',
  '\t344.12',
  '\t344.12',
  '\t0',
  '',
  '\t其中：人员经费',
  '\t340.33',
  '\t-53.6',
  '\t286.73',
  '\t286.73',
  '\t0',
  '',
  '\t日常公用经费',
  '\t71.05',
  '\t-13.66',
  '\t57.39',
  '\t57.39',
  '\t0',
  '',
  '\t项目支出',
  '\t15.5',
  '\t46921.45',
  '\t46936.95',
  '\t46936.95',
  '\t0',
  '',
  '\t合    计',
  '\t426.88',
  '\t46854.19',
  '\t47281.07',
  '\t47281.07',
  '\t0',
  '',
  '2、 存在的问题及改进措施',
  '',
  '无。',
];
