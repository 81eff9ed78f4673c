import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config';
import { GoogleAdsAdapter } from '../google/google-ads.adapter';
import { MetaAdsAdapter } from '../meta/meta-ads.adapter';
import { PlatformError } from '../platform-error';
import { SandboxAdsAdapter } from '../sandbox/sandbox-ads.adapter';
import { SandboxDbStore } from '../sandbox/sandbox-db.store';
import type { AdapterBuilders, AdapterBuildInput } from './ads-platform.factory';

/** A stored connection lacks a field its adapter needs (should not happen: the DTOs require them). */
function need(input: AdapterBuildInput, field: keyof AdapterBuildInput['credentials']): string {
  const value = input.credentials[field];
  if (!value) throw new PlatformError('validation', `The connection "${input.connection.name}" has no ${field}; an admin must add it.`);
  return value;
}

/**
 * The production adapters. Process-wide platform settings (Meta Graph version and host) come from
 * the environment only, never from an admin-editable field, so no setting can send tokens elsewhere.
 */
export function defaultAdapterBuilders(config: Pick<AppConfig, 'metaApiVersion' | 'metaGraphBaseUrl'>, dataSource: DataSource): AdapterBuilders {
  return {
    meta: (input) =>
      new MetaAdsAdapter({
        accessToken: need(input, 'accessToken'),
        appSecret: input.credentials.appSecret,
        adAccountId: need(input, 'adAccountId'),
        pageId: need(input, 'pageId'),
        apiVersion: config.metaApiVersion,
        graphBaseUrl: config.metaGraphBaseUrl,
      }),
    google: (input) =>
      new GoogleAdsAdapter({
        developerToken: need(input, 'developerToken'),
        clientId: need(input, 'clientId'),
        clientSecret: need(input, 'clientSecret'),
        refreshToken: need(input, 'refreshToken'),
        customerId: need(input, 'customerId'),
        loginCustomerId: input.credentials.loginCustomerId,
        accountTimeZone: input.connection.timeZone ?? undefined,
      }),
    sandbox: (input) => new SandboxAdsAdapter(new SandboxDbStore(dataSource, input.connection.id)),
  };
}
