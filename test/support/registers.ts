/** A small register for loader tests: register.yml and a valid processing activity by id. */

/** register.yml of a municipality with a DPO, as the loader tests lay it. */
export const REGISTER = `organisation:
  name: Gemeente Proefstad
  kind: municipality
  dpo: fg@proefstad.nl
review_interval_months: 12
`;


/** A valid processing activity; `extra` holds recipient lines (indented list items). */
export const processing = (id: string, extra = '') => `id: ${id}
name: Verwerking ${id}
owner: proefstad/team-privacy
purposes:
  - Uitvoeren van de ${id}
legal_basis:
  - ground: public-task
    provision: Gemeentewet, art. 160
data_subjects:
  - Inwoners
personal_data:
  - category: NAW-gegevens
recipients:${extra ? `\n${extra}` : ' []'}
retention: 7 jaar
notice:
  url: https://www.proefstad.nl/privacy/${id}
  updated: 2026-01-15
  contact: privacy@proefstad.nl
reviewed: 2026-02-01
`;
