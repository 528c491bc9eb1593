import net from 'node:net';

/**
 * The embedded server (PGlite behind pglite-socket) runs every connection in ONE
 * Postgres session. db/embedded.ts keeps each extended-protocol batch
 * (Parse … Sync) of one connection together; without that, a second connection's
 * Parse replaces the first one's unnamed statement and the first connection fails
 * or reads the other's rows (pglite issue 1046). This test speaks the wire protocol
 * directly so the interleaving happens deterministically, not by timing luck.
 * Real Postgres gives each connection its own session, so it only runs on the
 * embedded database.
 */

interface Message {
  type: string;
  body: Buffer;
}

function frame(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  return Buffer.concat([Buffer.from(type), length, body]);
}
const cstring = (s: string) => Buffer.from(`${s}\0`);
const int16 = (n: number) => Buffer.from([(n >> 8) & 0xff, n & 0xff]);
const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};

const parse = (sql: string) => frame('P', cstring(''), cstring(sql), int16(0));
const bind = (values: string[]) =>
  frame(
    'B',
    cstring(''),
    cstring(''),
    int16(0),
    int16(values.length),
    ...values.flatMap((v) => [int32(Buffer.byteLength(v)), Buffer.from(v)]),
    int16(0),
  );
const execute = () => frame('E', cstring(''), int32(0));
const sync = () => frame('S');
const flush = () => frame('H');

class WireClient {
  private buffer = Buffer.alloc(0);
  private received: Message[] = [];
  private wake: (() => void) | undefined;

  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      while (this.buffer.length >= 5) {
        const length = this.buffer.readInt32BE(1);
        if (this.buffer.length < length + 1) break;
        this.received.push({ type: String.fromCharCode(this.buffer[0]!), body: this.buffer.subarray(5, length + 1) });
        this.buffer = this.buffer.subarray(length + 1);
      }
      this.wake?.();
    });
  }

  static async connect(url: string): Promise<WireClient> {
    const { hostname, port, username, password, pathname } = new URL(url);
    const socket = net.connect(Number(port), hostname);
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    const client = new WireClient(socket);
    const params = Buffer.concat([cstring('user'), cstring(username), cstring('database'), cstring(pathname.slice(1)), cstring('')]);
    socket.write(Buffer.concat([int32(params.length + 8), int32(196608), params]));
    for (;;) {
      const message = await client.next();
      if (message.type === 'R' && message.body.readInt32BE(0) === 3) socket.write(frame('p', cstring(decodeURIComponent(password))));
      else if (message.type === 'R' && message.body.readInt32BE(0) !== 0) throw new Error('unsupported authentication');
      else if (message.type === 'E') throw new Error(`connection refused: ${message.body.toString()}`);
      else if (message.type === 'Z') return client;
    }
  }

  send(...messages: Buffer[]): void {
    this.socket.write(Buffer.concat(messages));
  }

  async next(): Promise<Message> {
    while (this.received.length === 0) await new Promise<void>((resolve) => (this.wake = resolve));
    return this.received.shift()!;
  }

  /** Messages up to and including the first of the given type. */
  async until(type: string): Promise<Message[]> {
    const messages: Message[] = [];
    for (;;) {
      const message = await this.next();
      messages.push(message);
      if (message.type === type) return messages;
    }
  }

  close(): void {
    this.socket.end(frame('X'));
  }
}

/** The text of the first column of each DataRow; errors as "ERROR: …". */
function outcome(messages: Message[]): string[] {
  return messages.flatMap((m) => {
    if (m.type === 'E') return [`ERROR: ${m.body.toString().replace(/\0/g, ' ')}`];
    if (m.type !== 'D') return [];
    const length = m.body.readInt32BE(2);
    return [m.body.subarray(6, 6 + length).toString()];
  });
}

const onEmbeddedDatabase = !process.env.TEST_DATABASE_URL;

// Skipped on purpose when TEST_DATABASE_URL points at a real Postgres server: these tests speak
// to the embedded pglite-socket server itself (the other run of the suite covers them).
(onEmbeddedDatabase ? describe : describe.skip)('the embedded database server', () => {
  it("keeps one connection's query (Parse … Sync) apart from another connection's query", async () => {
    const url = process.env.DATABASE_URL!;
    const [first, second] = [await WireClient.connect(url), await WireClient.connect(url)];
    try {
      first.send(parse('select $1::int + $2::int as sum'), flush());
      await first.until('1'); // ParseComplete: the first statement is now the session's unnamed statement.

      second.send(parse('select upper($1::text) as shout'), bind(['leise']), execute(), sync());
      const secondDone = second.until('Z');
      await new Promise((resolve) => setTimeout(resolve, 200)); // give the server every chance to interleave

      first.send(bind(['2', '3']), execute(), sync());
      expect(outcome(await first.until('Z'))).toEqual(['5']);
      expect(outcome(await secondDone)).toEqual(['LEISE']);
    } finally {
      first.close();
      second.close();
    }
  });
});
