import { googleAdsSdk } from './google-ads-sdk';

// That the application's modules do not load it: test/architecture/first-use-libraries.spec.ts.
describe('googleAdsSdk', () => {
  it('loads the library on first use, once', () => {
    const sdk = googleAdsSdk();
    expect(sdk.enums.CampaignStatus.PAUSED).toBe(3);
    expect(googleAdsSdk()).toBe(sdk);
  });
});
