import { assertAcceptablePassword } from './password-policy';

// Finding 13 of issue 13: ten spaces were accepted as a password, and common passwords were not refused.
describe('password policy', () => {
  it.each(['correct horse battery', 'a long enough password', 'Tr0ub4dor&3xyz', 'пароль-который-длинный', 'with  some   spaces inside'])('accepts %s', (p) => {
    expect(() => assertAcceptablePassword(p, 'someone@example.org')).not.toThrow();
  });

  it.each([
    ['ten spaces', ' '.repeat(10)],
    ['spaces around a short word', '   abc      '],
    ['a repeated character', 'aaaaaaaaaaaa'],
    ['two characters repeated', 'abababababab'],
    ['a common password', 'qwertyuiop'],
    ['a common password with a year', 'baseball2024'],
    ['a common password with digits and a symbol', 'Password123!'],
    ['digits', '1234567890'],
    ['the email address', 'someone@example.org'],
    ['the email name with digits', 'someone1234'],
  ])('refuses %s', (_what, p) => {
    expect(() => assertAcceptablePassword(p, 'someone@example.org')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'password' } }));
  });
});
