/** Small readers shared by rules: the data may not match the schema, so every read is guarded. */

import type { Entity, PartnershipEntity, ProcessingEntity, Register } from '../register.js';
import type { Notice } from '../model.js';
import { normaliseRelativePath } from '../source.js';

/** The value as an array, or an empty one. */
export function list<T = unknown>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/** The value if it is a non-empty string. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Whether the value is a plain mapping. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the value is a real calendar date written as `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

/** Adds calendar months to an ISO date, clamping to the month's last day (2024-01-31 + 1 = 2024-02-29). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const targetMonth = m - 1 + months;
  const year = y + Math.floor(targetMonth / 12);
  const month = ((targetMonth % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** How a person recognises an entity: its name, else its id. */
export function label(entity: Entity): string {
  return text((entity.data as { name?: unknown }).name) ?? entity.id;
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

/** Lower-cases and strips diacritics, for word matching. */
export function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Splits a text into folded words, keeping internal dots of abbreviations like "n.v.t.". */
export function words(value: string): string[] {
  return fold(value).match(/[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*\.?/gu) ?? [];
}
