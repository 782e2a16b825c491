/**
 * The refusal next-auth passes to the login form (as `error`) when the password was right but
 * the account is deactivated. Only someone who knows the password learns that the account
 * exists and is closed; every other refusal stays next-auth's one "CredentialsSignin".
 */
export const ACCOUNT_DEACTIVATED = "AccountDeactivated";

/** Thrown from `authorize`: next-auth hands the message to the client as the sign-in error. */
export class AccountDeactivatedError extends Error {
  constructor() {
    super(ACCOUNT_DEACTIVATED);
    this.name = "AccountDeactivatedError";
  }
}
