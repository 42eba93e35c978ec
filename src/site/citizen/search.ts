/**
 * Search without a server: a small prebuilt JSON index of the published entries (names, participants, data
 * categories, purposes) and a little script that filters it as the reader types. The index holds register text as
 * JSON data and the script only ever places it with textContent, so a `<script>` in a name stays text. Every page
 * works without the script: the overview lists everything, and the search form stays hidden until the index loads.
 */

import type { PartnershipEntity, ProcessingEntity } from '../../register.js';
import { isRecord, list, readString } from '../../model.js';
import { participantsOf } from '../../rules/flows.js';
import { strings } from './common.js';

/** One entry of the index: its name, its page (relative to a language's root), its kind, and the words it is found by. */
export interface SearchEntry {
  /** The entry's name. */
  n: string;
  /** Its page, relative to the root of a language's pages. */
  u: string;
  /** `partnership` or `processing`. */
  k: 'partnership' | 'processing';
  /** Participants or recipients, data categories and purposes. */
  w: string[];
}

/** What a partnership is found by: its participants, the data its flows carry and its purpose. */
export function partnershipTerms(entity: PartnershipEntity): string[] {
  const participants = participantsOf(entity).map(({ participant }) => readString(participant.name) ?? readString(participant.id) ?? '');
  const data = list(entity.data.data_flows)
    .filter(isRecord)
    .flatMap((flow) => strings(flow.data));
  return [...new Set([...participants, ...data, readString(entity.data.purpose) ?? ''].filter((v) => v !== ''))];
}

/** What a processing activity is found by: its recipients, its data categories and its purposes. */
export function processingTerms(entity: ProcessingEntity): string[] {
  const recipients = list(entity.data.recipients)
    .filter(isRecord)
    .map((recipient) => readString(recipient.organisation) ?? '');
  const data = list(entity.data.personal_data)
    .filter(isRecord)
    .map((item) => readString(item.category) ?? '');
  return [...new Set([...recipients, ...data, ...strings(entity.data.purposes)].filter((v) => v !== ''))];
}

/**
 * The index as a JSON file. `<`, `>` and `&` are written as \u escapes: the file stays inert even if a browser
 * were to sniff it as HTML, and JSON.parse reads the same text back.
 */
export function searchIndexJson(entries: readonly SearchEntry[]): string {
  return `${JSON.stringify(entries).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

/**
 * The search script (plain ES2017, no library). It reads its words and the index's address from data attributes
 * of the form, which the page fills from the vocabulary; results are links in a list, their count is announced
 * by a status region (role="status", polite). Matching folds case and accents; every word typed must occur.
 */
export const SEARCH_SCRIPT = `'use strict';
(function () {
  var form = document.getElementById('zoeken');
  if (!form || !window.fetch || !String.prototype.normalize) return;
  var input = document.getElementById('zoekterm');
  var results = document.getElementById('zoekresultaten');
  var status = document.getElementById('zoekstatus');
  var words = form.dataset;
  var MAX_SHOWN = 50;
  var entries = null;

  function fold(value) {
    return value.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase();
  }

  function show() {
    while (results.firstChild) results.removeChild(results.firstChild);
    var query = fold(input.value).split(/\\s+/).filter(function (w) { return w !== ''; });
    if (entries === null || query.length === 0) {
      status.textContent = '';
      return;
    }
    var found = entries.filter(function (entry) {
      return query.every(function (w) { return entry.folded.indexOf(w) !== -1; });
    });
    found.slice(0, MAX_SHOWN).forEach(function (entry) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = entry.u;
      link.textContent = entry.n;
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = ' (' + (entry.k === 'partnership' ? words.kindPartnership : words.kindProcessing) + ')';
      item.appendChild(link);
      item.appendChild(kind);
      results.appendChild(item);
    });
    status.textContent = found.length === 0 ? words.none : found.length === 1 ? words.one : words.other.replace('{{n}}', String(found.length));
  }

  fetch(words.index)
    .then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    })
    .then(function (index) {
      // Only pages of this site: a relative address without a scheme.
      entries = index
        .filter(function (entry) { return typeof entry.u === 'string' && entry.u.indexOf(':') === -1 && typeof entry.n === 'string'; })
        .map(function (entry) {
          return { n: entry.n, u: entry.u, k: entry.k, folded: fold([entry.n].concat(entry.w || []).join('\\n')) };
        });
      form.hidden = false;
      show();
    })
    .catch(function () {
      // Without the index the search stays hidden; the list on the page holds everything.
    });
  input.addEventListener('input', show);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    show();
  });
})();
`;
