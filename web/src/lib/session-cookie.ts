/** The same name as the API's own session cookie, so both origins read alike. */
export const SESSION_COOKIE = 'sm_session';
/** Which person a supporter is acting for (features/supporter/acting.ts); it ends with the session. */
export const ACTING_COOKIE = 'sm_acting_for';
/** Offerings picked for comparison: ids, comma separated. Not personal data; no sign-in needed. */
export const COMPARE_COOKIE = 'sm_compare';
export const MAX_COMPARE = 4;
/** Offerings saved to the shortlist: ids, comma separated. Not personal data; no sign-in needed. */
export const SHORTLIST_COOKIE = 'sm_shortlist';
export const MAX_SHORTLIST = 12;
