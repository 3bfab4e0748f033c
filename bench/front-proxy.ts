// A reverse proxy that queues (the bench's stand-in for HAProxy with deploy/haproxy.cfg): it accepts every connection at once and passes the requests to the server over at most N kept-alive connections.
//
// Why the WhatsApp bench can put one in front (BENCH_FRONT=N): WAHA opens a connection per webhook in flight, so a
// thousand customers writing at once is a thousand new connections. Node 20's libuv accepts one connection per turn of
// the event loop, and a server busy answering turns takes 20–50 ms a turn, so many of them waited in the kernel's
// accept queue past WAHA's 10 s timeout, came again on its retry, and split their customers' bursts into two turns.
// A proxy in front (which a server taking webhooks over https has anyway) takes them at once, and the server sees N
// connections that it reads all together each turn. The proxy runs in its own process, as a real one would: its CPU is
// not the server's.
import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { handleOf, spawnTracked, type ServerProcess } from './server-process.js';

const START_TIMEOUT_MS = 15_000;

/**
 * Starts the proxy as a child process in front of `target`, with at most `connections` connections to it; tracked and
 * stopped like the bench's servers (killAllChildren, SIGTERM then SIGKILL).
 */
export async function startFrontProxy(target: string, connections: number): Promise<ServerProcess> {
  const started = performance.now();
  // stdin stays open for the proxy's lifetime: when this process dies, the proxy sees it end and stops.
  const { child, exited, stderr } = spawnTracked(['--import', 'tsx', fileURLToPath(import.meta.url), target, String(connections)], {}, ['pipe', 'pipe', 'pipe']);
  const lines = createInterface({ input: child.stdout! });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the front proxy did not start within ${START_TIMEOUT_MS} ms\n${stderr()}`)), START_TIMEOUT_MS);
      child.once('exit', (code) => reject(new Error(`the front proxy exited (${code}) before listening\n${stderr()}`)));
      lines.once('line', (line) => {
        clearTimeout(timer);
        const match = /^listening (\d+)$/.exec(line);
        if (match?.[1]) resolve(Number(match[1]));
        else reject(new Error(`the front proxy said ${line}`));
      });
    });
    return handleOf(child, exited, { port, pid: child.pid ?? 0 }, started, () => lines.close());
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}

/** The proxy itself: run as `node --import tsx bench/front-proxy.ts <target> <connections>`; prints `listening <port>`. */
function serve(target: URL, connections: number): void {
  // keepAlive and maxSockets: requests beyond the cap wait in the agent's queue, in order, as in HAProxy's.
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const forward = (req: IncomingMessage, res: ServerResponse) => {
    const forwardedFor = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
    const upstream = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, 'x-forwarded-for': forwardedFor }, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('bad gateway');
    });
    // A client that goes away stops its request upstream too.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  };
  const server = createServer({ keepAliveTimeout: 65_000 }, forward);
  server.listen({ host: '127.0.0.1', port: 0, backlog: 4096 }, () => {
    const address = server.address();
    process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
  });
  const stop = () => {
    server.close();
    server.closeAllConnections();
    agent.destroy();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.stdin.once('end', stop).resume();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [target, connections] = process.argv.slice(2);
  if (!target || !connections || !(Number(connections) > 0)) {
    process.stderr.write('usage: front-proxy.ts <target url> <connections>\n');
    process.exit(2);
  }
  serve(new URL(target), Number(connections));
}
