/**
 * The account entity alone, for auth's sessions (relation, sign-in lookups). Auth cannot take it from index.ts:
 * UsersService there injects auth's SessionsService, so loading it from auth would close a load-time cycle.
 */
export { User } from './user.entity';
