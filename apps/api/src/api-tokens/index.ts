/** What other modules may use of API tokens: scopes (on the principal) and the lookup the auth guard runs. */
export type { TokenScope } from './api-token.entity';
export { ApiTokensService } from './api-tokens.service';
export { CreateApiTokenDto } from './api-tokens.dto';
export { ApiTokensModule } from './api-tokens.module';
