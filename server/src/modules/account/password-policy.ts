import { badInput } from '../../common/app-error';
import { COMMON_PASSWORDS } from './common-passwords';

// Password rules after NCSC's password guidance and OWASP's Authentication Cheat Sheet (issue 13, finding 13):
// length over complexity (at least 10 characters, and at least 10 that are not spaces: ten spaces were accepted),
// any characters allowed, no composition rules, no expiry; but not one of the passwords seen most often in leaks
// (a shipped list: no network call), nor that with a year or a few digits and symbols on the end, nor a run of one
// or two characters, nor the email address itself.
const COMMON = new Set(COMMON_PASSWORDS);
export const PASSWORD_MIN = 10;

export function assertAcceptablePassword(password: string, email: string): void {
  const lower = password.toLowerCase();
  const compact = lower.replace(/\s+/g, '');
  if (compact.length < PASSWORD_MIN) throw badInput(`Choose a password of at least ${PASSWORD_MIN} characters, not counting spaces.`, 'password');
  if (new Set(compact).size < 4) throw badInput('Choose a password that is not one or two characters repeated.', 'password');
  const stem = compact.replace(/[\d\W_]+$/, '');
  if (COMMON.has(compact) || (stem.length >= 6 && COMMON.has(stem)) || /^(\d+|qwerty\w*|asdf\w*|abcdef\w*)$/.test(compact)) {
    throw badInput('That password is one of the most common, so it is easy to guess. Choose a different one (three random words work well).', 'password');
  }
  const local = email.toLowerCase().split('@')[0];
  if (compact === email.toLowerCase() || (local.length >= 4 && compact.replace(/[\d\W_]+$/, '') === local)) {
    throw badInput('Choose a password that is not your email address.', 'password');
  }
}
