/** The international mile. Every distance on the site is shown in miles; the API works in km. */
export const KM_PER_MILE = 1.609344;
