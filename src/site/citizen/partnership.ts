/**
 * The page of one partnership: what it is for, who takes part and who is responsible, which data go where and why
 * that is allowed, whether it takes decisions about people, and where to go with a question or a complaint.
 * Only public fields: never the owner, review dates, internal notes (`x-` keys), agreements' references or findings.
 */

import type { PartnershipEntity } from '../../register.js';
import { noticeOf } from '../../register.js';
import { flowBasis, flowRecipients, flowSenders, isControllerProcessorPair, isRecord, list, processorFor, readString, specialCategories } from '../../model.js';
import { flowsOf, participantNames, participantsOf, partyName } from '../../rules/flows.js';
import { httpsLink } from '../layout.js';
import { basisInWords, contactSection, htmlList, knownWords, longDate, strings, text, words, type SiteContext } from './common.js';

/** Names joined for a sentence ("A, B, C"), each escaped. */
function names(values: readonly string[]): string {
  return values.map(text).join(', ');
}

/** Who takes part, each with their responsibility in words. */
function participantsSection(context: SiteContext, entity: PartnershipEntity, named: ReadonlyMap<string, string>): string {
  const items = participantsOf(entity).map(({ participant }) => {
    const name = readString(participant.name) ?? readString(participant.id) ?? '?';
    const title = participant.self === true ? words(context, 'citizen.partnership.self', { name: text(name) }) : text(name);
    const worksFor = processorFor(participant).map((id) => partyName(named, id));
    const role =
      participant.role === 'processor' && worksFor.length > 0
        ? words(context, 'citizen.role.processorFor', { names: names(worksFor) })
        : (knownWords(context, 'citizen.role.', participant.role) ?? words(context, 'citizen.role.unknown'));
    return `<strong>${title}</strong><p>${role}</p>`;
  });
  // The essence of a joint-controller arrangement is published for citizens (GDPR Art. 26(2)).
  const essences = [
    ...new Set(
      list(entity.data.agreements)
        .filter(isRecord)
        .map((agreement) => readString(agreement.essence_published))
        .filter((v): v is string => v !== undefined),
    ),
  ];
  // Art. 26 applies only where there are joint controllers; their arrangement is then cited, and Art. 26(3) said.
  const joint = participantsOf(entity).filter(({ participant }) => participant.role === 'joint-controller').length >= 2;
  const arrangement = joint ? 'citizen.partnership.arrangement' : 'citizen.partnership.arrangementPlain';
  return [
    `<h2>${words(context, 'citizen.partnership.participants')}</h2>`,
    `<p>${words(context, 'citizen.partnership.participantsIntro')}</p>`,
    htmlList(items, 'entries'),
    ...essences.map((essence) => `<p>${words(context, arrangement, { link: httpsLink(essence) })}</p>`),
    joint ? `<p>${words(context, 'citizen.partnership.jointRights')}</p>` : '',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/** One data flow: from whom to whom, which data, why it is needed and why it is allowed. */
function flowSection(context: SiteContext, entity: PartnershipEntity, flow: Record<string, unknown>, named: ReadonlyMap<string, string>): string {
  const senders = flowSenders(flow);
  const receivers = flowRecipients(flow);
  const heading = words(context, 'citizen.flow.heading', {
    from: names(senders.map((id) => partyName(named, id))),
    to: names(receivers.map((id) => partyName(named, id))),
  });
  const notes: string[] = [];
  const special = specialCategories(flow)
    .map((category) => knownWords(context, 'citizen.special.', category))
    .filter((v): v is string => v !== undefined);
  if (special.length > 0) notes.push(words(context, 'citizen.flow.special', { categories: special.join(', ') }));
  if (flow.criminal === true) notes.push(words(context, 'citizen.flow.criminal'));
  if (flow.sensitive === true) notes.push(words(context, 'citizen.flow.sensitive'));
  if (flow.decisions === true) notes.push(words(context, 'citizen.flow.decisions'));
  if (flow.automated === true) notes.push(words(context, 'citizen.flow.automated'));

  const necessity = readString(flow.necessity);
  // Between a controller and its own processor the processor acts on instructions; say so beside whatever basis is given.
  const controllersOf = new Map<string, string[]>();
  for (const from of senders) {
    for (const to of receivers) {
      if (!isControllerProcessorPair(entity.data, from, to)) continue;
      const processorIsTo = processorFor(participantsOf(entity).find(({ participant }) => participant.id === to)?.participant).includes(from);
      const [processor, controller] = processorIsTo ? [to, from] : [from, to];
      const controllers = controllersOf.get(processor) ?? [];
      if (!controllers.includes(controller)) controllers.push(controller);
      controllersOf.set(processor, controllers);
    }
  }
  const instructed = [...controllersOf].map(([processor, controllers]) =>
    words(context, 'citizen.flow.onInstruction', { processor: text(partyName(named, processor)), controller: names(controllers.map((id) => partyName(named, id))) }),
  );
  return [
    `<section class="flow">`,
    `<h3>${heading}</h3>`,
    `<dl>`,
    `<dt>${words(context, 'citizen.flow.data')}</dt>`,
    `<dd>${htmlList(strings(flow.data).map(text))}${notes.map((note) => `<p>${note}</p>`).join('')}</dd>`,
    `<dt>${words(context, 'citizen.flow.necessity')}</dt>`,
    `<dd><p>${necessity ? text(necessity) : words(context, 'citizen.flow.necessityMissing')}</p></dd>`,
    `<dt>${words(context, 'citizen.flow.allowed')}</dt>`,
    `<dd>${instructed.map((line) => `<p>${line}</p>`).join('')}${basisInWords(context, flowBasis(entity.data, flow))}</dd>`,
    `</dl>`,
    `</section>`,
  ].join('\n');
}

/**
 * Whether the partnership takes decisions about people, whether the notice explains them, and how to object. An Awb
 * objection lies against a decision (besluit), not against sharing data as such: the site names the route where the
 * notice gives one, and misses one only where the register says decisions are taken.
 */
function decisionsSection(context: SiteContext, entity: PartnershipEntity): string {
  const flows = flowsOf(entity).map(({ flow }) => flow);
  const decides = flows.some((flow) => flow.decisions === true || flow.automated === true);
  const notice = noticeOf(entity);
  const lines = [words(context, decides ? 'citizen.decisions.yes' : 'citizen.decisions.no')];
  if (decides) lines.push(words(context, notice?.explains_decisions === true ? 'citizen.decisions.explained' : 'citizen.decisions.notExplained'));
  const objection = readString(notice?.objection);
  if (objection) lines.push(words(context, 'citizen.objection', { link: httpsLink(objection) }));
  else if (decides) lines.push(words(context, 'citizen.objection.none'));
  if (decides) lines.push(words(context, 'citizen.objection.letter'));
  return `<h2>${words(context, 'citizen.decisions.heading')}</h2>\n${lines.map((line) => `<p>${line}</p>`).join('\n')}`;
}

/** The main content of a partnership's page (its title is the page's h1). */
export function partnershipBody(context: SiteContext, entity: PartnershipEntity, title: string): string {
  const named = participantNames(entity);
  const purpose = readString(entity.data.purpose);
  const started = longDate(context, entity.data.started);
  const flows = flowsOf(entity);
  return [
    `<h1>${text(title)}</h1>`,
    `<h2>${words(context, 'citizen.partnership.purpose')}</h2>`,
    `<p>${purpose ? text(purpose) : words(context, 'citizen.overview.none')}</p>`,
    started ? `<p>${words(context, 'citizen.partnership.started', { date: started })}</p>` : '',
    participantsSection(context, entity, named),
    `<h2>${words(context, 'citizen.flows.heading')}</h2>`,
    flows.length > 0 ? flows.map(({ flow }) => flowSection(context, entity, flow, named)).join('\n') : `<p>${words(context, 'citizen.flows.none')}</p>`,
    decisionsSection(context, entity),
    contactSection(context, entity),
  ]
    .filter((part) => part !== '')
    .join('\n');
}
