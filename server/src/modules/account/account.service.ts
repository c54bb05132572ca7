import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppError, badInput, conflict } from '../../common/app-error';
import type { Config } from '../../config';
import type { RequestContext, Viewer } from '../../graphql/request-context';
import type { PlaceDirectory } from '../place/place-directory';
import { clearHits, countHits, deleteStaleHits, giveBackHit } from '../../db/throttle';
import { inOneStatement, inTransaction } from '../../db/transaction';
import { AccountExportRepository } from './account-export.repository';
import { AccountRepository } from './account.repository';
import { eraseAccount } from './erase-account';
import type { CreateCommissionerInput, SignInInput, SignUpInput } from './account.inputs';
import { dummyHash, hashPassword, verifyPassword } from './password';
import { assertAcceptablePassword } from './password-policy';
import { Role } from './role';
import { issueToken, newSessionId } from './token';
import { User, type AuthPayload } from './user.entity';

// Owns: one account per email (lower-cased); commissioners always have a local authority; sign-in failures say
// the same thing whichever of email or password was wrong, and are rate-limited by email and by client; sign-up and
// password reset answer the same whether or not an email is registered; a new password revokes every other token.
export const SIGN_IN_FAILED = 'That email and password do not match an account.';
const WINDOW_SECONDS = 15 * 60;
const MAX_FAILURES_PER_EMAIL = 5;
const MAX_FAILURES_PER_CLIENT = 30;
const SIGN_UP_WINDOW_SECONDS = 60 * 60;
const RESET_WINDOW_SECONDS = 60 * 60;
const MAX_RESETS_PER_EMAIL = 3;
const MAX_RESETS_PER_CLIENT = 20;
const MAX_PASSWORD_CHECKS_PER_ACCOUNT = 5;
const PASSWORD_MAX = 200;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const RESET_LINK_INVALID = 'This link to reset your password has expired or has been used. Ask for a new one.';

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
    const name = input.name.trim();
    // Hashed either way, and one statement either way (see insertUserOrTellOwner), so time does not tell either.
    const passwordHash = await hashPassword(input.password);
    const user = await AccountRepository.insertUserOrTellOwner(ctx.db, { email, name, role, passwordHash });
    if (user) return this.session(ctx, user);
    // The email has an account, whose owner has just been emailed. The answer looks like a new account's, with a
    // well-signed token for an account that does not exist, so it signs nobody in (docs/security.md, "Sign-up").
    const nobody = Object.assign(new User(), { id: randomUUID(), email, name, role, localAuthorityCode: null, createdAt: new Date(), tokenGeneration: 0, keptSessionId: null, deletedAt: null });
    return this.session(ctx, nobody);
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

  /** The session that asks keeps working; every other token of the account stops (see token.ts). */
  async changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<boolean> {
    const viewer = ctx.viewer!;
    if (newPassword.length > PASSWORD_MAX) throw badInput(`Choose a password of up to ${PASSWORD_MAX} characters.`, 'newPassword');
    await this.limitPasswordChecks(ctx, viewer.id);
    return inTransaction(ctx, async (tx) => {
      const account = await AccountRepository.lockCredentialsById(tx.db, viewer.id);
      if (!account) throw new AppError('UNAUTHENTICATED', 'Please sign in to do this.');
      if (!(await verifyPassword(account.passwordHash, currentPassword.slice(0, PASSWORD_MAX)))) throw badInput('Your current password is not right.', 'currentPassword');
      asField(() => assertAcceptablePassword(newPassword, account.email), 'newPassword');
      if (newPassword === currentPassword) throw badInput('Choose a new password that is different from your current one.', 'newPassword');
      await AccountRepository.setPasswordRevokingTokens(tx.db, account.id, await hashPassword(newPassword), viewer.sessionId || null);
      return true;
    });
  }

  /** Always true for a well-formed email: whether it has an account is told only to its owner, by email. */
  async requestPasswordReset(ctx: RequestContext, rawEmail: string): Promise<boolean> {
    const email = normaliseEmail(rawEmail);
    if (email.length > 254 || !EMAIL.test(email)) throw badInput('Enter an email address like name@example.com.', 'email');
    const counters = await inOneStatement(ctx, (db) => countHits(db, [`reset:email:${email}`, `reset:client:${ctx.http?.clientKey ?? 'local'}`], RESET_WINDOW_SECONDS));
    const over = counters.filter((c) => c.hits > (c.key.startsWith('reset:email:') ? MAX_RESETS_PER_EMAIL : MAX_RESETS_PER_CLIENT));
    if (over.length) {
      const retryAfterSeconds = Math.max(...over.map((c) => c.retryAfterSeconds));
      throw new AppError('RATE_LIMITED', `Too many requests to reset a password. Please wait ${describeWait(retryAfterSeconds)} and try again.`, { retryAfterSeconds });
    }
    // 256 random bits; only its SHA-256 is stored (a stolen database copy holds no working link).
    const token = randomBytes(32).toString('base64url');
    await inOneStatement(ctx, (db) => AccountRepository.requestPasswordReset(db, email, resetTokenHash(token), `/reset-password?token=${token}`));
    return true;
  }

  async resetPassword(ctx: RequestContext, token: string, newPassword: string): Promise<AuthPayload> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw badInput(RESET_LINK_INVALID, 'token');
    if (newPassword.length > PASSWORD_MAX) throw badInput(`Choose a password of up to ${PASSWORD_MAX} characters.`, 'newPassword');
    asField(() => assertAcceptablePassword(newPassword, ''), 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    return inTransaction(ctx, async (tx) => {
      // Used in the same transaction as the new password: a refusal below rolls it back, and the link still works.
      const userId = await AccountRepository.useResetToken(tx.db, resetTokenHash(token));
      const account = userId ? await AccountRepository.lockCredentialsById(tx.db, userId) : null;
      if (!account) throw badInput(RESET_LINK_INVALID, 'token');
      asField(() => assertAcceptablePassword(newPassword, account.email), 'newPassword');
      const user = await AccountRepository.setPasswordRevokingTokens(tx.db, account.id, passwordHash, null);
      // Whoever reset it proved they hold the mailbox: sign-in failures counted against the email start again.
      await clearHits(tx.db, `email:${account.email}`);
      return this.session(tx, user);
    });
  }

  /** Everything held about the signed-in account, as JSON, read in one snapshot (account-export.repository.ts). */
  async exportMyData(ctx: RequestContext): Promise<string> {
    const viewer = ctx.viewer!;
    const sections = await inTransaction(ctx, (tx) => AccountExportRepository.sections(tx.db, viewer.id), { isolation: 'REPEATABLE READ' });
    if (!sections.account) throw new AppError('UNAUTHENTICATED', 'Please sign in to do this.');
    return JSON.stringify({ exportedAt: new Date().toISOString(), service: 'Support Market', about: 'Everything Support Market holds about your account (UK GDPR Article 15).', ...sections }, null, 2);
  }

  /** Erases the account in one transaction (erase-account.ts); the password is asked again, as for changing it. */
  async deleteMyAccount(ctx: RequestContext, password: string): Promise<boolean> {
    const viewer = ctx.viewer!;
    await this.limitPasswordChecks(ctx, viewer.id);
    await inTransaction(ctx, async (tx) => {
      const account = await AccountRepository.lockCredentialsById(tx.db, viewer.id);
      if (!account) throw new AppError('UNAUTHENTICATED', 'Please sign in to do this.');
      if (!(await verifyPassword(account.passwordHash, password.slice(0, PASSWORD_MAX)))) throw badInput('Your password is not right.', 'password');
      await eraseAccount(tx.db, { id: account.id, role: account.role, email: account.email });
    });
    ctx.http?.clearSessionCookie();
    return true;
  }

  /** A stolen session cannot guess the password through changePassword or deleteMyAccount faster than sign-in can. */
  private async limitPasswordChecks(ctx: RequestContext, userId: string): Promise<void> {
    const [c] = await inOneStatement(ctx, (db) => countHits(db, [`password-check:user:${userId}`], WINDOW_SECONDS));
    if (c.hits > MAX_PASSWORD_CHECKS_PER_ACCOUNT) {
      throw new AppError('RATE_LIMITED', `Too many password attempts. Please wait ${describeWait(c.retryAfterSeconds)} and try again.`, { retryAfterSeconds: c.retryAfterSeconds });
    }
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
    const token = issueToken(this.config.authSecret, viewer, this.config.tokenTtlSeconds, Date.now(), { generation: user.tokenGeneration, id: newSessionId() });
    ctx.http?.setSessionCookie(token, this.config.tokenTtlSeconds);
    return { token, user };
  }
}

export const resetTokenHash = (token: string): Buffer => createHash('sha256').update(token).digest();

/** The password rules name the field they were given as; these mutations have two password fields. */
function asField(check: () => void, field: string): void {
  try {
    check();
  } catch (e) {
    if (e instanceof AppError && e.code === 'BAD_USER_INPUT') throw badInput(e.message, field);
    throw e;
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
