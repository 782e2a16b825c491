import type { CatalogOf } from "./catalog";

/** The signed-in user's own account page: their details and the change of their password. */
export const accountEn = {
  "account.title": "My account",
  "account.description": "Your details and your password.",
  "account.details.title": "Your details",
  "account.details.body": "An administrator changes your name, email and role. The language is switched at the top of the page.",
  "account.field.name": "Name",
  "account.field.email": "Email",
  "account.field.role": "Role",

  "account.password.title": "Change password",
  "account.password.body": "Changing your password signs you out everywhere else, in every other browser and device. This browser stays signed in.",
  "account.password.current": "Current password",
  "account.password.new": "New password",
  "account.password.confirm": "New password again",
  "account.password.hint": "At least {min} characters. A few unrelated words make a long password that is easy to remember.",
  "account.password.submit": "Change password",
  "account.password.done": "Your password has been changed. You were signed out in every other browser and device.",
  "account.password.tooShort": "The new password is too short.",
  "account.password.mismatch": "The two new passwords differ.",
  "account.password.unchanged": "The new password must differ from the current one.",
  "account.password.wrongCurrent": "This is not your current password.",
  "account.password.lockedOut": "Too many wrong passwords for this account. Try again in a while.",
} as const;

export const accountFi: CatalogOf<typeof accountEn> = {
  "account.title": "Oma tili",
  "account.description": "Omat tietosi ja salasanasi.",
  "account.details.title": "Tietosi",
  "account.details.body": "Nimesi, sähköpostiosoitteesi ja roolisi vaihtaa ylläpitäjä. Kielen voit vaihtaa sivun yläreunasta.",
  "account.field.name": "Nimi",
  "account.field.email": "Sähköposti",
  "account.field.role": "Rooli",

  "account.password.title": "Vaihda salasana",
  "account.password.body": "Kun vaihdat salasanan, sinut kirjataan ulos kaikkialla muualla, kaikissa muissa selaimissa ja laitteissa. Tässä selaimessa pysyt kirjautuneena.",
  "account.password.current": "Nykyinen salasana",
  "account.password.new": "Uusi salasana",
  "account.password.confirm": "Uusi salasana uudelleen",
  "account.password.hint": "Vähintään {min} merkkiä. Muutamasta toisiinsa liittymättömästä sanasta saa pitkän salasanan, joka on helppo muistaa.",
  "account.password.submit": "Vaihda salasana",
  "account.password.done": "Salasanasi on vaihdettu. Sinut kirjattiin ulos kaikista muista selaimista ja laitteista.",
  "account.password.tooShort": "Uusi salasana on liian lyhyt.",
  "account.password.mismatch": "Uudet salasanat eivät ole samat.",
  "account.password.unchanged": "Uuden salasanan on oltava eri kuin nykyinen.",
  "account.password.wrongCurrent": "Tämä ei ole nykyinen salasanasi.",
  "account.password.lockedOut": "Tälle tilille on annettu liian monta väärää salasanaa. Yritä hetken kuluttua uudelleen.",
};
