import * as v from 'valibot';

/** After this long without an answer a file is named as slow (the rest of the app shows meanwhile). */
export const SLOW_MS = 4000;
/** After this long a file is given up on (a failure the user can retry). */
export const TIMEOUT_MS = 30_000;

/** Why a file could not be used; the notice says it in the user's language (`i18n.ts`, `fault*`). */
export type FaultCode = 'network' | 'timeout' | 'http' | 'empty' | 'html' | 'json' | 'shape' | 'other';

/** A file that could not be used: a {@link FaultCode} and a detail (the HTTP status, the expected shape). */
export class FileError extends Error {
  constructor(
    readonly code: FaultCode,
    readonly detail = '',
  ) {
    // The message carries the code too: it survives MapLibre passing the error through its worker.
    super(`fault:${code}:${detail}`);
  }
}

/**
 * Fetches and parses one JSON file; rejects with a {@link FileError}:
 * - `network` (no answer), `timeout` (after `timeoutMs`), `http` (detail: the status)
 * - `empty` (no body), `html` (a web page, e.g. a server's index.html fallback), `json` (cut short or corrupt)
 */
export async function fetchJson(
  url: string,
  fetcher: typeof fetch = fetch,
  timeoutMs = TIMEOUT_MS,
  signal?: AbortSignal,
): Promise<unknown> {
  const controller = new AbortController();
  signal?.addEventListener('abort', () => controller.abort());
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    let text: string;
    try {
      response = await fetcher(url, { signal: controller.signal });
      if (!response.ok) throw new FileError('http', String(response.status));
      text = await response.text();
    } catch (error) {
      if (error instanceof FileError) throw error;
      throw new FileError(controller.signal.aborted ? 'timeout' : 'network');
    }
    if (text.trim() === '') throw new FileError('empty');
    if (/^\s*</.test(text)) throw new FileError('html');
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new FileError('json');
    }
  } finally {
    clearTimeout(timer);
  }
}

/** The fault of a failed load (a programming error becomes `other`, keeping its message). */
export function faultOf(error: unknown): { code: FaultCode; detail: string } {
  if (error instanceof FileError) return { code: error.code, detail: error.detail };
  const message =
    error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
      ? String((error as Error).message)
      : String(error);
  const carried = /fault:(network|timeout|http|empty|html|json|shape|other):(\S*)/.exec(message);
  if (carried) return { code: carried[1] as FaultCode, detail: carried[2]! };
  return { code: 'other', detail: message };
}

/** Parses `value` with `schema` or throws a `shape` {@link FileError} (detail: what it should be). */
export function expectShape<T extends v.GenericSchema>(value: unknown, schema: T, what: string): v.InferOutput<T> {
  const result = v.safeParse(schema, value);
  if (!result.success) throw new FileError('shape', what);
  return result.output;
}
