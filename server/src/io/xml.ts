// A small element tree (in document order), enough to walk Office Open XML parts: elements, attributes, text
// (CDATA as text; the five named entities and numeric character references decoded); declarations, processing
// instructions, comments and DOCTYPE skipped. Written for speed on large parts (a 2 MB document.xml): one pass
// with indexOf and sticky regular expressions, the tree built as it goes. Not a validating parser: a malformed
// part gives a partial tree, never an exception.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const entity = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|([a-zA-Z]+));/g;

function decode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(entity, (m, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name !== undefined) return named[name] ?? m;
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

const tagName = /[^\s/>]+/y;
const attribute = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

export function parseXml(bytes: Uint8Array | string): XmlElement {
  const text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8').decode(bytes);
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let top = root;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const stop = lt === -1 ? n : lt;
    if (stop > i) top.children.push(decode(text.slice(i, stop)));
    if (lt === -1) break;
    const next = text.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) {
      const gt = text.indexOf('>', lt);
      if (gt === -1) break;
      const name = text.slice(lt + 2, gt).trim();
      // Close up to the matching element (a stray end tag closes nothing).
      for (let k = stack.length - 1; k > 0; k--) {
        if (stack[k].name === name) {
          stack.length = k;
          top = stack[k - 1];
          break;
        }
      }
      i = gt + 1;
    } else if (next === 0x3f /* ? */) {
      const end = text.indexOf('?>', lt);
      i = end === -1 ? n : end + 2;
    } else if (next === 0x21 /* ! */) {
      if (text.startsWith('<!--', lt)) {
        const end = text.indexOf('-->', lt + 4);
        i = end === -1 ? n : end + 3;
      } else if (text.startsWith('<![CDATA[', lt)) {
        const end = text.indexOf(']]>', lt + 9);
        top.children.push(text.slice(lt + 9, end === -1 ? n : end));
        i = end === -1 ? n : end + 3;
      } else {
        const end = text.indexOf('>', lt);
        i = end === -1 ? n : end + 1;
      }
    } else {
      tagName.lastIndex = lt + 1;
      const m = tagName.exec(text);
      if (!m) {
        top.children.push('<');
        i = lt + 1;
        continue;
      }
      const el: XmlElement = { name: m[0], attrs: {}, children: [] };
      let j = tagName.lastIndex;
      for (;;) {
        attribute.lastIndex = j;
        const a = attribute.exec(text);
        if (!a) break;
        el.attrs[a[1]] = decode(a[2] ?? a[3]);
        j = attribute.lastIndex;
      }
      const gt = text.indexOf('>', j);
      if (gt === -1) break;
      top.children.push(el);
      if (text.charCodeAt(gt - 1) !== 0x2f /* self-closing */) {
        stack.push(el);
        top = el;
      }
      i = gt + 1;
    }
  }
  return root;
}

export function elements(node: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of node.children) if (typeof c !== 'string' && (name === undefined || c.name === name)) out.push(c);
  return out;
}

export function child(node: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!node) return undefined;
  for (const c of node.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** The first descendant (depth first) named `name`. */
export function find(node: XmlElement, name: string): XmlElement | undefined {
  for (const c of node.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) return c;
    const f = find(c, name);
    if (f) return f;
  }
  return undefined;
}

/** All text below the node, in order. */
export function textOf(node: XmlElement): string {
  let s = '';
  for (const c of node.children) s += typeof c === 'string' ? c : textOf(c);
  return s;
}
