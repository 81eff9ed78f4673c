import { open } from 'node:fs/promises';
import { ColumnMapping, readHeader } from './csv-columns';
import { CsvParser, CsvRecord } from './csv-parser';
import { sniff } from './file-inspection';
import { MalformedFileError } from './malformed-file.error';

const HEAD_BYTES = 64 * 1024;

export interface FileHead {
  delimiter: string;
  /** Whole records of the first 64 KB (the header first); a cut last line is left out. */
  records: CsvRecord[];
  /** The whole file fitted in the head. */
  complete: boolean;
}

/** Reads and parses the first 64 KB of an upload, refusing binary, UTF-16 or broken UTF-8 content. */
export async function readHead(path: string): Promise<FileHead> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
    await handle.read(head, 0, head.length, 0);
    const complete = size <= HEAD_BYTES;
    const { delimiter } = sniff(head, complete);
    const text = head.toString('utf8');
    const parser = new CsvParser(delimiter);
    const records = parser.push(complete ? text : text.slice(0, text.lastIndexOf('\n') + 1));
    if (complete) parser.end(records);
    return { delimiter, records, complete };
  } finally {
    await handle.close();
  }
}

/**
 * What an upload can be judged on at once, from its first 64 KB: binary or UTF-16 content,
 * broken UTF-8, and the header row (read through the uploader's mapping when there is one).
 * The import job checks the whole file again before writing.
 */
export async function checkUpload(path: string, mapping?: ColumnMapping): Promise<void> {
  const { records, complete } = await readHead(path);
  const first = records[0];
  if (!first) {
    if (complete) throw new MalformedFileError('The file is empty.');
    return; // a header longer than 64 KB: the job will judge it
  }
  if (first.error) throw new MalformedFileError(`The header row cannot be read: it ${first.error}.`);
  readHeader(first.fields, mapping);
}
