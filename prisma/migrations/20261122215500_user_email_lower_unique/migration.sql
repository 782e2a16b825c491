-- Written by hand: Prisma's schema cannot express a unique index over an expression. An email
-- is one account whatever its letter case: the app stores emails in lower case and signs in
-- by the lower-cased address, and this index keeps two users from sharing an address in any
-- case, whoever writes the row. tests/integration/schema-drift.test.ts lists it as a known
-- difference between the migrations and schema.prisma.
--
-- Addresses written before are lower-cased first; if two users differ only in case, this
-- fails and names the address, and one of the two must be renamed before migrating.
UPDATE "User" SET "email" = lower("email") WHERE "email" <> lower("email");

CREATE UNIQUE INDEX "User_email_lower_key" ON "User" (lower("email"));
