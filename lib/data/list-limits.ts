/** How many rows the plain record lists show, newest first. */
export const RECENT_LIMIT = 50;
