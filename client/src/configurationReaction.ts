// What a settings change means for the language server. The message language is fixed when the server starts
// (every message, hover and fix title is made there), so a change of it restarts the server and nothing is sent
// to the one being stopped; any other jixiao setting is sent to the running server, which re-reads it.
export type ConfigurationReaction = 'restart' | 'notify' | 'none';

export interface ConfigurationChange {
  affectsConfiguration(section: string): boolean;
}

export function configurationReaction(e: ConfigurationChange): ConfigurationReaction {
  if (e.affectsConfiguration('jixiao.messageLanguage')) return 'restart';
  if (e.affectsConfiguration('jixiao')) return 'notify';
  return 'none';
}
