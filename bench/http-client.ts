/**
 * The load generator's HTTP/1.1 client, kept as cheap as wrk or autocannon: it shares the
 * machine's cores with the server it measures, so every microsecond it spends is taken from the
 * server. Requests are pre-built bytes written to kept-alive sockets; a response is parsed only
 * for its status line, its length and its body.
 */
import { connect, type Socket } from 'node:net';

export interface Reply {
  /** 0 when the connection failed or closed before the response was complete. */
  status: number;
  /** Valid only while the `done` callback runs: the connection reads the next response into the same memory. */
  body: Buffer;
}

type Done = (reply: Reply) => void;

const HEADER_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /\r\ncontent-length: *(\d+)/i;
const FAILED: Reply = { status: 0, body: Buffer.alloc(0) };

/** One kept-alive connection with at most one request in flight (no pipelining, as Discord sends). */
class Connection {
  private socket: Socket;
  private done: Done | null = null;
  /**
   * The socket reads straight into this buffer, after the bytes already received (Node's `onread`):
   * no allocation per read, so the generator's garbage collector stays out of the latencies.
   */
  private received = Buffer.allocUnsafe(64 * 1024);
  private filled = 0;
  /** Where the body of the response being read starts; -1 until its header has arrived. */
  private bodyStart = -1;
  private status = 0;
  private length = 0;

  constructor(
    private readonly port: number,
    private readonly host: string,
  ) {
    this.socket = this.open();
  }

  /** `done` is called with the reply; its body is only valid during that call (the buffer is reused). */
  send(request: Buffer, done: Done): void {
    this.done = done;
    // The server closes connections idle past its keep-alive timeout: open a fresh one.
    if (this.socket.destroyed || !this.socket.writable) this.socket = this.open();
    this.socket.write(request);
  }

  close(): void {
    this.socket.destroy();
  }

  private open(): Socket {
    const socket = connect({
      port: this.port,
      host: this.host,
      noDelay: true,
      onread: { buffer: () => this.space(), callback: (bytes: number) => this.receive(bytes) },
    });
    socket.on('error', () => {});
    // A request in flight fails with its socket; a socket replaced after the server closed it does not matter.
    socket.on('close', () => socket === this.socket && this.finish(FAILED));
    return socket;
  }

  /**
   * Where the next read goes: after what was received of the response being read, in a larger
   * buffer when this one is full. Node asks right after each read, before the next request may be
   * sent, so a finished response resets the position at once (in `finish`).
   */
  private space(): Buffer {
    if (this.filled === this.received.length) {
      const larger = Buffer.allocUnsafe(this.received.length * 2);
      this.received.copy(larger);
      this.received = larger;
    }
    return this.received.subarray(this.filled);
  }

  /** Takes `bytes` more of the response; true: keep reading (Node's onread contract). */
  private receive(bytes: number): boolean {
    this.filled += bytes;
    // Bytes nobody asked for (there is no pipelining) are not a response to anything.
    if (this.done === null) return this.finish(FAILED);
    if (this.bodyStart < 0) {
      const end = this.received.subarray(0, this.filled).indexOf(HEADER_END);
      if (end < 0) return true;
      const header = this.received.toString('latin1', 0, end);
      // "HTTP/1.1 200 OK": the status is the three digits after the first space.
      this.status = Number(header.slice(9, 12));
      const length = CONTENT_LENGTH.exec(header);
      if (length === null) {
        // The server always declares the length; anything else is a failure, not something to parse.
        this.socket.destroy();
        return false;
      }
      this.length = Number(length[1]);
      this.bodyStart = end + HEADER_END.length;
    }
    if (this.filled < this.bodyStart + this.length) return true;
    return this.finish({ status: this.status, body: this.received.subarray(this.bodyStart, this.bodyStart + this.length) });
  }

  private finish(reply: Reply): true {
    const done = this.done;
    this.done = null;
    this.filled = 0;
    this.bodyStart = -1;
    done?.(reply);
    return true;
  }
}

/**
 * A fixed set of kept-alive connections. A request goes out on the connection idle the longest
 * (round robin, as a load balancer spreads them) or waits, in order, for one to come free: that
 * wait is part of its latency.
 */
export class ConnectionPool {
  private readonly idle: Connection[];
  private readonly waiting: Array<{ request: Buffer; done: Done }> = [];
  private readonly all: Connection[];

  constructor(port: number, connections: number, host = '127.0.0.1') {
    this.all = Array.from({ length: connections }, () => new Connection(port, host));
    this.idle = [...this.all];
  }

  send(request: Buffer, done: Done): void {
    const connection = this.idle.shift();
    if (connection === undefined) {
      this.waiting.push({ request, done });
      return;
    }
    this.start(connection, request, done);
  }

  close(): void {
    for (const connection of this.all) connection.close();
  }

  private start(connection: Connection, request: Buffer, done: Done): void {
    connection.send(request, (reply) => {
      const next = this.waiting.shift();
      if (next === undefined) this.idle.push(connection);
      else this.start(connection, next.request, next.done);
      done(reply);
    });
  }
}
