import { ArrayMaxSize, ArrayUnique, IsIn, Matches } from 'class-validator';
import { DeliveryMode } from './catalogue.enums';

// Validation shared by every input that carries languages or delivery modes (offerings, plan preferences).

/** BCP 47 primary language subtag (2-3 letters) with optional subtags: en, cy, ur, pl, bfi, en-GB. */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const LANGUAGE_MESSAGE = 'Languages must be codes like en, cy, ur, pl or bfi.';

/** Up to 20 distinct language codes. */
export function LanguageCodes(): PropertyDecorator {
  return (target, key) => {
    ArrayMaxSize(20)(target, key as string);
    ArrayUnique()(target, key as string);
    Matches(LANGUAGE_TAG, { each: true, message: LANGUAGE_MESSAGE })(target, key as string);
  };
}

/** Up to five distinct delivery modes. */
export function DeliveryModeList(): PropertyDecorator {
  return (target, key) => {
    ArrayMaxSize(5)(target, key as string);
    ArrayUnique()(target, key as string);
    IsIn(Object.values(DeliveryMode), { each: true })(target, key as string);
  };
}
