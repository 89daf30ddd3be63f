// CSV records written straight into a byte buffer, for exports of millions of rows: building
// each record as a string costs a concatenation per cell and a UTF-8 encoding per chunk, about
// as much as reading the rows. The bytes are exactly what csvCell / csvRecord give (the unit
// tests compare both, and csvRecord against csv-stringify): numbers (the hot path) are written
// digit by digit, every other value goes through csvCell.
import { csvCell } from './csv-rows';

const COMMA = 44;
const CR = 13;
const LF = 10;
const ZERO = 48;

/**
 * Two buffers take turns: while one is being written to the file, records go into the other, so
 * an export of any size holds two chunks. A chunk from `take` therefore stays valid only until the
 * second `take` after it — what writeCsvChunks guarantees (it awaits a write before asking for the
 * chunk after next).
 */
export class CsvByteWriter {
  private buf: Buffer;
  private spare: Buffer;
  private pos = 0;

  /** `chunkBytes`: the size `full` reports at; a buffer grows only for a record longer than that. */
  constructor(private readonly chunkBytes: number) {
    this.buf = Buffer.allocUnsafe(chunkBytes + 4096);
    this.spare = Buffer.allocUnsafe(chunkBytes + 4096);
  }

  /** True once a chunk's worth is written: time to `take` it. */
  get full(): boolean {
    return this.pos >= this.chunkBytes;
  }

  get length(): number {
    return this.pos;
  }

  /** The bytes written so far; writing continues into the other buffer (see the class note). */
  take(): Buffer {
    const out = this.buf.subarray(0, this.pos);
    [this.buf, this.spare] = [this.spare, this.buf];
    this.pos = 0;
    return out;
  }

  /** Bytes already formatted (a cell from `cellBytes`, a BOM). */
  bytes(b: Uint8Array): void {
    this.room(b.length);
    const buf = this.buf;
    let p = this.pos;
    // A loop beats Buffer#set for the short cells this is used for (an email, a date).
    if (b.length <= 64) for (let i = 0; i < b.length; i++) buf[p++] = b[i]!;
    else {
      buf.set(b, p);
      p += b.length;
    }
    this.pos = p;
  }

  /** One cell, formatted as csvCell formats it. */
  cell(value: unknown): void {
    if (typeof value === 'number') this.number(value);
    else if (value !== null && value !== undefined) this.text(csvCell(value));
  }

  comma(): void {
    this.room(1);
    this.buf[this.pos++] = COMMA;
  }

  /** Ends the record: CRLF. */
  end(): void {
    this.room(2);
    this.buf[this.pos++] = CR;
    this.buf[this.pos++] = LF;
  }

  private number(n: number): void {
    // Non-negative integers (every count and most scores): digits without making a string.
    if (n >= 0 && n < 1e15 && Math.floor(n) === n) {
      this.room(16);
      const buf = this.buf;
      if (n < 10) {
        buf[this.pos++] = ZERO + n;
        return;
      }
      let digits = 1;
      for (let m = n; m >= 10; m = Math.floor(m / 10)) digits++;
      const start = this.pos;
      let p = start + digits;
      this.pos = p;
      for (let m = n; p > start; m = Math.floor(m / 10)) buf[--p] = ZERO + (m % 10);
      return;
    }
    // Rates and the rest: JavaScript's own shortest form (ASCII), never quoted.
    const s = `${n}`;
    this.room(s.length);
    const buf = this.buf;
    for (let i = 0; i < s.length; i++) buf[this.pos++] = s.charCodeAt(i);
  }

  private text(s: string): void {
    if (s === '') return;
    this.room(Buffer.byteLength(s));
    this.pos += this.buf.write(s, this.pos, 'utf8');
  }

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(bigger, 0, 0, this.pos);
    this.buf = bigger;
  }
}

/** A cell formatted once as bytes, for a value repeated on many records (an inbox's email). */
export const cellBytes = (value: unknown): Buffer => Buffer.from(csvCell(value));
