// Every rule, in the order they run: where two rules flag the same figure, the earlier one's finding stands
// (the more specific reading first: a cell's kind before its row formula, a 其中 list before an identity).
import { columnKind } from './column-kind';
import { comparisonWord } from './comparison-word';
import { reportYearRule } from './report-year';
import { placeholder } from './placeholder';
import { difference } from './difference';
import { growth } from './growth';
import { headingNumbering } from './heading-numbering';
import { identity } from './identity';
import { multiple } from './multiple';
import { rate } from './rate';
import type { Rule } from './rule';
import { sameFigure } from './same-figure';
import { score } from './score';
import { share } from './share';
import { shareTotal } from './share-total';
import { sumOfParts } from './sum-of-parts';
import { tableBlankAdjustment } from './table-blank-adjustment';
import { tableRowFormula } from './table-row-formula';
import { tableTotal } from './table-total';

export const rules: Rule[] = [
  headingNumbering,
  columnKind,
  tableRowFormula,
  tableBlankAdjustment,
  tableTotal,
  score,
  sumOfParts,
  identity,
  share,
  shareTotal,
  difference,
  growth,
  multiple,
  rate,
  comparisonWord,
  reportYearRule,
  sameFigure,
  placeholder,
];
