/** The statute table: real formulations of a legal basis and of an Art. 9/10 exception, each with its verdict. */

import { describe, expect, it } from 'vitest';
import {
  agreementWord,
  citesAgreementOnly,
  citesStatute,
  classifyProvision,
  readException,
  type ProvisionVerdict,
} from '../src/rules/statute.js';

/** A verdict in one word: `article` for an act in force with an article, `act` without one; `repealed:<successor>`. */
function verdictOf(value: string): string {
  const v: ProvisionVerdict = classifyProvision(value);
  if (v.kind === 'statute') return v.article ? 'article' : 'act';
  if (v.kind === 'repealed') return `repealed:${v.act.successor}`;
  return v.kind;
}

// Written from the forms Dutch law and municipal registers use; not copied from any register.
const PROVISIONS: [string, string][] = [
  // Acts in force with an article.
  ['Wet maatschappelijke ondersteuning 2015, art. 5.1.1', 'article'],
  ['Wmo 2015, artikel 2.3.2 lid 1', 'article'],
  ['art. 2.3.5 lid 3 Wmo 2015', 'article'],
  ['Jeugdwet, art. 7.1.1.1', 'article'],
  ['Jw art. 7.4.0', 'article'],
  ['artikel 2.3 Jeugdwet', 'article'],
  ['Participatiewet, artikel 64', 'article'],
  ['Pw art. 53a lid 2', 'article'],
  ['Gemeentewet art. 172', 'article'],
  ['art. 172 lid 3 Gemeentewet', 'article'],
  ['Gemeentewet, artikel 174, eerste lid', 'article'],
  ['Wet politiegegevens, art. 20', 'article'],
  ['Wpg art. 20 lid 1', 'article'],
  ['art. 4:3 Wpg', 'article'],
  ['Wjsg art. 39f', 'article'],
  ['Wet justitiële en strafvorderlijke gegevens, artikel 39f lid 1 onder c', 'article'],
  ['Wet BRP, art. 3.3', 'article'],
  ['Wet basisregistratie personen, artikel 1.3', 'article'],
  ['Wabb, art. 10', 'article'],
  ['Wet algemene bepalingen burgerservicenummer, artikel 10', 'article'],
  ['Leerplichtwet 1969, art. 16', 'article'],
  ['Wet gemeentelijke schuldhulpverlening, art. 3', 'article'],
  ['Wgs art. 5.2 lid 1', 'article'],
  ['Wet verplichte ggz, artikel 5:7', 'article'],
  ['Wvggz art. 5:3', 'article'],
  ['Wet zorg en dwang, art. 18', 'article'],
  ['Wzd art. 21', 'article'],
  ['Wet langdurige zorg, artikel 3.2.1', 'article'],
  ['Zorgverzekeringswet art. 11', 'article'],
  ['Awb art. 4:2', 'article'],
  ['Algemene wet bestuursrecht, artikel 3:2', 'article'],
  ['artikel 2:4 Awb', 'article'],
  ['BW 7:230a', 'article'],
  ['Burgerlijk Wetboek Boek 1, artikel 255', 'article'],
  ['Wetboek van Strafvordering, art. 126nd', 'article'],
  ['art. 12 Sv', 'article'],
  ['Woningwet art. 13b', 'article'],
  ['Omgevingswet, artikel 4.1', 'article'],
  ['Wet Bibob, art. 7a', 'article'],
  ['Archiefwet 1995, art. 3', 'article'],
  ['Wet kinderopvang, artikel 1.61', 'article'],
  ['Wet inburgering 2021, art. 6', 'article'],
  ['Wet publieke gezondheid, artikel 6 lid 1', 'article'],
  ['Wet verplichte meldcode huiselijk geweld, art. 2', 'article'],
  ['Social Support Act 2015, section 5.1.1', 'article'],
  ['Grondwet, artikel 10', 'article'],
  // Orders in council and by-laws, with an article.
  ['Besluit gegevensverwerking door samenwerkingsverbanden, art. 1.1', 'article'],
  ['Besluit Wet maatschappelijke ondersteuning 2015, artikel 2', 'article'],
  ['Participatiebesluit art. 5', 'article'],
  ['Besluit politiegegevens, art. 4:2', 'article'],
  ['Verordening maatschappelijke ondersteuning Proefstad 2020, art. 9', 'article'],
  ['Verordening jeugdhulp gemeente Proefstad 2023, artikel 2.4', 'article'],
  ['Participatieverordening 2022, artikel 4', 'article'],
  ['APV Proefstad, art. 2:79', 'article'],
  ['Algemene plaatselijke verordening, artikel 2:78', 'article'],
  ['Verordening BRP Proefstad, artikel 6', 'article'],
  // Acts, orders and by-laws in force without an article.
  ['Jeugdwet', 'act'],
  ['Participatiewet', 'act'],
  ['Wmo 2015', 'act'],
  ['Wet maatschappelijke ondersteuning 2015', 'act'],
  ['Gemeentewet', 'act'],
  ['Wet politiegegevens', 'act'],
  ['Wpg', 'act'],
  ['Wjsg', 'act'],
  ['Jw', 'act'],
  ['Pw', 'act'],
  ['Wabb', 'act'],
  ['Awb', 'act'],
  ['Wet BRP', 'act'],
  ['Leerplichtwet 1969', 'act'],
  ['Wet gemeentelijke schuldhulpverlening', 'act'],
  ['Wet gegevensverwerking door samenwerkingsverbanden', 'act'],
  ['Besluit gemeentelijke schuldhulpverlening', 'act'],
  ['Verordening maatschappelijke ondersteuning Proefstad 2020', 'act'],
  ['Participatieverordening 2022', 'act'],
  ['APV', 'act'],
  ['Algemene plaatselijke verordening', 'act'],
  ['Woningwet en Convenant Woonoverlast', 'act'],
  ['Jeugdwet, uitgewerkt in het convenant', 'act'],
  ['Wettelijke taak op grond van de Jeugdwet', 'act'],
  ['Taak van algemeen belang in het kader van de Wmo 2015', 'act'],
  ['Wet Bibob', 'act'],
  // Acts in force named together with an agreement: the act carries it.
  ['Wet politiegegevens, art. 20, uitgewerkt in het convenant', 'article'],
  ['Jeugdwet, art. 7.1.1; Convenant Jeugd 2020', 'article'],
  ['Convenant Veiligheidshuis, art. 4 (uitwerking van art. 20 Wpg)', 'article'],
  ['Gemeentewet art. 172, in samenwerkingsafspraken RIEC', 'article'],
  ['Overeenkomstig artikel 5.1.1 Wmo 2015', 'article'],
  // The GDPR or UAVG alone.
  ['AVG', 'gdpr-only'],
  ['AVG art. 6 lid 1 sub e', 'gdpr-only'],
  ['art. 6 lid 1 onder c AVG', 'gdpr-only'],
  ['artikel 6, eerste lid, onder e, van de Algemene verordening gegevensbescherming', 'gdpr-only'],
  ['Algemene verordening gegevensbescherming', 'gdpr-only'],
  ['UAVG', 'gdpr-only'],
  ['UAVG art. 30', 'gdpr-only'],
  ['Uitvoeringswet Algemene verordening gegevensbescherming', 'gdpr-only'],
  ['Uitvoeringswet AVG, artikel 23', 'gdpr-only'],
  ['GDPR Article 6(1)(e)', 'gdpr-only'],
  ['Verordening (EU) 2016/679, art. 6', 'gdpr-only'],
  ['AVG en UAVG', 'gdpr-only'],
  // Policy instruments: no law.
  ['Beleidsregels bijzondere bijstand 2024', 'policy'],
  ['Beleidsregel handhaving Participatiewet', 'policy'],
  ['Beleidsregels maatwerkvoorzieningen Wmo Proefstad 2024', 'policy'],
  ['Beleidsregels Wmo, uitwerking van Wmo 2015 art. 2.3.5', 'article'],
  ['Handreiking gegevensdeling sociaal domein', 'policy'],
  ['Privacykader Zorg- en Veiligheidshuizen', 'policy'],
  ['Landelijk kader Veiligheidshuizen', 'policy'],
  ['Meldcode huiselijk geweld en kindermishandeling', 'policy'],
  ['Richtlijn gegevensuitwisseling wijkteams', 'policy'],
  ['Collegebesluit 12 maart 2024', 'policy'],
  ['Besluit van het college van 5 juni 2023', 'policy'],
  ['Raadsbesluit en collegebesluit', 'policy'],
  ['Privacybeleid gemeente Proefstad', 'policy'],
  ['Leidraad casusoverleg', 'policy'],
  // Vague: law named by none of its names.
  ['wet- en regelgeving', 'vague'],
  ['op grond van wet- en regelgeving', 'vague'],
  ['Wet en regelgeving', 'vague'],
  ['de wet', 'vague'],
  ['Volgens de wet', 'vague'],
  ['Wettelijke taak van de gemeente', 'vague'],
  ['Wettelijke verplichting', 'vague'],
  ['Diverse wetten', 'vague'],
  ['Landelijke regelgeving', 'vague'],
  ['Sociale wetgeving', 'vague'],
  // Repealed or renamed acts, with their successors.
  ['Wet op de jeugdzorg, art. 53', 'repealed:Jeugdwet'],
  ['Wet op de jeugdzorg', 'repealed:Jeugdwet'],
  ['Wet werk en bijstand, artikel 7', 'repealed:Participatiewet'],
  ['WWB art. 53a', 'repealed:Participatiewet'],
  ['Wet bescherming persoonsgegevens, art. 8 sub e', 'repealed:AVG en UAVG'],
  ['Wbp art. 9', 'repealed:AVG en UAVG'],
  ['Wet Bopz', 'repealed:Wvggz en Wzd'],
  ['Wet bijzondere opnemingen in psychiatrische ziekenhuizen, art. 60', 'repealed:Wvggz en Wzd'],
  ['Bopz art. 2', 'repealed:Wvggz en Wzd'],
  ['AWBZ', 'repealed:Wlz, Wmo 2015, Zvw en Jeugdwet'],
  ['Algemene Wet Bijzondere Ziektekosten, art. 6', 'repealed:Wlz, Wmo 2015, Zvw en Jeugdwet'],
  ['Convenant Zorg en Veiligheid, Wbp art. 8', 'repealed:AVG en UAVG'],
  // Agreements, and an agreement's own article.
  ['Convenant 2021', 'agreement'],
  ['Convenant Zorg- en Veiligheidshuis 2021', 'agreement'],
  ['Convenant Veiligheidshuis, artikel 4 lid 2', 'agreement'],
  ['Convenant RIEC Midden-Nederland, art. 7, paragraaf 2', 'agreement'],
  ['Privacyprotocol wijkteams, hoofdstuk 3', 'agreement'],
  ['art. II', 'agreement'],
  ['Artikel IV', 'agreement'],
  ['samenwerkingsafspraken RIEC', 'agreement'],
  ['Samenwerkingsovereenkomst Wijkteams 2019', 'agreement'],
  ['Verwerkersovereenkomst', 'agreement'],
  ['Protocol huiselijk geweld', 'agreement'],
  ['Privacyreglement Zorg- en Veiligheidshuis', 'agreement'],
  ['Convenant BRP-gegevens', 'agreement'],
  ['Afspraken met Wmo-aanbieders', 'agreement'],
  ['Overleg met Jeugdwet-aanbieders', 'unknown'],
  ['Wettelijke taak, uitgewerkt in het convenant', 'agreement'],
  ['Convenant Veiligheidshuis, op grond van wet- en regelgeving', 'agreement'],
  ['Convenant Woonoverlast en AVG art. 6 lid 1 sub e', 'agreement'],
  ['Convenant en meldcode', 'agreement'],
  ['Convenant Zorgaanbieders Wmo', 'agreement'],
  ['Samenwerkingsovereenkomst Jeugdwet-aanbieders, art. 3', 'agreement'],
  ['Convenant Veiligheidshuis op grond van de Wpg', 'act'],
  ['Convenant Jeugd 2020, Jeugdwet', 'act'],
  ['Data sharing agreement 2020', 'agreement'],
  // An article with no act named, and nothing recognisable.
  ['art. 5.1.1', 'article-only'],
  ['artikel 7.3.11 lid 1', 'article-only'],
  ['Taak van algemeen belang', 'unknown'],
  ['Wetenschappelijk onderzoek', 'unknown'],
  ['Lid van het zorgnetwerk', 'unknown'],
  ['Onder regie van de gemeente', 'unknown'],
  ['', 'unknown'],
];

describe('classifyProvision: the statute table', () => {
  it('holds at least 120 formulations', () => {
    expect(PROVISIONS.length).toBeGreaterThanOrEqual(120);
  });

  it.each(PROVISIONS)('"%s" → %s', (value, verdict) => {
    expect(verdictOf(value)).toBe(verdict);
  });

  it('gives a repealed act its end date and successor, and the Wwb as renamed', () => {
    expect(classifyProvision('Wet werk en bijstand')).toEqual({
      kind: 'repealed',
      act: expect.objectContaining({ ended: '2015-01-01', successor: 'Participatiewet', renamed: true }),
    });
    expect(classifyProvision('Wbp')).toEqual({
      kind: 'repealed',
      act: expect.objectContaining({ ended: '2018-05-25', renamed: false }),
    });
    expect(classifyProvision('Wet Bopz')).toEqual({ kind: 'repealed', act: expect.objectContaining({ ended: '2020-01-01' }) });
  });
});

describe('citesStatute and citesAgreementOnly', () => {
  it.each([
    ['Jeugdwet', true],
    ['AVG', true],
    ['Wbp', true],
    ['art. 5.1.1', true],
    ['Convenant 2021', false],
    ['Meldcode huiselijk geweld', false],
    ['wet- en regelgeving', false],
  ] as const)('"%s" names a statute: %s', (value, expected) => {
    expect(citesStatute(value)).toBe(expected);
  });

  it.each([
    ['Convenant Zorg- en Veiligheidshuis 2021', 'Convenant'],
    ['samenwerkingsafspraken RIEC', 'samenwerkingsafspraken'],
    ['PRIVACYCONVENANT REGIO WEST', 'PRIVACYCONVENANT'],
    ['Covenant on youth care', 'Covenant'],
  ])('"%s" cites only an agreement (%s)', (value, word) => {
    expect(citesAgreementOnly(value)).toBe(word);
  });

  it('returns the first agreement word as written', () => {
    expect(agreementWord('Protocol en convenant')).toBe('Protocol');
    expect(agreementWord('Geen afspraak-woord hier')).toBe('afspraak');
    expect(agreementWord('Nothing here')).toBeUndefined();
  });
});

// Exceptions: [text, special ground, criminal ground, only UAVG art. 33 lid 2, agreement word].
const EXCEPTIONS: [string, boolean, boolean, boolean, string | undefined][] = [
  ['AVG art. 9 lid 2 onder h', true, false, false, undefined],
  ['art. 9, tweede lid, onder g, AVG', true, false, false, undefined],
  ['GDPR Article 9(2)(h)', true, false, false, undefined],
  ['AVG art. 9 lid 2 onder h; UAVG art. 30 lid 3 onder a', true, false, false, undefined],
  ['UAVG art. 30 lid 3 onder a', true, false, false, undefined],
  ['Uitvoeringswet AVG, artikel 23 lid 1 onder c', true, false, false, undefined],
  ['UAVG art. 22 lid 2 onder a (uitdrukkelijke toestemming)', true, false, false, undefined],
  ['Uitdrukkelijke toestemming van de inwoner', true, false, false, undefined],
  ['UAVG art. 33 lid 1 onder b', false, true, false, undefined],
  ['art. 33 lid 1 onder a UAVG', false, true, false, undefined],
  ['AVG art. 10 jo. UAVG art. 33 lid 1 onder b', false, true, false, undefined],
  ['UAVG art. 32 onder a', false, true, false, undefined],
  ['UAVG art. 33 lid 2', false, true, true, undefined],
  ['UAVG art. 33 lid 1 onder b, uitgewerkt in het convenant', false, true, false, 'convenant'],
  ['zie convenant', false, false, false, 'convenant'],
  ['Convenant Zorg- en Veiligheidshuis, artikel 6', false, false, false, 'Convenant'],
  ['conflict van plichten', false, false, false, undefined],
  ['AVG art. 9 lid 2 onder a of conflict van plichten', true, false, false, undefined],
  ['Jeugdwet art. 7.3.11', false, false, false, undefined],
  ['AVG art. 6 lid 1 sub e', false, false, false, undefined],
  ['AVG art. 9', false, false, false, undefined],
];

describe('readException', () => {
  it.each(EXCEPTIONS)('"%s"', (value, special, criminal, ownUseOnly, agreement) => {
    const reading = readException(value);
    expect(reading.special).toBe(special);
    expect(reading.criminal).toBe(criminal);
    expect(reading.ownUseOnly).toBe(ownUseOnly);
    expect(reading.agreement).toBe(agreement);
    expect(reading.notAGround).toBe(/conflict van plichten/i.test(value) ? 'conflict van plichten' : undefined);
  });
});
