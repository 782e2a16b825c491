import type { Locale, Role } from "@/generated/prisma/enums";

declare module "next-auth" {
  interface User {
    role: Role;
    locale: Locale;
  }

  interface Session {
    /** Absent when the token is not one this app issued. */
    user?: {
      id: number;
      name: string;
      email: string;
      role: Role;
      locale: Locale;
      /** Epoch seconds of the sign-in, so a session cannot be stretched past its maximum age. */
      authenticatedAt: number;
    };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    role?: Role;
    locale?: Locale;
    authenticatedAt?: number;
  }
}
