// Asks the server to analyse documents (`jixiao/checkDocuments`); tells apart a server without that request.
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  checkDocumentsMethod,
  methodNotFound,
  type CheckDocument,
  type CheckDocumentsParams,
  type CheckDocumentsResult,
} from '../../protocol/messages';

export function toCheckDocument(doc: vscode.TextDocument): CheckDocument {
  return { uri: doc.uri.toString(), text: doc.getText(), languageId: doc.languageId };
}

function isMethodNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === methodNotFound;
}

function isResult(value: unknown): value is CheckDocumentsResult {
  return (
    Array.isArray(value) &&
    value.every((e) => typeof e === 'object' && e !== null && typeof e.uri === 'string' && typeof e.count === 'number')
  );
}

/** The server's answer, or 'unsupported' when it does not implement the request. */
export async function requestCheck(
  client: LanguageClient,
  documents: CheckDocument[],
  token?: vscode.CancellationToken,
): Promise<CheckDocumentsResult | 'unsupported'> {
  const params: CheckDocumentsParams = { documents };
  let result: unknown;
  try {
    result = await client.sendRequest(checkDocumentsMethod, params, token);
  } catch (error) {
    if (isMethodNotFound(error)) return 'unsupported';
    throw error;
  }
  if (!isResult(result)) throw new Error(`${checkDocumentsMethod}: unexpected answer ${JSON.stringify(result)}`);
  return result;
}
