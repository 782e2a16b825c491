import type { CatalogOf } from "./catalog";

// The segments dashboard's messages, English and Finnish side by side.
export const segmentsEn = {
  "dashboard.tab.segments": "Segments",

  "segments.title": "Segments",
  "segments.subtitle":
    "The sales model of each segment, and what its customers cost to win and bring in: acquisition cost, lifetime value, payback, deal size and sales cycle.",
  "segments.downloadCsv": "Download CSV",
  "segments.csv.model": "Sales model CSV",
  "segments.csv.economics": "Unit economics CSV",
  "segments.period": "{period}. Figures as of {asOf}.",
  "segments.segment": "Segment",
  "segments.noSegments":
    "No segment matches the filters. Segments and the rules that place accounts in them come from the company settings; reset the segment filter to see them all.",
  "segments.drillFigure": "{figure} in {segment}: {value}. List the records behind it",

  "segments.modelTitle": "Sales model",
  "segments.modelDescription":
    "Which team owns each bow-tie stage in each segment, whether the work there is person-to-person or digital, and how many accounts entered the stage in the period.",
  "segments.modelCaption": "Sales model: the owning team and way of working for each segment and stage",
  "segments.modelLegend": "Legend",
  "segments.mode.H2H": "H2H",
  "segments.mode.DIGITAL": "Digital",
  "segments.modeDefinition.H2H": "Person-to-person: someone on our side works with the buyer (calls, meetings, negotiation).",
  "segments.modeDefinition.DIGITAL": "Digital: the buyer is served without a person (content, automation, self-service).",
  "segments.noOwner": "No owner",
  "segments.entered": "Entered",
  "segments.enteredDefinition": "Distinct accounts of the segment that entered the stage in the period, by any move.",
  "segments.drillEntered": "{count} accounts of {segment} entered {stage}. List them",
  "segments.modelEmpty":
    "No stage owners are recorded for these segments, so there is no sales model to show. The matrix comes from the company settings: for each segment and bow-tie stage, the team that owns it and whether the work is person-to-person or digital.",

  "segments.economicsTitle": "Unit economics",
  "segments.economicsDescription": "{period}. Figures as of {asOf}. Lifetime value and payback assume a gross margin of {margin}.",
  "segments.economicsCaption": "Unit economics per segment",
  "segments.chartLabel": "Bar chart comparing lifetime value and acquisition cost per segment",
  "segments.chartScale": "Logarithmic scale: the gap between a segment's two bars shows its LTV:CAC, the same gap meaning the same ratio.",
  "segments.cac": "Acquisition cost (CAC)",
  "segments.cacDefinition":
    "Sales and marketing spend in the period divided by the new customers won in it: accounts whose first new-business deal was won in the period.",
  "segments.ltv": "Lifetime value (LTV)",
  "segments.ltvDefinition":
    "Revenue per account a month × gross margin ÷ monthly logo churn: the gross profit a customer brings over its expected lifetime.",
  "segments.ltvToCac": "LTV:CAC",
  "segments.ltvToCacDefinition": "Lifetime value divided by acquisition cost: how many times over a customer earns back what winning it cost.",
  "segments.payback": "CAC payback",
  "segments.paybackDefinition": "Months of gross margin (revenue per account × gross margin) it takes to earn back the acquisition cost.",
  "segments.dealSize": "Average deal size",
  "segments.dealSizeDefinition": "Annual value of the new-business deals won in the period divided by their number.",
  "segments.salesCycle": "Sales cycle",
  "segments.salesCycleDefinition": "Median days from opening an opportunity to winning it, over the new-business deals won in the period.",
  "segments.column.cac": "CAC",
  "segments.column.ltv": "LTV",
  "segments.column.ltvToCac": "LTV:CAC",
  "segments.column.payback": "Payback",
  "segments.column.dealSize": "Deal size",
  "segments.column.salesCycle": "Sales cycle",
  "segments.multiple": "{value}×",
  "segments.months": "{months} mo",
  "segments.days": "{days} d",
  "segments.economicsEmpty":
    "No spend, new customers, recurring revenue or won deals are recorded for these segments in the period. Unit economics are computed from acquisition spend, won new-business deals and monthly recurring revenue: check that they have been imported, or choose a longer period.",
  "segments.gapsTitle": "Why some figures are missing",
  "segments.gap.SPEND_NOT_ATTRIBUTABLE": "Spend has no owner",
  "segments.gap.NO_SPEND": "No spend recorded",
  "segments.gap.NO_NEW_CUSTOMERS": "No new customers",
  "segments.gap.NO_PAYING_CUSTOMERS": "No paying customers",
  "segments.gap.NO_CUSTOMERS_AT_RISK": "No earlier customers",
  "segments.gap.NO_CHURN": "No churn in the period",
  "segments.gap.NO_WON_DEALS": "No deals won",
  "segments.gapNote.SPEND_NOT_ATTRIBUTABLE":
    "Spend is recorded per segment and source, not per owner or team, so acquisition cost, LTV:CAC and payback cannot be shown for an owner or team.",
  "segments.gapNote.NO_SPEND":
    "No sales or marketing spend is recorded for the segment in the period (with a source filter, only spend booked on those sources counts), so acquisition cost is unknown rather than zero. Spend is imported per month, segment and source.",
  "segments.gapNote.NO_NEW_CUSTOMERS":
    "No account of the segment became a customer in the period (its first new-business deal won), so there is nobody to divide the spend by.",
  "segments.gapNote.NO_PAYING_CUSTOMERS":
    "No account of the segment paid recurring revenue in the latest month of the period, so there is no revenue per account. Revenue comes from the monthly recurring revenue records.",
  "segments.gapNote.NO_CUSTOMERS_AT_RISK": "No account of the segment was paying before any month of the period, so churn cannot be measured.",
  "segments.gapNote.NO_CHURN":
    "No customer of the segment stopped paying in the period, so its lifetime cannot be estimated from it: lifetime value would be unlimited. A longer period shows churn.",
  "segments.gapNote.NO_WON_DEALS": "No new-business deal of the segment was won in the period, so there is no deal size or sales cycle.",

  "segments.inputsTitle": "What the figures are made of",
  "segments.inputsDescription": "The inputs behind acquisition cost and lifetime value. The counts open the records behind them.",
  "segments.inputsCaption": "Inputs per segment",
  "segments.input": "Input",
  "segments.salesSpend": "Sales spend",
  "segments.salesSpendDefinition": "Sales costs booked for the segment in the months of the period, such as salaries and telemarketing.",
  "segments.marketingSpend": "Marketing spend",
  "segments.marketingSpendDefinition": "Marketing costs booked for the segment in the months of the period: web, content, events, partners.",
  "segments.newCustomers": "New customers",
  "segments.newCustomersDefinition": "Accounts whose first new-business deal was won in the period; a returning former customer is not new.",
  "segments.payingCustomers": "Paying customers",
  "segments.payingCustomersDefinition": "Accounts with recurring revenue in the latest month of the period.",
  "segments.mrr": "Monthly recurring revenue",
  "segments.mrrDefinition": "Recurring revenue of the paying customers in the latest month of the period.",
  "segments.arpa": "Revenue per account (ARPA)",
  "segments.arpaDefinition": "Monthly recurring revenue divided by paying customers, in the latest month of the period.",
  "segments.churnedCustomers": "Churned customers",
  "segments.churnedCustomersDefinition": "Accounts whose recurring revenue fell to zero in the period, each counted once.",
  "segments.customerMonths": "Customer-months at risk",
  "segments.customerMonthsDefinition": "For each month of the period, the accounts that were paying in the month before it, added up.",
  "segments.monthlyChurn": "Monthly logo churn",
  "segments.monthlyChurnDefinition": "Churned customers divided by customer-months at risk: the share of customers lost in an average month.",
  "segments.wonDeals": "New-business deals won",
  "segments.wonDealsDefinition": "New-business deals won in the period: the basis of average deal size and sales cycle.",
  "segments.inputsEmpty":
    "No spend, new customers, recurring revenue or won deals are recorded for these segments in the period, so there are no inputs to show. They come from acquisition spend, won new-business deals and monthly recurring revenue.",

  "segments.drill.newCustomers": "New customers: first new-business deal won in the period",
  "segments.drill.newDeals": "New-business deals won in the period",
  "segments.drill.churned": "Customers whose recurring revenue fell to zero in the period",
  "segments.drill.paying": "Customers paying in the latest month of the period",
} as const;

export const segmentsFi: CatalogOf<typeof segmentsEn> = {
  "dashboard.tab.segments": "Segmentit",

  "segments.title": "Segmentit",
  "segments.subtitle":
    "Kunkin segmentin myyntimalli sekä se, mitä asiakkaan voittaminen maksaa ja mitä asiakas tuo: hankintakustannus, elinkaariarvo, takaisinmaksuaika, kaupan koko ja myyntisykli.",
  "segments.downloadCsv": "Lataa CSV",
  "segments.csv.model": "Myyntimallin CSV",
  "segments.csv.economics": "Yksikkötalouden CSV",
  "segments.period": "{period}. Luvut {asOf} tilanteen mukaan.",
  "segments.segment": "Segmentti",
  "segments.noSegments":
    "Yksikään segmentti ei vastaa rajauksia. Segmentit ja säännöt, joilla yritykset jaetaan niihin, tulevat yrityksen asetuksista; poista segmenttirajaus nähdäksesi kaikki.",
  "segments.drillFigure": "{figure}, segmentti {segment}: {value}. Näytä luvun takana olevat tietueet",

  "segments.modelTitle": "Myyntimalli",
  "segments.modelDescription":
    "Mikä tiimi vastaa kustakin rusetin vaiheesta kussakin segmentissä, tehdäänkö työ siellä henkilökohtaisesti vai digitaalisesti ja kuinka moni yritys siirtyi vaiheeseen jaksolla.",
  "segments.modelCaption": "Myyntimalli: vastuutiimi ja työtapa segmenteittäin ja vaiheittain",
  "segments.modelLegend": "Merkinnät",
  "segments.mode.H2H": "H2H",
  "segments.mode.DIGITAL": "Digitaalinen",
  "segments.modeDefinition.H2H": "Henkilökohtainen: ostajan kanssa toimii meiltä ihminen (puhelut, tapaamiset, neuvottelut).",
  "segments.modeDefinition.DIGITAL": "Digitaalinen: ostajaa palvellaan ilman ihmistä (sisällöt, automaatio, itsepalvelu).",
  "segments.noOwner": "Ei vastuutiimiä",
  "segments.entered": "Saapuneet",
  "segments.enteredDefinition": "Segmentin eri yritykset, jotka siirtyivät vaiheeseen jaksolla millä tahansa siirrolla.",
  "segments.drillEntered": "Segmentistä {segment} siirtyi vaiheeseen {stage} {count} yritystä. Näytä ne",
  "segments.modelEmpty":
    "Näille segmenteille ei ole kirjattu vaiheiden vastuutiimejä, joten myyntimallia ei voi näyttää. Matriisi tulee yrityksen asetuksista: kullekin segmentille ja rusetin vaiheelle vastuutiimi ja tieto siitä, tehdäänkö työ henkilökohtaisesti vai digitaalisesti.",

  "segments.economicsTitle": "Yksikkötalous",
  "segments.economicsDescription": "{period}. Luvut {asOf} tilanteen mukaan. Elinkaariarvo ja takaisinmaksuaika lasketaan bruttokatteella {margin}.",
  "segments.economicsCaption": "Yksikkötalous segmenteittäin",
  "segments.chartLabel": "Pylväskaavio: elinkaariarvo ja hankintakustannus segmenteittäin",
  "segments.chartScale": "Logaritminen asteikko: segmentin kahden pylvään ero kuvaa sen LTV:CAC-suhdetta, ja sama ero tarkoittaa samaa suhdetta.",
  "segments.cac": "Hankintakustannus (CAC)",
  "segments.cacDefinition":
    "Jakson myynnin ja markkinoinnin kulut jaettuna jakson uusilla asiakkailla eli yrityksillä, joiden ensimmäinen uusmyyntikauppa voitettiin jaksolla.",
  "segments.ltv": "Elinkaariarvo (LTV)",
  "segments.ltvDefinition":
    "Kuukausitulo asiakasta kohden × bruttokate ÷ kuukausittainen asiakaspoistuma: asiakkaan odotetun elinkaaren aikana tuoma bruttokate.",
  "segments.ltvToCac": "LTV:CAC",
  "segments.ltvToCacDefinition":
    "Elinkaariarvo jaettuna hankintakustannuksella: kuinka moninkertaisesti asiakas maksaa takaisin sen, mitä sen voittaminen maksoi.",
  "segments.payback": "Takaisinmaksuaika",
  "segments.paybackDefinition":
    "Kuinka monta kuukautta bruttokatetta (kuukausitulo asiakasta kohden × bruttokate) tarvitaan hankintakustannuksen kattamiseen.",
  "segments.dealSize": "Keskimääräinen kauppa",
  "segments.dealSizeDefinition": "Jaksolla voitettujen uusmyyntikauppojen vuosiarvo jaettuna niiden määrällä.",
  "segments.salesCycle": "Myyntisykli",
  "segments.salesCycleDefinition":
    "Mediaani päivinä myyntimahdollisuuden avaamisesta kaupan voittamiseen jaksolla voitetuissa uusmyyntikaupoissa.",
  "segments.column.cac": "CAC",
  "segments.column.ltv": "LTV",
  "segments.column.ltvToCac": "LTV:CAC",
  "segments.column.payback": "Takaisinmaksu",
  "segments.column.dealSize": "Kaupan koko",
  "segments.column.salesCycle": "Myyntisykli",
  "segments.multiple": "{value}×",
  "segments.months": "{months} kk",
  "segments.days": "{days} pv",
  "segments.economicsEmpty":
    "Näille segmenteille ei ole jaksolla kirjattu kuluja, uusia asiakkaita, toistuvaa tuloa eikä voitettuja kauppoja. Yksikkötalous lasketaan hankintakuluista, voitetuista uusmyyntikaupoista ja kuukausittaisesta toistuvasta tulosta: tarkista, että ne on tuotu järjestelmään, tai valitse pidempi jakso.",
  "segments.gapsTitle": "Miksi osa luvuista puuttuu",
  "segments.gap.SPEND_NOT_ATTRIBUTABLE": "Kuluilla ei ole omistajaa",
  "segments.gap.NO_SPEND": "Ei kirjattuja kuluja",
  "segments.gap.NO_NEW_CUSTOMERS": "Ei uusia asiakkaita",
  "segments.gap.NO_PAYING_CUSTOMERS": "Ei maksavia asiakkaita",
  "segments.gap.NO_CUSTOMERS_AT_RISK": "Ei aiempia asiakkaita",
  "segments.gap.NO_CHURN": "Ei poistumaa jaksolla",
  "segments.gap.NO_WON_DEALS": "Ei voitettuja kauppoja",
  "segments.gapNote.SPEND_NOT_ATTRIBUTABLE":
    "Kulut kirjataan segmentin ja lähteen mukaan, ei omistajan tai tiimin, joten hankintakustannusta, LTV:CAC-suhdetta ja takaisinmaksuaikaa ei voi näyttää omistajalle tai tiimille.",
  "segments.gapNote.NO_SPEND":
    "Segmentille ei ole kirjattu jaksolla myynnin eikä markkinoinnin kuluja (lähderajauksella mukaan lasketaan vain näille lähteille kirjatut kulut), joten hankintakustannus on tuntematon eikä nolla. Kulut tuodaan kuukausittain segmentin ja lähteen mukaan.",
  "segments.gapNote.NO_NEW_CUSTOMERS":
    "Yhdestäkään segmentin yrityksestä ei tullut asiakasta jaksolla (ensimmäinen uusmyyntikauppa voitettu), joten kuluja ei voi jakaa uusille asiakkaille.",
  "segments.gapNote.NO_PAYING_CUSTOMERS":
    "Yksikään segmentin yritys ei maksanut toistuvaa tuloa jakson viimeisimpänä kuukautena, joten asiakaskohtaista tuloa ei ole. Tulo lasketaan kuukausittaisista toistuvan tulon tiedoista.",
  "segments.gapNote.NO_CUSTOMERS_AT_RISK": "Yksikään segmentin yritys ei maksanut ennen jakson kuukausia, joten poistumaa ei voi mitata.",
  "segments.gapNote.NO_CHURN":
    "Yksikään segmentin asiakas ei lopettanut maksamista jaksolla, joten asiakkuuden kestoa ei voi arvioida: elinkaariarvo olisi rajaton. Pidemmällä jaksolla poistuma näkyy.",
  "segments.gapNote.NO_WON_DEALS": "Segmentissä ei voitettu jaksolla yhtään uusmyyntikauppaa, joten kaupan kokoa ja myyntisykliä ei ole.",

  "segments.inputsTitle": "Mistä luvut koostuvat",
  "segments.inputsDescription": "Hankintakustannuksen ja elinkaariarvon lähtötiedot. Lukumääristä pääsee niiden takana oleviin tietueisiin.",
  "segments.inputsCaption": "Lähtötiedot segmenteittäin",
  "segments.input": "Lähtötieto",
  "segments.salesSpend": "Myynnin kulut",
  "segments.salesSpendDefinition": "Segmentille jakson kuukausina kirjatut myynnin kulut, kuten palkat ja puhelinmyynti.",
  "segments.marketingSpend": "Markkinoinnin kulut",
  "segments.marketingSpendDefinition": "Segmentille jakson kuukausina kirjatut markkinoinnin kulut: verkko, sisällöt, tapahtumat, kumppanit.",
  "segments.newCustomers": "Uudet asiakkaat",
  "segments.newCustomersDefinition": "Yritykset, joiden ensimmäinen uusmyyntikauppa voitettiin jaksolla; palaava entinen asiakas ei ole uusi.",
  "segments.payingCustomers": "Maksavat asiakkaat",
  "segments.payingCustomersDefinition": "Yritykset, joilla on toistuvaa tuloa jakson viimeisimpänä kuukautena.",
  "segments.mrr": "Kuukausittainen toistuva tulo",
  "segments.mrrDefinition": "Maksavien asiakkaiden toistuva tulo jakson viimeisimpänä kuukautena.",
  "segments.arpa": "Tulo asiakasta kohden (ARPA)",
  "segments.arpaDefinition": "Kuukausittainen toistuva tulo jaettuna maksavien asiakkaiden määrällä jakson viimeisimpänä kuukautena.",
  "segments.churnedCustomers": "Poistuneet asiakkaat",
  "segments.churnedCustomersDefinition": "Yritykset, joiden toistuva tulo putosi jaksolla nollaan; kukin lasketaan kerran.",
  "segments.customerMonths": "Asiakaskuukaudet",
  "segments.customerMonthsDefinition": "Jakson jokaiselta kuukaudelta edellisenä kuukautena maksaneet yritykset yhteenlaskettuina.",
  "segments.monthlyChurn": "Asiakaspoistuma kuukaudessa",
  "segments.monthlyChurnDefinition":
    "Poistuneet asiakkaat jaettuna asiakaskuukausilla: keskimääräisenä kuukautena menetettyjen asiakkaiden osuus.",
  "segments.wonDeals": "Voitetut uusmyyntikaupat",
  "segments.wonDealsDefinition": "Jaksolla voitetut uusmyyntikaupat: keskimääräisen kaupan koon ja myyntisyklin pohja.",
  "segments.inputsEmpty":
    "Näille segmenteille ei ole jaksolla kirjattu kuluja, uusia asiakkaita, toistuvaa tuloa eikä voitettuja kauppoja, joten lähtötietoja ei ole. Ne tulevat hankintakuluista, voitetuista uusmyyntikaupoista ja kuukausittaisesta toistuvasta tulosta.",

  "segments.drill.newCustomers": "Uudet asiakkaat: ensimmäinen uusmyyntikauppa voitettu jaksolla",
  "segments.drill.newDeals": "Jaksolla voitetut uusmyyntikaupat",
  "segments.drill.churned": "Asiakkaat, joiden toistuva tulo putosi jaksolla nollaan",
  "segments.drill.paying": "Jakson viimeisimpänä kuukautena maksaneet asiakkaat",
};
