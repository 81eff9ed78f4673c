import type { AdsPlatformDescriptor } from '../platform-descriptor';
import { requiredCredential } from '../connections/connection-field-spec';
import { MetaAdsAdapter } from './meta-ads.adapter';
import { META_COMPLIANCE } from './meta.compliance';
import { META_CONNECTION_FIELDS, MetaFieldsDto, UpdateMetaFieldsDto } from './meta-connection';
import { metaPreview } from './meta.preview';

/** Meta (Facebook/Instagram): feed ads with interest targeting, special ad category EMPLOYMENT. */
export const metaPlatform: AdsPlatformDescriptor = {
  kind: 'meta',
  label: 'Meta',
  optionLabel: 'Meta (Facebook / Instagram)',
  isSandbox: false,
  connection: { fields: META_CONNECTION_FIELDS, createDto: MetaFieldsDto, updateDto: UpdateMetaFieldsDto, sectionRequired: true },
  compliance: META_COMPLIANCE,
  targeting: { skillsLabel: 'Interests (skills)', usesKeywords: false, adPreview: 'feed' },
  preview: metaPreview,
  createAdapter: (input, { config, images }) =>
    new MetaAdsAdapter({
      accessToken: requiredCredential(input, 'accessToken'),
      appSecret: input.credentials.appSecret,
      adAccountId: requiredCredential(input, 'adAccountId'),
      pageId: requiredCredential(input, 'pageId'),
      apiVersion: config.metaApiVersion,
      graphBaseUrl: config.metaGraphBaseUrl,
      images,
    }),
};
