/** The loaded register: parsed files with positions, and the entities in them. */

import type { Document, LineCounter } from 'yaml';
import { isIsoDate, isRecord, readString, type Notice, type Partnership, type ProcessingActivity, type RegisterSettings } from './model.js';
import { normaliseRelativePath } from './source.js';
import type { DocPath, Position } from './types.js';
import type { MessageData } from './template.js';

/** What a file is for, decided by its path. */
export type FileRole = 'register' | 'processing' | 'partnership' | 'notice';

/** One file of the register, read and (for YAML) parsed with positions. */
export interface ParsedFile {
  /** Repository-relative path with forward slashes. */
  path: string;
  role: FileRole;
  /** The file's contents as read (empty when it could not be read). */
  content: string;
  lineCounter: LineCounter;
  /** The YAML document; absent for Markdown and for files that could not be read. */
  doc?: Document.Parsed;
  /** The document as plain data; undefined when parsing failed. */
  data: unknown;
}

/** A processing activity as found in its file; the data may not match the schema. */
export interface ProcessingEntity {
  kind: 'processing';
  id: string;
  file: ParsedFile;
  data: Partial<ProcessingActivity>;
}

/** A partnership as found in its file; the data may not match the schema. */
export interface PartnershipEntity {
  kind: 'partnership';
  id: string;
  file: ParsedFile;
  data: Partial<Partnership>;
}

/** Anything with an id that rules report on. */
export type Entity = ProcessingEntity | PartnershipEntity;

/** What the register issues read of an entry: an entity is one, and so is a copy of these few fields as plain data. */
export interface EntryOutline {
  kind: Entity['kind'];
  id: string;
  data: { name?: unknown; owner?: unknown };
  file: { path: string };
}

/** A file reported on as a whole (register.yml, a notice, an unreadable file). */
export interface FileEntity {
  kind: 'register' | 'notice' | 'file';
  id: string;
  file: ParsedFile;
}

/** A problem found while reading or parsing, reported later by its rule. */
export interface LoadProblem {
  rule: 'yaml-syntax' | 'schema' | 'file-unreadable';
  messageId: string;
  entity: Entity | FileEntity;
  path?: DocPath;
  position?: Position;
  data?: MessageData;
  discriminator?: string;
  /** Related places; `messageId` names one of the owning rule's `relatedMessages`. */
  related?: { entity: Entity | FileEntity; path?: DocPath; messageId: string }[];
}

/** The whole register as the rules see it. */
export interface Register {
  files: ParsedFile[];
  registerFile?: ParsedFile;
  settings: RegisterSettings;
  processing: ProcessingEntity[];
  partnerships: PartnershipEntity[];
  /** Markdown notices kept in the repository, by repository-relative path. */
  notices: Map<string, ParsedFile>;
  /** Paths that exist in the source (readable or not), to tell "missing" from "unreadable". */
  paths: Set<string>;
  problems: LoadProblem[];
}

/** A stand-in entity for findings about a file before its entity is known. */
export function fileEntity(file: ParsedFile): FileEntity {
  return { kind: file.role === 'register' ? 'register' : file.role === 'notice' ? 'notice' : 'file', id: file.path, file };
}

/** Every processing activity and partnership of a register, in that order: what "every entry" means. */
export function entities<P = ProcessingEntity, Q = PartnershipEntity>(register: { processing: readonly P[]; partnerships: readonly Q[] }): (P | Q)[] {
  return [...register.processing, ...register.partnerships];
}

/** A file's name without folder and extension: the id its entry is expected to have. */
export function stem(filePath: string): string {
  const base = filePath.slice(filePath.lastIndexOf('/') + 1);
  return base.replace(/\.(ya?ml|md)$/i, '');
}

/** How a person recognises an entity: its name, else its id. */
export function label(entity: Pick<EntryOutline, 'id' | 'data'>): string {
  return readString((entity.data as { name?: unknown }).name) ?? entity.id;
}

/** Whether a processing activity is still active (not `status: ended`). */
export function isActive(entity: ProcessingEntity): boolean {
  return entity.data.status !== 'ended';
}

/** Whether an entry still applies on `today`: a processing activity not ended, a partnership not ended before today. */
export function isCurrent(entity: Entity, today: string): boolean {
  if (entity.kind === 'processing') return isActive(entity);
  const ended = entity.data.ended;
  return !(isIsoDate(ended) && ended < today);
}

/** The entry's review interval in months: its own, else the register's default. */
export function reviewInterval(entity: Entity, register: Register): number {
  const own = entity.data.review_interval_months;
  return typeof own === 'number' && own > 0 ? own : register.settings.review_interval_months ?? 12;
}

/** Partnerships by id (the first of duplicates wins). */
export function partnershipsById(register: Register): Map<string, PartnershipEntity> {
  const map = new Map<string, PartnershipEntity>();
  for (const p of register.partnerships) if (!map.has(p.id)) map.set(p.id, p);
  return map;
}

/** The notice of an entity, if it is a mapping. */
export function noticeOf(entity: Entity): Notice | undefined {
  const notice = (entity.data as { notice?: unknown }).notice;
  return isRecord(notice) ? (notice as Notice) : undefined;
}

/** The repository path a notice's `file` names, normalised the way the loader reads it; undefined when absent or outside the repository. */
export function noticeFilePath(notice: Notice | undefined): string | undefined {
  const file = notice?.file;
  return typeof file === 'string' && file.trim() !== '' ? normaliseRelativePath(file) : undefined;
}
