// Snippet bodies as a user sees them after pressing Tab through every stop without typing: each placeholder
// replaced by its default (a choice by its first option), each mirror by its placeholder's default.

export interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
  isFileTemplate?: boolean;
}

export function bodyText(snippet: Snippet): string {
  return Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
}

const placeholder = /\$\{(\d+):([^{}$]*)\}/g;
const choice = /\$\{(\d+)\|([^|]*)\|\}/g;
const mirror = /\$(\d+)|\$\{(\d+)\}/g;

/** Stop number → default text, from `${n:default}` and `${n|first,…|}`. */
export function defaults(body: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of body.matchAll(placeholder)) if (!out.has(Number(m[1]))) out.set(Number(m[1]), m[2]);
  for (const m of body.matchAll(choice)) if (!out.has(Number(m[1]))) out.set(Number(m[1]), m[2].split(',')[0]);
  return out;
}

/** Mirrors (`$3`, `${3}`) that name a stop with no placeholder anywhere; `$0` (the final cursor) is fine. */
export function danglingMirrors(body: string): number[] {
  const known = defaults(body);
  const out: number[] = [];
  for (const m of body.matchAll(mirror)) {
    const n = Number(m[1] ?? m[2]);
    if (n !== 0 && !known.has(n)) out.push(n);
  }
  return out;
}

export function expand(body: string): string {
  const known = defaults(body);
  return body
    .replace(placeholder, (_, n: string, d: string) => d)
    .replace(choice, (_, n: string, c: string) => c.split(',')[0])
    .replace(mirror, (_, a: string | undefined, b: string | undefined) => known.get(Number(a ?? b)) ?? '');
}
