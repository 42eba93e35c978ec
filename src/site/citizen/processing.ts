/**
 * The page of one processing activity that passes data on: what it is for, about whom, which data, who is
 * responsible, why it is allowed, who receives the data and on what basis, and where to go with a question.
 * Only public fields: never the owner, review dates, security measures, internal notes (`x-` keys) or findings.
 */

import type { ProcessingEntity } from '../../register.js';
import { noticeOf } from '../../register.js';
import { isProcessorRecord, isRecord, list, readString, specialCategories, type Controller, type LegalBasis } from '../../model.js';
import { httpsLink } from '../layout.js';
import { basisInWords, contactSection, entryPath, htmlList, knownWords, strings, text, words, type SiteContext } from './common.js';

/** One category of personal data, with what makes it special. */
function dataItem(context: SiteContext, item: Record<string, unknown>): string | undefined {
  const category = readString(item.category);
  if (!category) return undefined;
  const notes: string[] = [];
  const special = specialCategories(item)
    .map((value) => knownWords(context, 'citizen.special.', value))
    .filter((v): v is string => v !== undefined);
  if (special.length > 0) notes.push(words(context, 'citizen.flow.special', { categories: special.join(', ') }));
  if (item.criminal === true) notes.push(words(context, 'citizen.flow.criminal'));
  if (item.sensitive === true) notes.push(words(context, 'citizen.flow.sensitive'));
  return `${text(category)}${notes.map((note) => `<p>${note}</p>`).join('')}`;
}

/** Who is responsible: the body of the organisation named by `controller`, or those it works for as a processor. */
function responsible(context: SiteContext, entity: ProcessingEntity): string {
  if (isProcessorRecord(entity.data)) {
    const onBehalfOf = readString(entity.data.on_behalf_of);
    if (onBehalfOf) return words(context, 'citizen.processing.onBehalfOf', { names: text(onBehalfOf) });
  }
  const controllers = list<Controller>(context.register.settings.organisation?.controllers).filter(isRecord);
  const body = controllers.find((c) => c.id === entity.data.controller);
  const bodyName = readString(body?.name);
  return bodyName
    ? words(context, 'citizen.processing.controller', { controller: text(bodyName), organisation: context.organisation })
    : words(context, 'citizen.processing.organisation', { organisation: context.organisation });
}

/** One recipient: an organisation with the basis the register gives for it, or a partnership linked to its page. */
function recipientSection(context: SiteContext, recipient: Record<string, unknown>): string | undefined {
  const partnershipId = readString(recipient.partnership);
  if (partnershipId) {
    const partnership = context.partnershipsById.get(partnershipId);
    const name = partnership ? (readString(partnership.data.name) ?? partnershipId) : partnershipId;
    const link = partnership ? `<a href="../${entryPath(context, partnership)}">${text(name)}</a>` : text(name);
    return `<section class="flow">\n<h3>${text(name)}</h3>\n<p>${words(context, 'citizen.recipient.partnership', { link })}</p>\n</section>`;
  }
  const organisation = readString(recipient.organisation);
  if (!organisation) return undefined;
  const bases = list<LegalBasis>(recipient.legal_basis);
  const basis = bases.length > 0 ? basisInWords(context, bases) : `<p>${words(context, 'citizen.recipient.noBasis')}</p>`;
  return `<section class="flow">\n<h3>${text(organisation)}</h3>\n<dl>\n<dt>${words(context, 'citizen.flow.allowed')}</dt>\n<dd>${basis}</dd>\n</dl>\n</section>`;
}

/** The main content of a processing activity's page (its title is the page's h1). */
export function processingBody(context: SiteContext, entity: ProcessingEntity, title: string): string {
  const data = list(entity.data.personal_data)
    .filter(isRecord)
    .map((item) => dataItem(context, item))
    .filter((v): v is string => v !== undefined);
  const recipients = list(entity.data.recipients)
    .filter(isRecord)
    .map((recipient) => recipientSection(context, recipient))
    .filter((v): v is string => v !== undefined);
  const objection = readString(noticeOf(entity)?.objection);
  const none = `<p>${words(context, 'citizen.overview.none')}</p>`;
  return [
    `<h1>${text(title)}</h1>`,
    `<h2>${words(context, 'citizen.processing.purposes')}</h2>`,
    htmlList(strings(entity.data.purposes).map(text)) || none,
    `<h2>${words(context, 'citizen.processing.subjects')}</h2>`,
    htmlList(strings(entity.data.data_subjects).map(text)) || none,
    `<h2>${words(context, 'citizen.processing.data')}</h2>`,
    htmlList(data) || none,
    `<h2>${words(context, 'citizen.processing.responsible')}</h2>`,
    `<p>${responsible(context, entity)}</p>`,
    `<h2>${words(context, 'citizen.processing.basis')}</h2>`,
    basisInWords(context, list<LegalBasis>(entity.data.legal_basis)),
    `<h2>${words(context, 'citizen.processing.recipients')}</h2>`,
    recipients.join('\n') || none,
    contactSection(context, entity, objection ? [words(context, 'citizen.objection', { link: httpsLink(objection) })] : []),
  ]
    .filter((part) => part !== '')
    .join('\n');
}
