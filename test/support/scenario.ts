/** The pull-request scenario both front ends are tested with: a partnership added without a legal basis, and its fix. */

import type { Changes } from './git.js';

/** A partnership whose one data flow has no legal basis (legal-basis-missing on the flow, line 21). */
export const NEW_PARTNERSHIP = `id: veiligheidshuis
name: Veiligheidshuis Kust
owner: schoonhovenaanzee/team-veiligheid
purpose: Samen aanpakken van huiselijk geweld en overlast
started: 2026-03-01
participants:
  - id: gemeente
    name: Gemeente Schoonhoven-aan-Zee
    kind: municipality
    role: controller
    self: true
  - id: politie
    name: Politie, eenheid Kust
    kind: police
    role: recipient
agreements:
  - kind: covenant
    reference: Convenant Veiligheidshuis Kust 2026
    signed: 2026-02-01
data_flows:
  - from: gemeente
    to: politie
    data: [naam, adres]
    necessity: De politie heeft het adres nodig om een huisbezoek te plannen.
notice:
  url: https://www.schoonhovenaanzee.nl/privacy/veiligheidshuis
  updated: 2026-03-01
  contact: privacy@schoonhovenaanzee.nl
reviewed: 2026-03-01
`;

/** The same partnership with a statutory basis and the covenant's parties named. */
export const FIXED_PARTNERSHIP = NEW_PARTNERSHIP.replace(
  '    necessity:',
  '    legal_basis:\n      - ground: public-task\n        provision: Wet politiegegevens, art. 20\n    necessity:',
).replace('  - kind: covenant', '  - kind: covenant\n    parties: [gemeente, politie]');

/** The change that adds the partnership and lists it as a recipient of the Wmo processing activity. */
export function withPartnership(files: Changes, partnership = NEW_PARTNERSHIP): Changes {
  const processing = files['processing/wmo-ondersteuning.yml']!.replace('  - partnership: sociaal-wijkteam\n', '  - partnership: sociaal-wijkteam\n  - partnership: veiligheidshuis\n');
  return { 'partnerships/veiligheidshuis.yml': partnership, 'processing/wmo-ondersteuning.yml': processing };
}
