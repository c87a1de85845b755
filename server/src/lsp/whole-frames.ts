// Over stdio, the LSP messages of one turn of the event loop leave in one write (issue #12). vscode-jsonrpc writes
// a message's header, waits for that write to finish, then writes its content: two writes to the pipe per message,
// and an edit's pull brings three messages (jixiao/status running, then idle, and the answer). Each write to a pipe
// is a system call that wakes the client; on a loaded machine they cost more than serialising the seed's
// diagnostics. Here each write is taken at once (reported done on the next tick) and the frames taken in one turn
// leave together, in one writev, at the end of the turn (setImmediate). Errors still reach the stream's 'error'
// listeners (vscode-jsonrpc's).
const HEADER = /^Content-Length: \d+\r\n\r\n$/;

type Callback = (error?: Error | null) => void;
type Write = (chunk: unknown, encoding?: BufferEncoding, cb?: Callback) => boolean;

export function writeWholeFrames(out: NodeJS.WriteStream): void {
  const write = out.write.bind(out) as Write;
  let pending: Array<{ chunk: unknown; encoding?: BufferEncoding }> = [];
  const flush = () => {
    const chunks = pending;
    pending = [];
    out.cork();
    for (const c of chunks) write(c.chunk, c.encoding);
    out.uncork();
  };
  out.write = ((chunk: unknown, encoding?: BufferEncoding | Callback, cb?: Callback): boolean => {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    // Only the protocol's frames are held: the header (a string in ASCII) and the content (a Buffer).
    const frame = (typeof chunk === 'string' && encoding === 'ascii' && HEADER.test(chunk)) || (Buffer.isBuffer(chunk) && pending.length > 0);
    if (!frame) {
      if (pending.length) flush();
      return write(chunk, encoding, cb);
    }
    if (!pending.length) setImmediate(() => pending.length && flush());
    pending.push({ chunk, encoding });
    if (cb) process.nextTick(cb);
    return true;
  }) as typeof out.write;
}
