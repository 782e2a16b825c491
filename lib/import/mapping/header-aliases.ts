import type { ImportKind } from "../kinds";

/*
 * The column names CRM exports and Finnish spreadsheets use for each field, as
 * normalizeName() leaves them ("First Name" → "firstname"). HubSpot names its columns
 * after the property label ("Contact owner", "Original Source", "Website URL", "Record ID"),
 * Salesforce after the field label ("Lead Source", "Billing Country", "Opportunity Name").
 * Listed per kind, because the same header means different fields: "Company Name" is a
 * lead's company text but the account a contact belongs to, and "Account ID" is an
 * account's own id but a contact's account.
 */

const person = {
  firstName: ["firstname", "first", "givenname", "forename", "etunimi", "etunimet"],
  lastName: ["lastname", "last", "surname", "familyname", "sukunimi"],
  email: ["email", "emailaddress", "primaryemail", "businessemail", "workemail", "sähköposti", "sähköpostiosoite", "säpo"],
  phone: ["phone", "phonenumber", "mobile", "mobilephone", "mobilephonenumber", "businessphone", "workphone", "puhelin", "puhelinnumero", "matkapuhelin", "gsm"],
  title: ["title", "jobtitle", "position", "titteli", "tehtävänimike", "nimike", "asema"],
  persona: ["persona", "buyerpersona", "ostajapersoona", "persoona"],
};

const owner = ["owner", "ownername", "owneremail", "recordowner", "omistaja", "vastuuhenkilö", "vastuumyyjä", "myyjä"];
const segment = ["segment", "segmentti", "asiakassegmentti"];
const employees = ["numberofemployees", "employees", "employeecount", "noofemployees", "companysize", "henkilöstö", "henkilöstömäärä", "henkilömäärä", "työntekijät", "työntekijämäärä"];
const country = ["country", "countryregion", "countryname", "billingcountry", "mailingcountry", "shippingcountry", "maa", "valtio"];
const industry = ["industry", "toimiala"];
const domain = ["website", "websiteurl", "web", "url", "domain", "companydomain", "companydomainname", "domainname", "verkkosivut", "verkkosivu", "kotisivut", "verkkotunnus", "www"];
const source = ["leadsource", "originalsource", "source", "originalsourcetype", "lähde", "liidinlähde", "alkuperäinenlähde"];

export const HEADER_ALIASES: Record<ImportKind, Record<string, string[]>> = {
  LEAD: {
    ...person,
    company: ["company", "companyname", "organization", "organisation", "yritys", "yrityksennimi", "organisaatio", "firma"],
    companyDomain: domain,
    industry,
    employees,
    country,
    source,
    campaignId: ["campaign", "campaignname", "primarycampaign", "originalcampaign", "kampanja"],
    segmentId: segment,
    ownerId: [...owner, "leadowner", "contactowner"],
    externalId: ["recordid", "leadid", "id", "externalid", "hubspotid", "salesforceid", "tunnus", "ulkoinentunnus", "liidintunnus"],
  },
  CONTACT: {
    ...person,
    accountId: ["accountname", "account", "company", "companyname", "associatedcompany", "primarycompany", "accountid", "associatedcompanyid", "yritys", "yrityksennimi", "asiakas", "organisaatio"],
    ownerId: [...owner, "contactowner"],
    externalId: ["recordid", "contactid", "id", "externalid", "hubspotid", "salesforceid", "tunnus", "ulkoinentunnus", "yhteyshenkilöntunnus"],
  },
  ACCOUNT: {
    name: ["accountname", "companyname", "name", "company", "organization", "organisation", "nimi", "yritys", "yrityksennimi", "asiakas", "organisaatio"],
    domain,
    industry,
    employees,
    country,
    segmentId: segment,
    tier: ["tier", "customertier", "accounttier", "asiakastaso", "asiakasluokka", "luokka"],
    ownerId: [...owner, "accountowner", "companyowner"],
    frameworkAgreement: ["frameworkagreement", "framework", "puitesopimus"],
    expectedOrderIntervalDays: ["orderinterval", "orderintervaldays", "expectedorderintervaldays", "tilausväli", "tilausvälipäivinä", "tilausväli päivää"],
    externalId: ["recordid", "accountid", "companyid", "id", "externalid", "hubspotid", "salesforceid", "tunnus", "ulkoinentunnus", "ytunnus", "asiakasnumero"],
  },
  DEAL: {
    name: ["opportunityname", "dealname", "name", "opportunity", "deal", "nimi", "kauppa", "kaupannimi", "myyntimahdollisuus"],
    accountId: ["accountname", "account", "company", "companyname", "associatedcompany", "accountid", "associatedcompanyid", "yritys", "asiakas"],
    amountMinor: ["amount", "dealamount", "value", "dealvalue", "annualcontractvalue", "acv", "arvo", "summa", "kaupanarvo", "euroa"],
    currency: ["currency", "currencyisocode", "opportunitycurrency", "dealcurrency", "valuutta"],
    productLine: ["productline", "product", "productfamily", "tuote", "tuotelinja", "tuoteryhmä"],
    pipelineStage: ["stage", "dealstage", "pipelinestage", "opportunitystage", "vaihe", "myyntivaihe", "kaupanvaihe"],
    closeDate: ["closedate", "expectedclosedate", "closingdate", "sulkemispäivä", "päätöspäivä", "arvioitupäätöspäivä", "kauppapäivä"],
    source: [...source, "dealsource"],
    ownerId: [...owner, "dealowner", "opportunityowner", "accountowner"],
    externalId: ["recordid", "opportunityid", "dealid", "id", "externalid", "hubspotid", "salesforceid", "tunnus", "ulkoinentunnus"],
    type: ["type", "dealtype", "opportunitytype", "tyyppi", "kaupantyyppi", "myynnintyyppi"],
  },
};
