// A tiny logging proxy for the zero-network proof. Chromium is launched with
// --proxy-server pointing here and --proxy-bypass-list=<-loopback> (so even loopback goes
// through it): every request the browser makes — any page, frame, worker or the service worker —
// reaches this proxy as an absolute-URL request or a CONNECT tunnel, and is recorded.
// Only CONNECTs to the hosts in `tunnel` are forwarded (to the same port on 127.0.0.1, where the
// binance.com fixture server listens); everything else is refused after it has been recorded.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface RecordedRequest {
  /** 'http' for an absolute-URL request (plain HTTP, WebSocket upgrade), 'connect' for a tunnel. */
  kind: 'http' | 'connect';
  method: string;
  /** The full URL for 'http', host:port for 'connect'. */
  target: string;
  host: string;
}

export interface RecordingProxy {
  port: number;
  requests: RecordedRequest[];
  /** Chromium flags that send all of the browser's traffic through this proxy. */
  args: string[];
  close: () => Promise<void>;
}

function hostOf(target: string): string {
  try {
    return new URL(target.includes('://') ? target : `http://${target}`).hostname;
  } catch {
    return target;
  }
}

export async function startRecordingProxy(tunnel: readonly string[] = []): Promise<RecordingProxy> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const record = (request: IncomingMessage, kind: RecordedRequest['kind']) => {
    const target = request.url ?? '';
    const entry = { kind, method: request.method ?? '?', target, host: hostOf(target) };
    requests.push(entry);
    return entry;
  };

  const server: Server = createServer((request, response) => {
    record(request, 'http');
    response.writeHead(403, { 'content-type': 'text/plain' }).end('refused by the test proxy');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('upgrade', (request, socket) => {
    record(request, 'http');
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('connect', (request, client: Socket, head) => {
    const { host } = record(request, 'connect');
    const port = Number((request.url ?? '').split(':').pop());
    if (!tunnel.includes(host) || !Number.isInteger(port)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    args: [
      `--proxy-server=http://127.0.0.1:${port}`,
      // "<-loopback>" removes Chromium's implicit loopback bypass: localhost is proxied too.
      '--proxy-bypass-list=<-loopback>',
      // WebRTC may not use UDP around the proxy.
      '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
    ],
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
