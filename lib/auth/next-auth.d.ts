import type { Locale, Role } from "@/generated/prisma/enums";

declare module "next-auth" {
  interface User {
    role: Role;
    locale: Locale;
    /** Epoch milliseconds at which the password was checked, taken before the account was read. */
    issuedAt: number;
  }

  interface Session {
    /** Absent when the token is not one this app issued. */
    user?: {
      id: number;
      name: string;
      email: string;
      role: Role;
      locale: Locale;
      /**
       * Epoch milliseconds at which the token was issued (the sign-in, or the password change
       * that re-issued it): bounds the session's age and is compared with sessionsValidFrom.
       */
      issuedAt: number;
    };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    role?: Role;
    locale?: Locale;
    issuedAt?: number;
  }
}
