import "server-only";
import { randomInt } from "node:crypto";

// No 0/O, 1/l/I: the password is read off the screen and typed or spoken once.
const ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const GROUPS = 4;
const GROUP_LENGTH = 5;

/**
 * A new user's (or a reset) password: 20 characters drawn uniformly from 57 by the system's
 * CSPRNG, about 117 bits, in four groups of five so it can be read out. It is shown to the
 * admin once and only its argon2 hash is stored.
 */
export function generatePassword(): string {
  const group = () => Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return Array.from({ length: GROUPS }, group).join("-");
}
