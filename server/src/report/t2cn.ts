// OpenCC's traditional → simplified converter (opencc-js, the t2cn build: ~190 KB of tables), a bundle of its own
// (dist/t2cn.js, see esbuild.mjs): required by simplified.ts on the first traditional text only, so the language
// server starts without it.
import * as OpenCC from 'opencc-js/t2cn';

export function traditionalToSimplified(): (text: string) => string {
  return OpenCC.Converter({ from: 'tw', to: 'cn' });
}
