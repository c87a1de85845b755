// A relation's formula for display: the numbers alone (`362 ÷ 487.4`) from the core's labelled formula
// (`在用资产 362 ÷ 固定资产账面原值 487.4`), and the computed value rounded as the stated figure is printed.
import type Decimal from 'decimal.js';
import type { Check } from '../report/model';
import { plain } from './amounts';

// A number stands after a space, an operator or a bracket, and before a space, a unit or a closing bracket;
// digits inside a label (`2023年`) do not.
const TOKEN =
  /（共\s*\d+\s*项）|(?<![\d.,\w])[-−]?\d[\d,]*(?:\.\d+)?(?:%|万元|亿元|元|倍|人|个|家|项)?(?=$|[\s)）（(+−×÷=]|…)|[+−×÷()（）…]|(?<=\s)-(?=\s)/g;

/** `人员经费 340.33 + 日常公用经费 71.05` → `340.33 + 71.05`; the formula unchanged when it has no operator. */
export function numericFormula(formula: string): string {
  const tokens = formula.match(TOKEN) ?? [];
  if (!tokens.some((t) => /^[+−×÷-]$/.test(t))) return formula;
  let out = '';
  for (const tok of tokens) {
    if (out === '' || /^[(（]$/.test(out.slice(-1)) || /^[)）]$/.test(tok) || tok.startsWith('（共')) out += tok;
    else out += ` ${tok}`;
  }
  // The brackets of a label (`因公出国（境）费`) are not the formula's.
  return out.replace(/[（(]\s*[）)]\s*/g, '').trim();
}

/** Decimals to show a computed value with: as many as the stated figure, and at least two. */
export function displayDecimals(check: Check): number {
  return Math.max(check.stated.decimals, 2);
}

/** The computed value rounded for display, without trailing zeros: 74.2716… → `74.27`, 100 → `100`. */
export function computedText(check: Check): string {
  return trimmed(check.computed, displayDecimals(check));
}

export function trimmed(d: Decimal, decimals: number): string {
  return plain(d.toDecimalPlaces(decimals));
}
