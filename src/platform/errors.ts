/**
 * What a member reads when a turn fails on our side. Their own mistakes (a bad form, an unknown
 * button) never reach here: features answer those with a kind message of their own.
 */
export const apologyText =
  "Sorry, something went wrong on our side and I couldn't finish that. Please try again in a minute; if it keeps happening, let Democratic Services know.";
