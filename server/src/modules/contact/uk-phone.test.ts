import { normaliseUkPhone } from './uk-phone';

describe('normaliseUkPhone', () => {
  it.each([
    ['0161 496 0123', '0161 496 0123'],
    ['+44 (0)20 7946 0123', '020 7946 0123'],
    ['07700-900123', '07700 900123'],
    ['01632960123', '01632 960123'],
    ['0300 123 4567', '0300 123 4567'],
    ['0044 113 496 0000', '0113 496 0000'],
  ])('reads %s as %s', (raw, expected) => expect(normaliseUkPhone(raw)).toBe(expected));

  it.each(['12345', '+1 415 555 0100', '0161 496 012', '<b>0161</b>', '00 161 496 0123', 'call me'])('refuses %s', (raw) => expect(normaliseUkPhone(raw)).toBeNull());
});
