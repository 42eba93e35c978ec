// A synthetic register of any size, for the App's event-loop test, `scripts/bench-app.js` and `scripts/bench-report.js`:
// one register.yml, the given number of processing activities and (unless told otherwise) one partnership per ten. Every entry is complete; `defectEvery` names a
// processing activity without legal basis every so many entries (0: none), so a check has something to find.

const pad = (n) => String(n).padStart(5, '0');

function activity(i, partnerships, defect) {
  const partnership = `samenwerking-${pad(i % partnerships)}`;
  const basis = defect
    ? ''
    : `legal_basis:
  - ground: public-task
    provision: Participatiewet, art. 7 lid 1 onder a
`;
  return `id: verwerking-${pad(i)}
name: Verstrekken van bijstand, dossier ${i}
owner: gemeente-synthetisch/team-${i % 7}
controller: college
purposes:
  - Vaststellen van het recht op bijstand, aanvraag ${i}
  - Controleren van de rechtmatigheid van de uitkering
${basis}data_subjects:
  - Aanvragers van bijstand
personal_data:
  - category: Naam, adres en burgerservicenummer
  - category: Inkomen en vermogen
retention: 10 jaar na het einde van de uitkering
recipients:
  - partnership: ${partnership}
security: Dossiers in het zaaksysteem met toegang per rol.
dpia:
  reference: DPIA-${i}
  date: 2025-01-15
notice:
  url: https://www.gemeente-synthetisch.nl/privacy/bijstand-${i}
  updated: 2025-09-01
  contact: privacy@gemeente-synthetisch.nl
  language_level: B1
reviewed: 2026-01-15
`;
}

function partnership(j) {
  return `id: samenwerking-${pad(j)}
name: Samenwerking werk en inkomen ${j}
owner: gemeente-synthetisch/team-inkoop
purpose: Gezamenlijke uitvoering van de Participatiewet in wijk ${j}.
domain: sociaal-domein
started: 2024-01-01
participants:
  - id: gemeente
    name: Gemeente Synthetisch
    kind: municipality
    role: controller
    self: true
  - id: uitvoerder
    name: Uitvoeringsbureau ${j}
    kind: implementing-organisation
    role: processor
agreements:
  - kind: processing-agreement
    reference: Verwerkersovereenkomst uitvoeringsbureau ${j}
    signed: 2023-12-05
    parties: [gemeente, uitvoerder]
data_flows:
  - from: gemeente
    to: uitvoerder
    data:
      - Naam en burgerservicenummer van de aanvrager
    legal_basis:
      - ground: public-task
        provision: Participatiewet, art. 7 lid 1 onder a
    necessity: Het uitvoeringsbureau kan de aanvraag alleen behandelen als het weet wie de aanvrager is.
notice:
  url: https://www.gemeente-synthetisch.nl/privacy/samenwerking-${j}
  updated: 2025-09-01
  contact: privacy@gemeente-synthetisch.nl
  language_level: B1
dpia:
  reference: DPIA-S-${j}
  date: 2023-11-20
reviewed: 2026-01-15
`;
}

const REGISTER = `organisation:
  name: Gemeente Synthetisch
  kind: municipality
  dpo: fg@gemeente-synthetisch.nl
  controllers:
    - id: college
      name: College van burgemeester en wethouders
review_interval_months: 12
notice_max_age_months: 24
`;

/** The register's files by repository-relative path. */
export function syntheticRegister(activities, { defectEvery = 0, partnerships = Math.max(1, Math.floor(activities / 10)) } = {}) {
  const files = { 'register.yml': REGISTER };
  for (let i = 0; i < activities; i++) files[`processing/verwerking-${pad(i)}.yml`] = activity(i, partnerships, defectEvery > 0 && i % defectEvery === defectEvery - 1);
  for (let j = 0; j < partnerships; j++) files[`partnerships/samenwerking-${pad(j)}.yml`] = partnership(j);
  return files;
}

/** The files as a MemorySource takes them (new MemorySource(memoryFiles(files))). */
export function memoryFiles(files) {
  return new Map(Object.entries(files).map(([file, content]) => [file, { type: 'file', bytes: new TextEncoder().encode(content) }]));
}
