// Each request and notification runs isolated, so one failing feature cannot take the server down. A
// notification that throws is logged and dropped; a request that throws is logged and answered with an error
// (the client then knows it failed, rather than being told "nothing here"). The server goes on serving.
import { type Connection, ErrorCodes, ResponseError } from 'vscode-languageserver/node';

/**
 * Test-only: JIXIAO_TEST_THROW=hover (a handler's name) makes that handler throw, so the tests can check what
 * a bug in a feature does to the session. Unset in use.
 */
const forcedFailure = typeof process !== 'undefined' ? process.env?.JIXIAO_TEST_THROW : undefined;

function log(connection: Connection, name: string, e: unknown): void {
  const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
  try {
    connection.console.error(`jixiao: ${name} failed: ${detail}`);
  } catch {
    // the connection itself may be gone; nothing more to do
  }
}

/** Runs `fn`; on an exception, logs it and returns what `failed` makes of it (a value, or a thrown answer). */
function isolate<A extends unknown[], R>(
  connection: Connection,
  name: string,
  fn: (...args: A) => R | Promise<R>,
  failed: (e: unknown) => R,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      if (forcedFailure === name) throw new Error(`JIXIAO_TEST_THROW: ${name}`);
      return await fn(...args);
    } catch (e) {
      if (e instanceof ResponseError) throw e; // already an answer (e.g. a cancellation)
      log(connection, name, e);
      return failed(e);
    }
  };
}

/** A notification handler: an exception is logged, and `fallback` returned to the library. */
export function guard<A extends unknown[], R>(
  connection: Connection,
  name: string,
  fallback: R,
  fn: (...args: A) => R | Promise<R>,
): (...args: A) => Promise<R> {
  return isolate(connection, name, fn, () => fallback);
}

/** A request handler: an exception is logged and the request answered with an InternalError. */
export function guardRequest<A extends unknown[], R>(
  connection: Connection,
  name: string,
  fn: (...args: A) => R | Promise<R>,
): (...args: A) => Promise<R> {
  return isolate(connection, name, fn, (e) => {
    throw new ResponseError(ErrorCodes.InternalError, `jixiao: ${name} failed: ${e instanceof Error ? e.message : String(e)}`);
  });
}
