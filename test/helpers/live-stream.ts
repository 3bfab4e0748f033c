// A client of GET /api/live for tests: reads the server-sent events as text until a pattern shows, within 10 s.
export interface LiveStream {
  /** Everything received so far. */
  readonly text: () => string;
  /** Reads until `pattern` matches the text received so far, or 10 s pass. */
  readUntil(pattern: RegExp): Promise<void>;
  close(): void;
  readonly response: Response;
}

export async function openLiveStream(url: string, headers: Record<string, string>): Promise<LiveStream> {
  const abort = new AbortController();
  const response = await fetch(url, { headers, signal: abort.signal });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  let text = '';
  return {
    response,
    text: () => text,
    async readUntil(pattern) {
      const until = Date.now() + 10_000;
      while (!pattern.test(text) && Date.now() < until) {
        const { value, done } = await reader.read();
        if (done) break;
        text += Buffer.from(value).toString('utf8');
      }
    },
    close: () => abort.abort(),
  };
}
