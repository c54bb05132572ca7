import type { EntityManager } from 'typeorm';
import { AppError, badInput, conflict } from '../../common/app-error';
import type { Config } from '../../config';
import type { RequestContext, Viewer } from '../../graphql/request-context';
import type { PlaceDirectory } from '../place/place-directory';
import { clearHits, countHits, deleteStaleHits, giveBackHit } from '../../db/throttle';
import { inOneStatement } from '../../db/transaction';
import { AccountRepository } from './account.repository';
import type { CreateCommissionerInput, SignInInput, SignUpInput } from './account.inputs';
import { dummyHash, hashPassword, verifyPassword } from './password';
import { assertAcceptablePassword } from './password-policy';
import { Role } from './role';
import { issueToken } from './token';
import type { AuthPayload, User } from './user.entity';

// Owns: one account per email (lower-cased); commissioners always have a local authority; sign-in failures say
// the same thing whichever of email or password was wrong, and are rate-limited by email and by client.
export const SIGN_IN_FAILED = 'That email and password do not match an account.';
const WINDOW_SECONDS = 15 * 60;
const MAX_FAILURES_PER_EMAIL = 5;
const MAX_FAILURES_PER_CLIENT = 30;
const SIGN_UP_WINDOW_SECONDS = 60 * 60;

export class AccountService {
  constructor(
    private readonly config: Config,
    private readonly places: PlaceDirectory,
  ) {}

  async signUp(ctx: RequestContext, input: SignUpInput): Promise<AuthPayload> {
    // Accounts are what demand signals and reviews are limited by, so making them is limited too (issue 13, finding 4).
    const [signUps] = await inOneStatement(ctx, (db) => countHits(db, [`sign-up:client:${ctx.http?.clientKey ?? 'local'}`], SIGN_UP_WINDOW_SECONDS));
    if (signUps.hits > this.config.signUpsPerClientPerHour) {
      throw new AppError('RATE_LIMITED', `Too many new accounts from here. Please wait ${describeWait(signUps.retryAfterSeconds)} and try again.`, { retryAfterSeconds: signUps.retryAfterSeconds });
    }
    const email = normaliseEmail(input.email);
    assertAcceptablePassword(input.password, email);
    const role = input.accountType === 'PROVIDER' ? Role.PROVIDER : Role.PERSON;
    const user = await AccountRepository.insertUser(ctx.db, {
      email,
      name: input.name.trim(),
      role,
      passwordHash: await hashPassword(input.password),
      localAuthorityCode: null,
    });
    if (!user) throw conflict('An account with this email already exists. Try signing in.');
    return this.session(ctx, user);
  }

  async signIn(ctx: RequestContext, input: SignInInput): Promise<AuthPayload> {
    const email = normaliseEmail(input.email);
    const emailKey = `email:${email}`;
    const clientKey = `client:${ctx.http?.clientKey ?? 'local'}`;
    // Counted before the password is checked (and committed at once, outside any transaction), so that however many
    // guesses arrive together only the first MAX_FAILURES_PER_EMAIL reach verifyPassword.
    const counters = await inOneStatement(ctx, (db) => countHits(db, [emailKey, clientKey], WINDOW_SECONDS));
    const over = counters.filter((c) => c.hits > (c.key === emailKey ? MAX_FAILURES_PER_EMAIL : MAX_FAILURES_PER_CLIENT));
    if (over.length) {
      const retryAfterSeconds = Math.max(...over.map((c) => c.retryAfterSeconds));
      throw new AppError('RATE_LIMITED', `Too many failed sign-in attempts. Please wait ${describeWait(retryAfterSeconds)} and try again.`, { retryAfterSeconds });
    }
    const found = await AccountRepository.findCredentialsByEmail(ctx.db, email);
    const ok = await verifyPassword(found?.passwordHash ?? (await dummyHash()), input.password);
    if (!found || !ok) throw new AppError('UNAUTHENTICATED', SIGN_IN_FAILED);
    // A success starts the email's count again and does not count against its client.
    await clearHits(ctx.db, emailKey);
    await giveBackHit(ctx.db, clientKey);
    if (Math.random() < 0.01) await deleteStaleHits(ctx.db);
    const { passwordHash: _hidden, ...user } = found;
    return this.session(ctx, user as User);
  }

  signOut(ctx: RequestContext): boolean {
    ctx.http?.clearSessionCookie();
    return true;
  }

  async createCommissioner(ctx: RequestContext, input: CreateCommissionerInput): Promise<User> {
    // Commissioners work for a council that commissions care: a shire district's code is refused, naming its county.
    const area = this.places.commissioningAuthority(input.localAuthorityCode);
    assertAcceptablePassword(input.password, input.email);
    const user = await AccountRepository.insertUser(ctx.db, {
      email: normaliseEmail(input.email),
      name: input.name.trim(),
      role: Role.COMMISSIONER,
      passwordHash: await hashPassword(input.password),
      localAuthorityCode: area.code,
    });
    if (!user) throw conflict('An account with this email already exists.');
    return user;
  }

  async viewer(ctx: RequestContext): Promise<User | null> {
    return ctx.viewer ? ctx.loaders.userById.load(ctx.viewer.id) : null;
  }

  /** Makes sure the configured admin account exists with the configured password (start-up only). */
  async ensureAdmin(db: EntityManager, email: string, password: string): Promise<void> {
    const hash = await hashPassword(password);
    const created = await AccountRepository.insertUser(db, { email: normaliseEmail(email), name: 'Administrator', role: Role.ADMIN, passwordHash: hash, localAuthorityCode: null });
    if (!created) await AccountRepository.setPasswordAndRole(db, normaliseEmail(email), hash, Role.ADMIN);
  }

  private session(ctx: RequestContext, user: User): AuthPayload {
    const viewer: Viewer = { id: user.id, role: user.role, localAuthorityCode: user.localAuthorityCode };
    const token = issueToken(this.config.authSecret, viewer, this.config.tokenTtlSeconds);
    ctx.http?.setSessionCookie(token, this.config.tokenTtlSeconds);
    return { token, user };
  }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** "14 minutes", "1 minute", "40 seconds": the real wait, rounded up to whole minutes past the first minute. */
export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
