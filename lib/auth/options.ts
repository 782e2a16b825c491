import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./credentials";
import { LOGIN_PATH } from "./navigation";

/** A working day: after it the user signs in again. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

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
        token.uid = Number(user.id);
        token.name = user.name;
        token.email = user.email;
        token.role = user.role;
        token.locale = user.locale;
        token.authenticatedAt = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    session({ session, token }) {
      const { uid, role, locale, authenticatedAt } = token;
      if (uid && role && locale && authenticatedAt) {
        session.user = { id: uid, name: token.name ?? "", email: token.email ?? "", role, locale, authenticatedAt };
      } else {
        delete session.user;
      }
      return session;
    },
  },
};
