import type { AdsPlatform, ConnectionField } from '../api/hooks/adsPlatforms';
import { json } from './fakeApi';

const LOCALE_FIELDS: ConnectionField[] = [
  {
    "name": "currency",
    "label": "Account currency",
    "secret": false,
    "required": false,
    "placeholder": "USD",
    "pattern": "^[A-Za-z]{3}$",
    "patternMessage": "Use a 3-letter ISO code such as USD."
  },
  {
    "name": "timeZone",
    "label": "Account time zone",
    "secret": false,
    "required": false,
    "placeholder": "America/Chicago",
    "description": "IANA name; daily reports use this calendar."
  }
];

const COMMON_RULES = [
  "The landing URL must use https.",
  "Ages 18–65+ only: no targeting or excluding by age, gender, ZIP/postal code, parental, marital or family status, or income.",
  "No excluded audiences or locations; no custom, lookalike or customer-match audiences."
];

/** GET /api/ads-platforms as the API answers it today (from the registry in apps/api/src/ads-platforms/platforms.ts). */
export const ADS_PLATFORMS: AdsPlatform[] = [
  {
    kind: "meta", label: "Meta", optionLabel: "Meta (Facebook / Instagram)", isSandbox: false, needsVerification: true,
    connectionNote: null,
    fields: [
      {
        "name": "adAccountId",
        "label": "Ad account id",
        "secret": false,
        "required": true,
        "placeholder": "act_1234567890",
        "pattern": "^(act_)?\\d{1,20}$",
        "patternMessage": "Use act_ followed by digits, or digits."
      },
      {
        "name": "pageId",
        "label": "Facebook Page id",
        "secret": false,
        "required": true,
        "placeholder": "100200300400",
        "pattern": "^\\d{1,20}$",
        "patternMessage": "Use digits only."
      },
      {
        "name": "accessToken",
        "label": "Access token",
        "secret": true,
        "required": true,
        "description": "A system-user token with ads_management and ads_read."
      },
      {
        "name": "appId",
        "label": "App id",
        "secret": false,
        "required": false,
        "placeholder": "1234567890",
        "pattern": "^\\d{1,20}$",
        "patternMessage": "Use digits only."
      },
      {
        "name": "appSecret",
        "label": "App secret",
        "secret": true,
        "required": false,
        "description": "Needed when the app requires appsecret_proof."
      },
      ...LOCALE_FIELDS,
    ],
    compliance: {
      minRadiusKm: 25, maxRadiusKm: 80, textLimits: {"headline": 40, "primaryText": 125, "description": 30}, textCounting: "characters",
      rules: [...COMMON_RULES, "The radius around a city must be at least 25 km (15 miles) for employment ads on Meta.", "Meta allows a city radius of at most 80 km (50 miles).", "Meta allows at most: headline 40, primary text 125, description 30 characters.", "An uploaded image must be, for Meta: feed image at least 600×600 (1080×1080 recommended)."],
      imageShapes: [{ name: 'feed image', minWidth: 600, minHeight: 600, aspectRatio: null, recommendedWidth: 1080, recommendedHeight: 1080 }],
    },
    targeting: {"skillsLabel": "Interests (skills)", "usesKeywords": false, "adPreview": "feed"},
  },
  {
    kind: "google", label: "Google Ads", optionLabel: "Google Ads", isSandbox: false, needsVerification: true,
    connectionNote: null,
    fields: [
      {
        "name": "customerId",
        "label": "Customer id",
        "secret": false,
        "required": true,
        "placeholder": "123-456-7890",
        "pattern": "^\\d{3}-?\\d{3}-?\\d{4}$",
        "patternMessage": "Use 10 digits (dashes allowed)."
      },
      {
        "name": "loginCustomerId",
        "label": "Manager (login) customer id",
        "secret": false,
        "required": false,
        "placeholder": "987-654-3210",
        "description": "Only when access goes through a manager account.",
        "pattern": "^\\d{3}-?\\d{3}-?\\d{4}$",
        "patternMessage": "Use 10 digits (dashes allowed)."
      },
      {
        "name": "developerToken",
        "label": "Developer token",
        "secret": true,
        "required": true
      },
      {
        "name": "clientId",
        "label": "OAuth client id",
        "secret": true,
        "required": true
      },
      {
        "name": "clientSecret",
        "label": "OAuth client secret",
        "secret": true,
        "required": true
      },
      {
        "name": "refreshToken",
        "label": "OAuth refresh token",
        "secret": true,
        "required": true
      },
      ...LOCALE_FIELDS,
    ],
    compliance: {
      minRadiusKm: 1, maxRadiusKm: null, textLimits: {"headline": 30, "description": 90}, textCounting: "double-width",
      rules: [...COMMON_RULES, "The radius around a city must be at least 1 km.", "Google allows at most: headline 30, description 90 characters (double-width characters count twice).", "An uploaded image must be, for Google: landscape at least 600×314 at 1.91:1 (1200×628 recommended) or square at least 300×300 at 1:1 (1200×1200 recommended)."],
      imageShapes: [
        { name: 'landscape', minWidth: 600, minHeight: 314, aspectRatio: 1.91, recommendedWidth: 1200, recommendedHeight: 628 },
        { name: 'square', minWidth: 300, minHeight: 300, aspectRatio: 1, recommendedWidth: 1200, recommendedHeight: 1200 },
      ],
    },
    targeting: {"skillsLabel": "Keywords from skills", "usesKeywords": true, "adPreview": "search"},
  },
  {
    kind: "sandbox", label: "Sandbox", optionLabel: "Sandbox (simulated, no real ads)", isSandbox: true, needsVerification: false,
    connectionNote: "The sandbox simulates delivery from budget and audience size. Everything published to it is labelled “Sandbox”.",
    fields: [
      ...LOCALE_FIELDS,
    ],
    compliance: {
      minRadiusKm: 1, maxRadiusKm: null, textLimits: {}, textCounting: null,
      rules: [...COMMON_RULES, "The radius around a city must be at least 1 km."],
      imageShapes: [],
    },
    targeting: {"skillsLabel": "Skills", "usesKeywords": true, "adPreview": "feed"},
  },
];

/** Add to mockApi handlers of any screen that shows platform kinds, labels or connection forms. */
export const adsPlatformsHandler = () => json({ items: ADS_PLATFORMS });
