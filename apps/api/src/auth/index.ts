/**
 * What other modules may use of auth: who is calling, password hashing, ending sessions, secret helpers and the
 * cookie names the contract documents. AuthModule, AuthService and the guard are wired by app.module only: this
 * entry loads nothing that imports users, api-tokens or audit, which themselves import it (no load-time cycle).
 */
export { actorOf, type Principal } from './principal';
export { generatePassword, randomSecret, sha256 } from './secrets';
export { CSRF_HEADER, SESSION_COOKIE } from './cookies';
export { PasswordService } from './password.service';
export { SessionsService } from './sessions.service';
