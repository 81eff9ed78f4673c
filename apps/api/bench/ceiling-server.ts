import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

/**
 * The hardware ceiling of candidates-list.bench.ts: node:http answering every request with the
 * very bytes of a list response, read once from BODY_FILE — no database, no parsing, no JSON.
 * Whatever latency this shows at 200 connections, no server doing real work can beat.
 */
const body = readFileSync(process.env.BODY_FILE!);

createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
  res.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1');
