import type { AdsPlatformDescriptor } from '../platform-descriptor';
import { requiredCredential } from '../connections/connection-field-spec';
import { GoogleAdsAdapter } from './google-ads.adapter';
import { GOOGLE_COMPLIANCE } from './google.compliance';
import { GOOGLE_CONNECTION_FIELDS, GoogleFieldsDto, UpdateGoogleFieldsDto } from './google-connection';
import { googlePreview } from './google.preview';

/** Google Ads: search campaigns with responsive search ads and keyword targeting. */
export const googlePlatform: AdsPlatformDescriptor = {
  kind: 'google',
  label: 'Google Ads',
  optionLabel: 'Google Ads',
  isSandbox: false,
  connection: { fields: GOOGLE_CONNECTION_FIELDS, createDto: GoogleFieldsDto, updateDto: UpdateGoogleFieldsDto, sectionRequired: true },
  compliance: GOOGLE_COMPLIANCE,
  targeting: { skillsLabel: 'Keywords from skills', usesKeywords: true, adPreview: 'search' },
  preview: googlePreview,
  createAdapter: (input, { images }) =>
    new GoogleAdsAdapter({
      developerToken: requiredCredential(input, 'developerToken'),
      clientId: requiredCredential(input, 'clientId'),
      clientSecret: requiredCredential(input, 'clientSecret'),
      refreshToken: requiredCredential(input, 'refreshToken'),
      customerId: requiredCredential(input, 'customerId'),
      loginCustomerId: input.credentials.loginCustomerId,
      accountTimeZone: input.connection.timeZone ?? undefined,
    }, { images }),
};
