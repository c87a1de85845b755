// Where settings come from: workspace/configuration per document when the client offers it (VS Code),
// otherwise what the client pushes in didChangeConfiguration or initializationOptions (Neovim, Emacs), else
// the defaults.
import type { Connection } from 'vscode-languageserver/node';
import { defaultSettings, normalizeSettings, type Settings } from './settings';

export class SettingsStore {
  private global: Settings = defaultSettings;
  private perDocument = new Map<string, Promise<Settings>>();

  constructor(
    private readonly connection: Connection,
    private readonly pullFromClient: boolean,
  ) {}

  /**
   * From initializationOptions (`{settings: {…}}` from the VS Code client, or `{jixiao: {…}}`) or
   * didChangeConfiguration's `settings` (`{jixiao: {…}}`, or the section itself).
   */
  setPushed(raw: unknown): void {
    let section = raw;
    if (typeof section === 'object' && section !== null && 'settings' in section) section = (section as { settings: unknown }).settings;
    if (typeof section === 'object' && section !== null && 'jixiao' in section) section = (section as { jixiao: unknown }).jixiao;
    if (section !== undefined && section !== null) this.global = normalizeSettings(section);
  }

  get(uri: string): Promise<Settings> {
    if (!this.pullFromClient) return Promise.resolve(this.global);
    let settings = this.perDocument.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'jixiao' })
        .then((raw: unknown) => (raw === null || raw === undefined ? this.global : normalizeSettings(raw)))
        .catch(() => this.global);
      this.perDocument.set(uri, settings);
    }
    return settings;
  }

  forget(uri: string): void {
    this.perDocument.delete(uri);
  }

  clear(): void {
    this.perDocument.clear();
  }
}
