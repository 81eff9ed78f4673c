import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { MalformedFileError } from './malformed-file.error';

export interface FileFacts {
  /** Lines in the file (an estimate of rows until the import has read them). */
  lines: number;
  delimiter: string;
}

const SNIFF_BYTES = 64 * 1024;
const DELIMITERS = [',', ';', '\t'];

/**
 * Refuses what is not a CSV text file, from its first bytes: binary data (a spreadsheet, an
 * image), UTF-16 text, or bytes that are not UTF-8. Returns the delimiter of the header line.
 */
export function sniff(head: Buffer, complete: boolean): { delimiter: string } {
  if (head.length === 0 || head.toString('utf8').trim() === '') throw new MalformedFileError('The file is empty.');
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new MalformedFileError('The file is UTF-16 text. Save it as "CSV UTF-8" and upload it again.');
  }
  if (head.includes(0)) {
    const hint = head[0] === 0x50 && head[1] === 0x4b ? ' It looks like a spreadsheet workbook: save it as "CSV UTF-8" first.' : '';
    throw new MalformedFileError(`The file is not a CSV text file (it contains binary data).${hint}`);
  }
  // A multi-byte character may be cut at the end of the sample: only a complete file must decode fully.
  checkUtf8(complete ? head : head.subarray(0, Math.max(0, head.length - 3)), 0);
  const firstLine = head.toString('utf8', 0, Math.min(head.length, head.indexOf(10) === -1 ? head.length : head.indexOf(10)));
  const counts = DELIMITERS.map((d) => firstLine.split(d).length - 1);
  const best = counts.indexOf(Math.max(...counts));
  return { delimiter: counts[best] > 0 ? DELIMITERS[best] : ',' };
}

export async function sniffFile(path: string): Promise<{ delimiter: string }> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(SNIFF_BYTES, size));
    await handle.read(head, 0, head.length, 0);
    return sniff(head, size <= SNIFF_BYTES);
  } finally {
    await handle.close();
  }
}

/**
 * One streaming pass over the whole file before anything is written: the encoding must be
 * UTF-8 throughout and there must be no binary data, so a bad file fails with one message
 * instead of half-importing. Counts lines for progress.
 */
export async function inspectFile(path: string): Promise<FileFacts> {
  const { delimiter } = await sniffFile(path);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lines = 0;
  let offset = 0;
  let lastByte = 10;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    if (chunk.includes(0)) throw new MalformedFileError(`The file is not a CSV text file (binary data after line ${lines + countLines(chunk.subarray(0, chunk.indexOf(0)))}).`);
    try {
      decoder.decode(chunk, { stream: true });
    } catch {
      throw notUtf8(lines + countLines(chunk.subarray(0, firstInvalid(chunk))) + 1);
    }
    lines += countLines(chunk);
    offset += chunk.length;
    lastByte = chunk[chunk.length - 1];
  }
  try {
    decoder.decode();
  } catch {
    throw notUtf8(lines + 1);
  }
  return { lines: lines + (lastByte === 10 || offset === 0 ? 0 : 1), delimiter };
}

function countLines(buffer: Buffer): number {
  let n = 0;
  for (let i = buffer.indexOf(10); i !== -1; i = buffer.indexOf(10, i + 1)) n++;
  return n;
}

function checkUtf8(buffer: Buffer, lineOffset: number): void {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw notUtf8(lineOffset + countLines(buffer.subarray(0, firstInvalid(buffer))) + 1);
  }
}

/** Index of the first byte that breaks UTF-8 (approximate at chunk starts; for the message only). */
function firstInvalid(buffer: Buffer): number {
  let lo = 0;
  let hi = buffer.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      // stream: a character cut at `mid` is not an error, only a truly bad byte is.
      new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

function notUtf8(line: number): MalformedFileError {
  return new MalformedFileError(`The file is not UTF-8 text (the first invalid character is on line ${line}). Save it as "CSV UTF-8" and upload it again.`);
}
