/** Table tests for telling a statutory provision from an agreement between the parties. */

import { describe, expect, it } from 'vitest';
import { agreementWord, citesAgreementOnly, citesStatute } from '../src/rules/statute.js';

describe('citesStatute', () => {
  it.each([
    // Article, paragraph and sub-paragraph references.
    'art. 5.1.1',
    'art 20',
    'art.20 Wpg',
    'artikel 7.3.11 lid 1',
    'Artikelen 2.3.2 en 2.3.5',
    'art. 6 lid 1 sub e AVG',
    'art. 6, eerste lid, onder e',
    'artikel 2:4 Awb',
    'art. 20 Wpg',
    'art. 3a lid 2',
    'artikel 10 onder a',
    'artikel 1 onder 2°',
    'leden 1 en 2',
    'sub c',
    'Titel III',
    'Hoofdstuk 5',
    'Artikel I',
    '§ 4',
    'Article 6(1)(e)',
    // Names of acts.
    'Wet politiegegevens, art. 20, uitgewerkt in het convenant',
    'Wet maatschappelijke ondersteuning 2015',
    'Jeugdwet',
    'Participatiewet',
    'Gemeentewet',
    'Leerplichtwet 1969',
    'Wmo 2015',
    'UAVG',
    'AVG',
    'Wet BRP',
    'Wpg',
    'Wjsg',
    'Besluit gemeentelijke schuldhulpverlening',
    'Verordening maatschappelijke ondersteuning Proefstad 2020',
    'Participatieverordening 2022',
    'Algemene wet bestuursrecht',
    'Awb',
    'Burgerlijk Wetboek',
    'BW 7:230a',
    'Wetboek van Strafvordering',
    'Woningwet en Convenant Woonoverlast',
    'Social Support Act 2015, section 5.1.1',
    'Algemene plaatselijke verordening',
  ])('"%s" names a statute', (value) => {
    expect(citesStatute(value)).toBe(true);
  });

  it.each([
    'Convenant 2021',
    'Convenant Zorg- en Veiligheidshuis 2021',
    'samenwerkingsafspraken RIEC',
    'Wetenschappelijk onderzoek',
    'Wettelijke taak van de gemeente',
    'Verwerkersovereenkomst',
    'Protocol huiselijk geweld',
    'Lid van het zorgnetwerk',
    'Onder regie van de gemeente',
    'Jongeren onder 18 jaar',
    'Sub-regionale afspraken',
    'Afspraken met Wmo-aanbieders',
    'Convenant BRP-gegevens',
    'Raadsbesluit en collegebesluit',
    'Data sharing agreement 2020',
    '',
  ])('"%s" names no statute', (value) => {
    expect(citesStatute(value)).toBe(false);
  });
});

describe('citesAgreementOnly', () => {
  it.each([
    ['Convenant Zorg- en Veiligheidshuis 2021', 'Convenant'],
    ['samenwerkingsafspraken RIEC', 'samenwerkingsafspraken'],
    ['Convenanten Veiligheidshuis', 'Convenanten'],
    ['Afspraak tussen gemeente en GGD', 'Afspraak'],
    ['Werkafspraken buurtteam', 'Werkafspraken'],
    ['Samenwerkingsovereenkomst Wijkteams 2019', 'Samenwerkingsovereenkomst'],
    ['Verwerkersovereenkomst', 'Verwerkersovereenkomst'],
    ['Overeenkomsten met zorgaanbieders', 'Overeenkomsten'],
    ['Protocol huiselijk geweld', 'Protocol'],
    ['Meldprotocollen', 'Meldprotocollen'],
    ['Privacyreglement Zorg- en Veiligheidshuis', 'Privacyreglement'],
    ['Data sharing agreement 2020', 'agreement'],
    ['Agreements with the partners', 'Agreements'],
    ['Covenant on youth care', 'Covenant'],
    ['PRIVACYCONVENANT REGIO WEST', 'PRIVACYCONVENANT'],
    ['Wettelijke taak, uitgewerkt in het convenant', 'convenant'],
  ])('"%s" cites only an agreement (%s)', (value, word) => {
    expect(citesAgreementOnly(value)).toBe(word);
  });

  it.each([
    'Wet politiegegevens, art. 20, uitgewerkt in het convenant',
    'Jeugdwet, art. 7.1.1; Convenant Jeugd 2020',
    'Convenant Veiligheidshuis, art. 4 (uitwerking van art. 20 Wpg)',
    'Gemeentewet art. 172, in samenwerkingsafspraken RIEC',
    'Wet maatschappelijke ondersteuning 2015, art. 2.3.2',
    'Overeenkomstig artikel 5.1.1 Wmo 2015',
    'Taak van algemeen belang',
    'Wetenschappelijk onderzoek',
    'Overeenkomstig de wensen van de cliënt',
    '',
  ])('"%s" does not cite only an agreement', (value) => {
    expect(citesAgreementOnly(value)).toBeUndefined();
  });

  it('returns the first agreement word as written', () => {
    expect(agreementWord('Protocol en convenant')).toBe('Protocol');
    expect(agreementWord('Geen afspraak-woord hier')).toBe('afspraak');
    expect(agreementWord('Nothing here')).toBeUndefined();
  });
});
