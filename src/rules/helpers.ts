/** Date arithmetic and word matching shared by rules; the guarded readers of register data are in model.ts and register.ts. */

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

/** Lower-cases and strips diacritics, for word matching. */
export function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Splits a text into folded words, keeping internal dots of abbreviations like "n.v.t.". */
export function words(value: string): string[] {
  return fold(value).match(/[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*\.?/gu) ?? [];
}
