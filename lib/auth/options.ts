import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./credentials";
import { LOGIN_PATH } from "./navigation";
import { sessionClaims } from "./session-token";
import { SESSION_MAX_AGE_SECONDS } from "./session-validity";

/** NEXTAUTH_SECRET and NEXTAUTH_URL come from the environment. */
export const authOptions: AuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: LOGIN_PATH, error: LOGIN_PATH },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, request) {
        const forwarded = request?.headers?.["x-forwarded-for"];
        const clientAddress = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
        const user = await authenticate(credentials, clientAddress);
        return user && { ...user, id: String(user.id) };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // `user` is only present on the sign-in itself; later calls carry the token forward.
      if (user) {
        const identity = { id: Number(user.id), name: user.name ?? "", email: user.email ?? "", role: user.role, locale: user.locale };
        Object.assign(token, sessionClaims(identity, user.issuedAt));
      }
      return token;
    },
    session({ session, token }) {
      // A token without an issue time predates sessionsValidFrom and cannot be checked against it.
      const { uid, role, locale, issuedAt } = token;
      if (uid && role && locale && issuedAt) {
        session.user = { id: uid, name: token.name ?? "", email: token.email ?? "", role, locale, issuedAt };
      } else {
        delete session.user;
      }
      return session;
    },
  },
};
