import type { AppConfig } from '../../config/app-config';
import type { LimitRule } from './redis-limiter';

/**
 * Failed credentials per client address: wrong sign-ins and unknown API tokens share this
 * counter, so guessing through either door uses up the same budget.
 */
export const failedCredentialsPerIp = (config: AppConfig, ip: string): LimitRule => ({
  key: `rl:auth-fail-ip:${ip}`, limit: config.loginMaxAttemptsPerIp, windowSeconds: config.loginWindowSeconds,
});

/**
 * Failed sign-ins per account *from one address*: an attacker elsewhere cannot lock the owner
 * out (see docs/SECURITY.md for the trade-off).
 */
export const failedSignInsPerAccountAndIp = (config: AppConfig, email: string, ip: string): LimitRule => ({
  key: `rl:login:${ip}:${email}`, limit: config.loginMaxAttemptsPerAccount, windowSeconds: config.loginWindowSeconds,
});

/** Requests per minute of one API token. */
export const requestsPerToken = (config: AppConfig, tokenId: string): LimitRule => ({
  key: `rl:api-token:${tokenId}`, limit: config.tokenRateLimitPerMinute, windowSeconds: 60,
});
