/** The delivery ids the App has seen lately, so that a replayed webhook delivery is not handled twice. */

/** How many ids are remembered: far more than arrive between a delivery and a replay of it, about 0.5 MB at most. */
export const REMEMBERED_DELIVERIES = 10_000;

/**
 * The most recent delivery ids, bounded by count (no clock needed): the oldest is forgotten first.
 * A signed delivery carries no timestamp, so a replay can only be recognised by its id.
 */
export class RecentDeliveries {
  private readonly ids = new Set<string>();

  constructor(private readonly capacity = REMEMBERED_DELIVERIES) {}

  /** Remembers an id; false when it was already remembered (a replay). */
  remember(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    // A Set iterates in insertion order: the first id is the oldest.
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value as string);
    return true;
  }

  /** Forgets an id, so that GitHub's redelivery of a failed delivery (same id) is handled again. */
  forget(id: string): void {
    this.ids.delete(id);
  }

  /** How many ids are remembered. */
  get size(): number {
    return this.ids.size;
  }
}
