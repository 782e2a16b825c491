import type { CatalogOf } from "./catalog";

// Field messages of the shared record schemas (lib/validation/records), English and Finnish.
export const validationEn = {
  "validation.required": "Fill in this field.",
  "validation.tooLong": "This is too long.",
  "validation.email": "Enter an email address like name@company.fi.",
  "validation.domain": "Enter a web domain like company.fi.",
  "validation.country": "Enter a two-letter country code like FI.",
  "validation.wholeNumber": "Enter a whole number.",
  "validation.tooSmall": "This number is too small.",
  "validation.tooLarge": "This number is too large.",
  "validation.reference": "Choose one from the list.",
  "validation.money": "Enter an amount like 1 054,50.",
  "validation.currency": "Enter a three-letter currency code like EUR.",
  "validation.date": "Enter a date like 2017-03-01 or 1.3.2017.",
  "validation.boolean": "Enter yes or no.",
  "validation.option": "Choose one of the options.",
  "validation.ownerInactive": "This user has been deactivated; choose an active user.",
  "validation.version": "The form is missing the version it was opened at. Reload the page.",
  "validation.intervalNeedsAgreement": "An order interval needs a framework agreement.",
} as const;

export const validationFi: CatalogOf<typeof validationEn> = {
  "validation.required": "Täytä tämä kenttä.",
  "validation.tooLong": "Teksti on liian pitkä.",
  "validation.email": "Anna sähköpostiosoite, esimerkiksi nimi@yritys.fi.",
  "validation.domain": "Anna verkkotunnus, esimerkiksi yritys.fi.",
  "validation.country": "Anna kaksikirjaiminen maakoodi, esimerkiksi FI.",
  "validation.wholeNumber": "Anna kokonaisluku.",
  "validation.tooSmall": "Luku on liian pieni.",
  "validation.tooLarge": "Luku on liian suuri.",
  "validation.reference": "Valitse jokin luettelosta.",
  "validation.money": "Anna summa, esimerkiksi 1 054,50.",
  "validation.currency": "Anna kolmikirjaiminen valuuttakoodi, esimerkiksi EUR.",
  "validation.date": "Anna päivämäärä, esimerkiksi 1.3.2017 tai 2017-03-01.",
  "validation.boolean": "Anna kyllä tai ei.",
  "validation.option": "Valitse jokin vaihtoehdoista.",
  "validation.ownerInactive": "Tämä käyttäjä on poistettu käytöstä; valitse aktiivinen käyttäjä.",
  "validation.version": "Lomakkeelta puuttuu versio, jolla se avattiin. Lataa sivu uudelleen.",
  "validation.intervalNeedsAgreement": "Tilausväli edellyttää puitesopimusta.",
};
