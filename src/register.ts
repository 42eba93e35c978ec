/** The loaded register: parsed files with positions, and the entities in them. */

import type { Document, LineCounter } from 'yaml';
import type { Partnership, ProcessingActivity, RegisterSettings } from './model.js';
import type { DocPath, Position } from './types.js';
import type { MessageData } from './text.js';

/** What a file is for, decided by its path. */
export type FileRole = 'register' | 'processing' | 'partnership' | 'notice';

/** One file of the register, read and (for YAML) parsed with positions. */
export interface ParsedFile {
  /** Repository-relative path with forward slashes. */
  path: string;
  role: FileRole;
  text: string;
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
