// Every rule, in the order they run: where two rules flag the same figure, the earlier one's finding stands.
import type { Rule } from './rule';

export const rules: Rule[] = [];
