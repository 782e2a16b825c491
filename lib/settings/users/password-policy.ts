/*
 * What any password must be, chosen by its user or generated (password.ts, 23 characters).
 * The minimum is NIST SP 800-63B-4's for a password that is the only factor, as it is here;
 * the maximum is what the sign-in form accepts, so no password can be set that cannot sign in.
 */
export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 1024;
