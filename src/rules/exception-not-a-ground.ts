import { defineRule } from '../rule.js';
import { flowParties, flowsOf, participantNames } from './flows.js';
import { readException } from './statute.js';
import { placeholderIn } from './placeholder-value.js';
import { isRecord, list, readString } from '../model.js';
import { type Entity, label } from '../register.js';
import type { MessageData } from '../template.js';

/** Whether a `special` value names at least one Art. 9 category (a flow lists them, a data item names one). */
function hasSpecial(value: unknown): boolean {
  return Array.isArray(value) ? value.some((v) => readString(v) !== undefined) : readString(value) !== undefined;
}

type Verdict = 'notAGround' | 'agreement' | 'noSpecialGround' | 'noCriminalGround' | 'ownUse' | undefined;

/** What is wrong with an exception for data that are special, criminal or both; `flow` when it is a disclosure. */
function judge(exception: string, special: boolean, criminal: boolean, flow: boolean): Verdict {
  const reading = readException(exception);
  // Named beside a ground as an alternative ("… of conflict van plichten"), it still offers a way to share that the GDPR does not know.
  if (reading.notAGround !== undefined) return 'notAGround';
  const specialMissing = special && !reading.special;
  const criminalMissing = criminal && !reading.criminal;
  // UAVG art. 33 lid 2 is a controller's own use; it lets no one disclose criminal data to others.
  if (flow && criminal && !criminalMissing && reading.ownUseOnly) return 'ownUse';
  if (!specialMissing && !criminalMissing) return undefined;
  if (reading.agreement !== undefined) return 'agreement';
  return specialMissing ? 'noSpecialGround' : 'noCriminalGround';
}

export default defineRule({
  id: 'exception-not-a-ground',
  question: 'Q2',
  severity: 'error',
  duty: 'controller',
  description: {
    nl: 'De uitzondering voor bijzondere of strafrechtelijke gegevens noemt geen grond uit AVG art. 9 lid 2, art. 10 of de UAVG.',
    en: 'The exception for special-category or criminal data names no ground under GDPR Art. 9(2), Art. 10 or the UAVG.',
  },
  basis: {
    nl: 'AVG art. 9 lid 1 verbiedt het verwerken van bijzondere persoonsgegevens, behalve op een grond uit art. 9 lid 2 en UAVG art. 22–30. Strafrechtelijke gegevens mogen alleen op grond van AVG art. 10 en UAVG art. 31–33. Een convenant of een begrip als "conflict van plichten" is geen van die gronden. UAVG art. 33 lid 2 gaat alleen over eigen gebruik door de verwerkingsverantwoordelijke en is geen grond om te verstrekken.',
    en: 'GDPR Art. 9(1) prohibits processing special-category data except on a ground in Art. 9(2) and UAVG Art. 22–30. Criminal data may only be processed under GDPR Art. 10 and UAVG Art. 31–33. A covenant, or a notion such as "conflict of duties", is none of these grounds. UAVG Art. 33(2) covers only a controller’s own use and is no ground to disclose.',
  },
  messages: {
    notAGround: {
      nl: 'De uitzondering "{{exception}}" bij {{owner}} noemt "{{named}}": dat kan een hulpverlener toestaan het beroepsgeheim te doorbreken, maar het is geen uitzondering uit AVG art. 9 lid 2, art. 10 of de UAVG.',
      en: 'The exception "{{exception}}" of {{owner}} names "{{named}}": that may allow a care professional to break professional secrecy, but it is no exception under GDPR Art. 9(2), Art. 10 or the UAVG.',
    },
    agreement: {
      nl: 'De uitzondering "{{exception}}" bij {{owner}} verwijst naar een afspraak ({{agreement}}): een convenant of protocol is geen uitzondering op het verwerkingsverbod.',
      en: 'The exception "{{exception}}" of {{owner}} refers to an agreement ({{agreement}}): a covenant or protocol is no exception to the prohibition on processing.',
    },
    noSpecialGround: {
      nl: 'De uitzondering "{{exception}}" bij {{owner}} noemt geen grond uit AVG art. 9 lid 2 of UAVG art. 22–30 voor de bijzondere persoonsgegevens.',
      en: 'The exception "{{exception}}" of {{owner}} names no ground under GDPR Art. 9(2) or UAVG Art. 22–30 for the special-category data.',
    },
    noCriminalGround: {
      nl: 'De uitzondering "{{exception}}" bij {{owner}} noemt geen grond uit AVG art. 10 of UAVG art. 31–33 voor de strafrechtelijke gegevens.',
      en: 'The exception "{{exception}}" of {{owner}} names no ground under GDPR Art. 10 or UAVG Art. 31–33 for the criminal data.',
    },
    ownUse: {
      nl: 'De uitzondering "{{exception}}" bij {{owner}} noemt UAVG art. 33 lid 2: dat gaat over eigen gebruik door de verwerkingsverantwoordelijke en is geen grond om strafrechtelijke gegevens aan anderen te verstrekken.',
      en: 'The exception "{{exception}}" of {{owner}} cites UAVG Art. 33(2): that covers a controller’s own use and is no ground to disclose criminal data to others.',
    },
  },
  fix: {
    nl: 'Schrijf in "exception" de grond uit AVG art. 9 lid 2 (met de letter) of UAVG art. 22–30, bijvoorbeeld "AVG art. 9 lid 2 onder h; UAVG art. 30 lid 3 onder a" voor gezondheidsgegevens in de zorg. Steunt de verwerking op een sectorwet, noem die dan naast de grond: "AVG art. 9 lid 2 onder g jo. Paspoortwet, art. 3". Een convenant mag daarna genoemd worden als uitwerking. Is er geen grond, dan mogen deze gegevens niet worden verwerkt of gedeeld.',
    en: 'Write in "exception" the ground under GDPR Art. 9(2) (with its letter) or UAVG Art. 22–30, for example "AVG art. 9 lid 2 onder h; UAVG art. 30 lid 3 onder a" for health data in care. Where a sector act governs the processing, name it beside the ground: "AVG art. 9 lid 2 onder g jo. Paspoortwet, art. 3". A covenant may follow as its elaboration. Without a ground these data may not be processed or shared.',
  },
  fixes: {
    noCriminalGround: {
      nl: 'Schrijf in "exception" de grond uit AVG art. 10 en UAVG art. 31–33, bijvoorbeeld "UAVG art. 33 lid 1 onder a" voor gegevens verkregen op grond van de Wet politiegegevens of de Wet justitiële en strafvorderlijke gegevens, of "UAVG art. 33 lid 1 onder b" voor een publiekrechtelijk samenwerkingsverband. Is er geen grond, dan mogen deze gegevens niet worden verwerkt of gedeeld.',
      en: 'Write in "exception" the ground under GDPR Art. 10 and UAVG Art. 31–33, for example "UAVG art. 33 lid 1 onder a" for data received under the Police Data Act (Wpg) or the Judicial and Criminal Records Act (Wjsg), or "UAVG art. 33 lid 1 onder b" for a public-law partnership. Without a ground these data may not be processed or shared.',
    },
    notAGround: {
      nl: 'Schrijf in "exception" alleen de grond uit AVG art. 9 lid 2 (met de letter), art. 10 of UAVG art. 22–33 waarop het delen steunt, bijvoorbeeld "AVG art. 9 lid 2 onder a" bij uitdrukkelijke toestemming. Het beroepsgeheim en een conflict van plichten horen in de werkafspraken, niet als uitzondering. Is er zonder die afweging geen grond, dan mogen deze gegevens niet worden gedeeld.',
      en: 'Write in "exception" only the ground under GDPR Art. 9(2) (with its letter), Art. 10 or UAVG Art. 22–33 that the sharing rests on, for example "AVG art. 9 lid 2 onder a" for explicit consent. Professional secrecy and a conflict of duties belong in the working agreements, not in the exception. Without a ground apart from that weighing, these data may not be shared.',
    },
    ownUse: {
      nl: 'Schrijf bij de gegevensstroom in "exception" de grond voor deze verstrekking: "UAVG art. 33 lid 1 onder a" of "UAVG art. 33 lid 1 onder b" (publiekrechtelijk samenwerkingsverband, nodig voor de taak en met waarborgen). Doen private partijen mee, vraag dan de functionaris gegevensbescherming. Is er geen grond, dan mogen deze gegevens niet worden gedeeld.',
      en: 'Write in "exception" on the data flow the ground for this disclosure: "UAVG art. 33 lid 1 onder a" or "UAVG art. 33 lid 1 onder b" (a public-law partnership, necessary for the task and with safeguards). Where private parties take part, ask the data protection officer. Without a ground these data may not be shared.',
    },
  },
  check({ register, report }) {
    const check = (entity: Entity, raw: unknown, special: boolean, criminal: boolean, flow: boolean, path: (string | number)[], owner: () => string) => {
      const exception = readString(raw)?.trim();
      // No exception is special-data-without-exception's; a placeholder is placeholder-value's.
      if (!exception || placeholderIn(exception) !== undefined || (!special && !criminal)) return;
      const verdict = judge(exception, special, criminal, flow);
      if (verdict === undefined) return;
      const data: MessageData = { exception, owner: owner() };
      if (verdict === 'agreement') data.agreement = readException(exception).agreement ?? '';
      if (verdict === 'notAGround') data.named = readException(exception).notAGround ?? '';
      report({ messageId: verdict, entity, path, data });
    };
    for (const entity of register.processing) {
      list(entity.data.personal_data).forEach((item, i) => {
        if (!isRecord(item)) return;
        const category = readString(item.category)?.trim() ?? '?';
        check(entity, item.exception, hasSpecial(item.special), item.criminal === true, false, ['personal_data', i, 'exception'], () => `"${label(entity)}" (${category})`);
      });
    }
    for (const entity of register.partnerships) {
      let names: Map<string, string> | undefined;
      for (const { flow, index } of flowsOf(entity)) {
        check(entity, flow.exception, hasSpecial(flow.special), flow.criminal === true, true, ['data_flows', index, 'exception'], () => {
          names ??= participantNames(entity);
          const { from, to } = flowParties(names, flow);
          return `"${label(entity)}" (${String(from)} → ${String(to)})`;
        });
      }
    }
  },
});
