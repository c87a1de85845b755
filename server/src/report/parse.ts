// TEMPORARY stub until the parser lands.
import type { Report } from './model';
import { computeLineStarts } from './lines';
export function parseReport(text: string, format: 'txt' | 'md'): Report {
  return { text, format, headings: [], sections: [], paragraphs: [], tables: [], lineStarts: computeLineStarts(text) };
}
