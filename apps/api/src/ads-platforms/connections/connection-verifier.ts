import { HttpException, Injectable, Logger } from '@nestjs/common';
import { Principal } from '../../auth';
import type { VerifyResult } from '../ads-platform.port';
import { PlatformError, PlatformErrorKind } from '../platform-error';
import { errorMessage } from '../platform-error-mapping';
import { AdsPlatformFactory } from './ads-platform.factory';
import { ConnectionStatus } from './connection-fields';
import { ConnectionsService } from './connections.service';
import { VerifyConnectionResultDto } from './dto/connection.dto';

/** What a verify call means for the connection; `status: null` leaves the stored status alone. */
export interface VerifyOutcome {
  ok: boolean;
  status: ConnectionStatus | null;
  detail: string;
}

/**
 * `verify()` answers ok/not ok, but a refused token must become needs_reauth rather than a plain
 * error. Adapters signal that by throwing PlatformError('auth') or by a result carrying
 * `errorKind`; today's Meta and Google adapters turn auth failures into `ok: false` with the
 * mapped message, so as the last resort the texts of meta.errors.ts and google-ads.errors.ts for
 * auth failures are recognised here.
 */
const AUTH_TEXT = new RegExp([
  'access token or permission problem', // Meta 190/102/10/2xx
  'Google Ads access problem', // GoogleAdsFailure authentication_error / authorization_error
  'Google OAuth refresh failed', // invalid_grant, invalid_client, unauthorized_client
  'UNAUTHENTICATED', 'PERMISSION_DENIED', 'invalid authentication credentials', // gRPC 16/7, REST 401
].join('|'), 'i');

export function classifyVerify(result: VerifyResult | undefined, error?: unknown): VerifyOutcome {
  if (error !== undefined) {
    if (error instanceof PlatformError) {
      if (error.kind === 'auth') return { ok: false, status: 'needs_reauth', detail: error.message };
      // Rate limits and outages say nothing about the credentials: keep the status, say why.
      if (error.retryable) return { ok: false, status: null, detail: `Could not reach the platform right now, try again later: ${error.message}` };
      return { ok: false, status: 'error', detail: error.message };
    }
    return { ok: false, status: 'error', detail: `Verification failed: ${errorMessage(error)}` };
  }
  if (!result) return { ok: false, status: 'error', detail: 'The platform gave no answer.' };
  if (result.ok) return { ok: true, status: 'connected', detail: result.detail };
  const kind = (result as VerifyResult & { errorKind?: PlatformErrorKind }).errorKind;
  const auth = kind === 'auth' || (kind === undefined && AUTH_TEXT.test(result.detail));
  return { ok: false, status: auth ? 'needs_reauth' : 'error', detail: result.detail };
}

@Injectable()
export class ConnectionVerifier {
  private readonly logger = new Logger(ConnectionVerifier.name);

  constructor(
    private readonly factory: AdsPlatformFactory,
    private readonly connections: ConnectionsService,
  ) {}

  /** Calls the platform once (Meta: read the ad account; Google: list accessible customers). */
  async verify(id: string, principal: Principal, ip: string): Promise<VerifyConnectionResultDto> {
    let outcome: VerifyOutcome;
    try {
      const { platform } = await this.factory.forConnection(id, { allowNeedsReauth: true });
      outcome = classifyVerify(await platform.verify());
    } catch (error) {
      if (error instanceof HttpException) throw error; // 404: no such (live) connection
      outcome = classifyVerify(undefined, error);
    }
    this.logger.log({ connectionId: id, ok: outcome.ok, status: outcome.status }, 'platform connection verified');
    return this.connections.recordVerification(id, outcome, principal, ip);
  }
}
