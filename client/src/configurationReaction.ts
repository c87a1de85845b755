// What a settings change means for the language server. The message language is fixed when the server starts
// (every message, hover and fix title is made there), so a change of it restarts the server; other jixiao settings
// reach the running server through workspace/didChangeConfiguration, which the language client sends (and which
// the connection holds back from a server that is being restarted).
export interface ConfigurationChange {
  affectsConfiguration(section: string): boolean;
}

export function restartsServer(e: ConfigurationChange): boolean {
  return e.affectsConfiguration('jixiao.messageLanguage');
}
