import { defineRule } from '../rule.js';
import { isRecord, list, readString } from '../model.js';
import { label } from '../register.js';

export default defineRule({
  id: 'transfer-safeguard-missing',
  question: 'Q2',
  severity: 'error',
  description: {
    nl: 'Een doorgifte naar een land buiten de EER noemt geen land of geen waarborg.',
    en: 'A transfer to a third country names no country or no safeguard.',
  },
  basis: {
    nl: 'AVG art. 44–46: doorgifte buiten de EER mag alleen naar een land met een adequaatheidsbesluit of met passende waarborgen; art. 30 lid 1 onder e vraagt het land en de waarborgen in het register.',
    en: 'GDPR Art. 44–46: data may leave the EEA only for a country with an adequacy decision or under appropriate safeguards; Art. 30(1)(e) asks for the country and the safeguards in the record.',
  },
  messages: {
    safeguard: {
      nl: 'Verwerking "{{entry}}" geeft gegevens door naar {{country}}, maar noemt geen waarborg voor die doorgifte.',
      en: 'Processing activity "{{entry}}" transfers data to {{country}} but names no safeguard for the transfer.',
    },
    country: {
      nl: 'Verwerking "{{entry}}" noemt een doorgifte buiten de EER, maar niet naar welk land.',
      en: 'Processing activity "{{entry}}" lists a transfer outside the EEA but not the country it goes to.',
    },
    both: {
      nl: 'Verwerking "{{entry}}" noemt een doorgifte buiten de EER zonder land en zonder waarborg.',
      en: 'Processing activity "{{entry}}" lists a transfer outside the EEA with neither a country nor a safeguard.',
    },
  },
  fix: {
    nl: 'Vul bij de doorgifte "country" in (het land of de internationale organisatie) en "safeguard" (bijvoorbeeld "Adequaatheidsbesluit EU-VS Data Privacy Framework" of "Modelcontractbepalingen (EU) 2021/914"). Gaan er geen gegevens buiten de EER, haal de doorgifte dan weg.',
    en: 'Fill in "country" (the country or international organisation) and "safeguard" (for example "EU-US Data Privacy Framework adequacy decision" or "Standard contractual clauses (EU) 2021/914") for the transfer. If no data leave the EEA, remove the transfer.',
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
