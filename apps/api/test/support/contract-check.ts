import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { ContractDocument, ContractValidator } from './contract-validator';

type AssertFn = (this: PatchableTest, error: unknown, res: request.Response | undefined, fn?: (err: unknown, res?: request.Response) => void) => void;
interface PatchableTest { assert: AssertFn; method: string; url: string; __contractChecked?: boolean }

const CONTRACT = join(__dirname, '../../../../libs/api-contract/openapi.json');

/**
 * Makes every supertest request of the integration suites fail when its response does not match
 * libs/api-contract/openapi.json (undocumented status, media type or body shape), so the contract
 * cannot drift from what the API really answers. `CONTRACT_CHECK=off` disables it for a local run.
 */
export function installContractCheck(): void {
  const proto = (request as unknown as { Test: { prototype: PatchableTest } }).Test.prototype;
  if (proto.__contractChecked || process.env.CONTRACT_CHECK === 'off') return;
  proto.__contractChecked = true;
  const validator = new ContractValidator(JSON.parse(readFileSync(CONTRACT, 'utf8')) as ContractDocument);
  const original = proto.assert;
  proto.assert = function (this: PatchableTest, error, res, fn) {
    const mismatch = res ? validator.check({ method: this.method, path: new URL(this.url).pathname, status: res.status, contentType: res.headers['content-type'], body: res.body }) : null;
    if (mismatch && fn) return fn.call(this, new Error(`Response breaks the API contract: ${mismatch}`), res);
    return original.call(this, error, res, fn);
  };
}
