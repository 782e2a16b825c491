import type { CatalogOf } from "./catalog";

/** The settings pages' frame: the sections' names and what each one holds. */
export const settingsEn = {
  "settings.tabsLabel": "Settings sections",
  "settings.section.stages": "Stages",
  "settings.section.stages.description": "The seven stages, their entry criteria and SLAs, and which team owns each stage in each segment.",
  "settings.section.segments": "Segments",
  "settings.section.segments.description": "The rules that place accounts in segments, each segment with its own sales model.",
  "settings.section.mql": "MQL agreement",
  "settings.section.mql.description": "What makes a lead marketing-qualified in each segment, agreed and approved by sales and marketing.",
  "settings.section.scoring": "Scoring",
  "settings.section.scoring.description": "Fit points by attribute, engagement points by touchpoint type, and how fast engagement fades.",
  "settings.section.teams": "Teams",
  "settings.section.teams.description": "The teams that own stages and how much work each can handle in a month.",
  "settings.section.users": "Users",
  "settings.section.users.description": "Who can sign in, with which role and in which team.",
  "settings.section.careModels": "Care models",
  "settings.section.careModels.description": "How customers of each tier are cared for: the channels and the expected contact cadence.",
  "settings.section.audit": "Audit log",
  "settings.section.audit.description": "Every change made in the system: who, when, and what it was before and after.",
} as const;

export const settingsFi: CatalogOf<typeof settingsEn> = {
  "settings.tabsLabel": "Asetusten osiot",
  "settings.section.stages": "Vaiheet",
  "settings.section.stages.description": "Seitsemän vaihetta, niiden siirtymäehdot ja käsittelyajat sekä se, mikä tiimi omistaa kunkin vaiheen kussakin segmentissä.",
  "settings.section.segments": "Segmentit",
  "settings.section.segments.description": "Säännöt, joilla asiakkaat jaetaan segmentteihin; jokaisella segmentillä on oma myyntimallinsa.",
  "settings.section.mql": "MQL-sopimus",
  "settings.section.mql.description": "Mikä tekee liidistä markkinointikelpoisen kussakin segmentissä – myynnin ja markkinoinnin yhdessä sopima ja hyväksymä.",
  "settings.section.scoring": "Pisteytys",
  "settings.section.scoring.description": "Sopivuuspisteet ominaisuuksien mukaan, aktiivisuuspisteet kontaktityypin mukaan ja se, kuinka nopeasti aktiivisuus vanhenee.",
  "settings.section.teams": "Tiimit",
  "settings.section.teams.description": "Vaiheita omistavat tiimit ja se, paljonko työtä kukin ehtii käsitellä kuukaudessa.",
  "settings.section.users": "Käyttäjät",
  "settings.section.users.description": "Kuka voi kirjautua sisään, millä roolilla ja missä tiimissä.",
  "settings.section.careModels": "Asiakashoitomallit",
  "settings.section.careModels.description": "Miten kunkin tason asiakkaita hoidetaan: kanavat ja odotettu yhteydenpitotiheys.",
  "settings.section.audit": "Muutosloki",
  "settings.section.audit.description": "Jokainen järjestelmään tehty muutos: kuka, milloin ja mitä ennen ja jälkeen.",
};
