// Which plain-text documents the client switches to the jixiao language, and which it leaves alone for good.
// A document jixiao checks (its title names a report, or the server reports checking it through jixiao/status:
// e.g. `年度总结.txt` made in the Explorer, whose title is typed after it was opened) is switched at once, without
// asking: its findings already show, and the language brings the rest (highlighting, snippets, the editor
// defaults, the context menu). Once per opened document. A user who switches it back to plain text is remembered
// (persisted, per file) and that file is never switched again. Plain logic, no vscode.

export interface ChoiceStore {
  /** The files the user keeps as plain text. */
  load(): readonly string[];
  save(uris: readonly string[]): void;
}

/** At most this many remembered files (the oldest are forgotten first). */
const KEEP = 500;

export class LanguageChoices {
  private readonly switched = new Set<string>();
  private readonly keptPlain: string[];

  constructor(private readonly store: ChoiceStore) {
    this.keptPlain = [...store.load()];
  }

  /** Switch this open document to jixiao now? `checked`: it is a report (by its title, or the server checks it). */
  shouldSwitch(uri: string, languageId: string, checked: boolean): boolean {
    return languageId === 'plaintext' && checked && !this.switched.has(uri) && !this.keptPlain.includes(uri);
  }

  /** The client switched the document (or is switching it). */
  didSwitch(uri: string): void {
    this.switched.add(uri);
  }

  /** Switching failed: it may be tried again. */
  switchFailed(uri: string): void {
    this.switched.delete(uri);
  }

  /** The document's language changed while it stayed open. Back to plain text after our switch: the user's choice. */
  languageChanged(uri: string, from: string, to: string): void {
    if (from !== 'jixiao' || to !== 'plaintext' || !this.switched.has(uri) || this.keptPlain.includes(uri)) return;
    this.keptPlain.push(uri);
    if (this.keptPlain.length > KEEP) this.keptPlain.splice(0, this.keptPlain.length - KEEP);
    this.store.save([...this.keptPlain]);
  }

  /** The document was closed: opened again, it is considered again (unless kept plain). */
  closed(uri: string): void {
    this.switched.delete(uri);
  }
}
