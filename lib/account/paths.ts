/** The signed-in user's own account page, for every role. */
export const ACCOUNT_PATH = "/account";
