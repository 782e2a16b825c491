import "server-only";
import { SignInThrottle } from "./sign-in-throttle";

/*
 * Wrong passwords counted per account (its email in lower case) and per client address, in
 * fifteen minutes. The login form and a signed-in user's change of password share the account
 * count, so a taken-over session gives no more guesses at the password than the login page.
 */

/** Five wrong guesses per account, on any path. */
export const accountGuesses = new SignInThrottle({ maxFailures: 5, windowMs: 15 * 60_000 });

/** Thirty per client address: an office behind one address. */
export const addressGuesses = new SignInThrottle({ maxFailures: 30, windowMs: 15 * 60_000 });
