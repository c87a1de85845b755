// The standard tables of a 部门整体支出绩效自评报告: their columns and row labels. Completion inside a table
// offers the row labels; the extension's table snippets mirror the columns.

export interface StandardTable {
  name: string;
  columns: string[];
  /** Row labels in the order they appear (child rows with their `其中：`). */
  rows: string[];
  /** Labels that may appear more than once (小计 closes each group). */
  repeatable?: string[];
}

/** 整体绩效目标支出情况: the seed's table 1. */
export const overallExpenditureTable: StandardTable = {
  name: '整体支出',
  columns: ['类别', '年初预算', '预算调整', '调整后预算', '决算支出', '年末结余'],
  rows: ['基本支出', '其中：人员经费', '日常公用经费', '项目支出', '合计'],
};

/** 项目绩效目标支出完成情况: the seed's table 2. */
export const projectExpenditureTable: StandardTable = {
  name: '项目支出',
  columns: ['序号', '项目类别', '项目名称', '年初预算', '调整', '可执行预算', '支出金额', '执行率', '超支（+）/结余（-）', '备注'],
  rows: ['小计', '合计'],
  repeatable: ['小计'],
};

export const standardTables: StandardTable[] = [overallExpenditureTable, projectExpenditureTable];
