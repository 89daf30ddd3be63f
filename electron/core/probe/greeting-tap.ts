// Keeps the first bytes a server sent, so a greeting that never completes can be told apart:
// nothing at all (a timeout) or bytes that are not SMTP/IMAP (a protocol error).
import type { Socket } from 'node:net';

const KEEP = 256;

export interface Tap {
  text(): string;
}

export function tapFirstBytes(socket: Socket | null | undefined | false): Tap {
  let seen = '';
  if (socket) {
    const onData = (chunk: Buffer) => {
      seen += chunk.subarray(0, KEEP - seen.length).toString('latin1');
      if (seen.length >= KEEP) socket.off('data', onData);
    };
    socket.on('data', onData);
  }
  return { text: () => seen };
}

/** Whether what arrived could be (the start of) a greeting of the protocol. */
export function couldBeGreeting(protocol: 'smtp' | 'imap', text: string): boolean {
  if (text === '') return true;
  if (protocol === 'smtp') return /^(\d{1,3}|\d{3}[ -][\s\S]*)$/.test(text);
  return '* '.startsWith(text) || text.startsWith('* ');
}

export const printable = (text: string) =>
  text.slice(0, 60).replace(/[^\x20-\x7e]/g, '·');
