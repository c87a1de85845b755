// Each request and notification runs isolated: an exception is logged and answered with an empty result,
// so one failing feature cannot take the server down.
import type { Connection } from 'vscode-languageserver/node';

export function guard<A extends unknown[], R>(
  connection: Connection,
  name: string,
  fallback: R,
  fn: (...args: A) => R | Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (e) {
      const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
      try {
        connection.console.error(`jixiao: ${name} failed: ${detail}`);
      } catch {
        // the connection itself may be gone; nothing more to do
      }
      return fallback;
    }
  };
}
