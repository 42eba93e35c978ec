import { defineRule } from '../rule.js';
import { isRecord, list, readString } from '../model.js';
import { label } from '../register.js';

export default defineRule({
  id: 'transfer-safeguard-missing',
  question: 'Q2',
  severity: 'error',
  description: {
    nl: 'Een doorgifte naar een land buiten de EER noemt geen land of geen grond voor de doorgifte (adequaatheidsbesluit, passende waarborgen of uitzondering).',
    en: 'A transfer to a third country names no country or no transfer ground (adequacy decision, appropriate safeguards or derogation).',
  },
  basis: {
    nl: 'AVG art. 44–49: gegevens mogen de EER alleen verlaten op een grond uit hoofdstuk V: een adequaatheidsbesluit van de Europese Commissie (art. 45), passende waarborgen zoals modelcontractbepalingen of bindende bedrijfsvoorschriften (art. 46 en 47), of in specifieke situaties een uitzondering (art. 49). Een adequaatheidsbesluit is een grond voor de doorgifte, geen waarborg. Art. 30 lid 1 onder e vraagt de doorgiften met het land of de internationale organisatie in het register.',
    en: 'GDPR Art. 44–49: data may leave the EEA only on a ground in Chapter V: an adequacy decision of the European Commission (Art. 45), appropriate safeguards such as standard contractual clauses or binding corporate rules (Art. 46 and 47), or in specific situations a derogation (Art. 49). An adequacy decision is a ground for the transfer, not a safeguard. Art. 30(1)(e) asks for the transfers, with the country or international organisation, in the record.',
  },
  messages: {
    safeguard: {
      nl: 'Verwerking "{{entry}}" geeft gegevens door naar {{country}}, maar noemt niet op welke grond die doorgifte mag (geen "safeguard").',
      en: 'Processing activity "{{entry}}" transfers data to {{country}} but names no ground for the transfer (no "safeguard").',
    },
    country: {
      nl: 'Verwerking "{{entry}}" noemt een doorgifte buiten de EER, maar niet naar welk land.',
      en: 'Processing activity "{{entry}}" lists a transfer outside the EEA but not the country it goes to.',
    },
    both: {
      nl: 'Verwerking "{{entry}}" noemt een doorgifte buiten de EER zonder land en zonder grond voor de doorgifte.',
      en: 'Processing activity "{{entry}}" lists a transfer outside the EEA with neither a country nor a ground for the transfer.',
    },
  },
  fix: {
    nl: 'Vul bij de doorgifte "country" in (het land of de internationale organisatie) en bij "safeguard" de grond voor de doorgifte: een adequaatheidsbesluit (AVG art. 45, bijvoorbeeld "Adequaatheidsbesluit EU-VS Data Privacy Framework"), passende waarborgen (art. 46, bijvoorbeeld "Modelcontractbepalingen (EU) 2021/914") of een uitzondering uit art. 49 met de reden. Gaan er geen gegevens buiten de EER, haal de doorgifte dan weg.',
    en: 'Fill in "country" (the country or international organisation) and, under "safeguard", the ground for the transfer: an adequacy decision (GDPR Art. 45, for example "EU-US Data Privacy Framework adequacy decision"), appropriate safeguards (Art. 46, for example "Standard contractual clauses (EU) 2021/914") or a derogation under Art. 49 with its reason. If no data leave the EEA, remove the transfer.',
  },
  check({ register, report }) {
    for (const entity of register.processing) {
      list(entity.data.transfers).forEach((transfer, i) => {
        if (!isRecord(transfer)) return;
        const country = readString(transfer.country);
        const safeguard = readString(transfer.safeguard);
        if (country && safeguard) return;
        const at = (key: string) => (key in transfer ? ['transfers', i, key] : ['transfers', i]);
        const name = label(entity);
        if (!country && !safeguard) report({ messageId: 'both', entity, path: ['transfers', i], data: { entry: name } });
        else if (!country) report({ messageId: 'country', entity, path: at('country'), data: { entry: name } });
        else report({ messageId: 'safeguard', entity, path: at('safeguard'), data: { entry: name, country: country.trim() } });
      });
    }
  },
});
