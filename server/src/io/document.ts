// What every format reader returns: the report's text, in the form jixiao reads a report typed or pasted as
// text (one line per paragraph, a table row per line with its cells between TABs), and the places in the
// source a Word, Excel or PDF user can find (`第12段`, `表2 第3行 第4列`, `Sheet1!D7`, `第3页`), each from the
// text offset where it starts.

export interface Place {
  /** Offset in the extracted text where this place starts; places are sorted by offset. */
  offset: number;
  /** As shown to the user: `第12段`, `表2 第3行 第4列`, `Sheet1!D7`, `第3页`. */
  label: string;
}

export interface ExtractedDocument {
  text: string;
  places: Place[];
}

export type ReadDocument = ({ ok: true } & ExtractedDocument) | { ok: false; reason: string };

/** The place holding text offset `offset`: the last place starting at or before it. */
export function placeAt(places: readonly Place[], offset: number): string | undefined {
  let lo = 0;
  let hi = places.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid].offset <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found === -1 ? undefined : places[found].label;
}

/** Builds the text line by line while recording places. */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly places: Place[] = [];

  get offset(): number {
    return this.length;
  }

  place(label: string): void {
    const last = this.places[this.places.length - 1];
    if (last && last.offset === this.length) last.label = label;
    else this.places.push({ offset: this.length, label });
  }

  add(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  /** Ends the current line. */
  line(s = ''): void {
    this.add(s + '\n');
  }

  done(): ExtractedDocument {
    return { text: this.parts.join(''), places: this.places };
  }
}

/** Word and Excel files are ZIP archives; the old binary formats and password-protected files are OLE files. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function isOle(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}
