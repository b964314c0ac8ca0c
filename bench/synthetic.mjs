// Synthetic offerings for the benchmark: `synthetic-<n>` with n rows, valid
// against data/schema.json and the build's validation (crates/rm-format/src/validate.rs).
//
// Deterministic (seeded PRNG), so two runs benchmark the same matrix. Rows mix
// every kind of cell the real data has: plain ticks, RACI letters, roles,
// qualifiers (incl. coordinated + with), statuses (n/a, no, depends, same-as,
// customer-specific, blank) and a detail column of free text.
//
// About 1 row in 150 mentions the token SEARCH_TOKEN ("kestrel"), so typing
// it narrows the table step by step (the benchmark's search).

import fs from 'node:fs';
import path from 'node:path';

export const SEARCH_TOKEN = 'kestrel';

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = ['Monitor', 'Patch', 'Back up', 'Restore', 'Provision', 'Decommission', 'Rotate', 'Audit',
  'Configure', 'Upgrade', 'Harden', 'Report on', 'Escalate', 'Approve changes to', 'Scale', 'Replace',
  'Review access to', 'Encrypt', 'Document', 'Test failover of'];
const OBJECTS = ['the hypervisor cluster', 'guest operating systems', 'load balancer pools', 'database replicas',
  'TLS certificates', 'firewall rule sets', 'object storage buckets', 'container registries',
  'DNS zones', 'identity provider federation', 'backup schedules', 'VPN tunnels', 'log retention',
  'Kubernetes control plane', 'ingress controllers', 'SAN volumes', 'service accounts',
  'network switches', 'anti-malware agents', 'capacity forecasts'];
const CONTEXTS = ['during business hours', 'after a security advisory', 'on customer request',
  'as part of onboarding', 'within the maintenance window', 'for disaster recovery', 'before go-live',
  'at end of contract', 'when an alert fires', 'quarterly', '(as needed)', 'for production workloads'];
const DOMAINS = ['provisioning', 'monitoring', 'reporting', 'access', 'patching-and-change', 'network',
  'storage', 'backup-and-continuity', 'security', 'data', 'support', 'governance', 'decommission'];
const SECTIONS = ['Onboarding and build', 'Infrastructure operations', 'Operating system management',
  'Network and security', 'Data protection', 'Application platform', 'Service management',
  'Offboarding'];
const QUALIFIERS = ['reactive-only', 'per-request', 'fee', 'reasonable-endeavour', 'unless-purchased',
  'advise-only', 'prerequisite', 'qualified-configuration'];
const RACI = ['R', 'A', 'RA', 'C', 'I', 'CI', 'AR'];
const WHEN = ['Monthly', 'Within 4 hours', 'On request', 'Daily at 02:00 UTC', 'Quarterly review',
  'Per change ticket', 'Continuous', 'Before each release'];

// Columns: three responsibility columns (one per layer), one RACI column, one detail column.
const COLUMNS = [
  { id: 'infrastructure', label: 'Infrastructure' },
  { id: 'operating-system', label: 'Operating system' },
  { id: 'application', label: 'Application' },
  { id: 'governance', label: 'Governance (RACI)' },
  { id: 'when', label: 'When', kind: 'detail' },
];
const PARTIES = [
  { id: 'provider', name: 'Provider', kind: 'provider', roles: [
    { id: 'em', name: 'Engagement Manager', abbreviation: 'EM', description: 'Owns the customer relationship.' },
    { id: 'ops', name: 'Operations Engineer', abbreviation: 'OPS', description: 'Runs day-to-day operations.' },
  ] },
  { id: 'customer', name: 'Customer', kind: 'customer' },
  { id: 'vendor', name: 'Vendor', kind: 'third-party' },
];
const NAMES = { provider: 'Provider', customer: 'Customer', vendor: 'Vendor' };

function responsibilityCell(rand, column) {
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const x = rand();
  if (x < 0.35) {
    const party = pick(['provider', 'customer', 'provider']);
    return { assign: [{ party }], source_text: NAMES[party] };
  }
  if (x < 0.5) {
    return { assign: [{ party: 'provider' }, { party: 'customer' }], source_text: 'Provider, Customer' };
  }
  if (x < 0.62) {
    const q = pick(QUALIFIERS);
    const party = pick(['provider', 'customer']);
    return { assign: [{ party, qualifiers: [q] }], source_text: `${NAMES[party]} (${q.replace(/-/g, ' ')})` };
  }
  if (x < 0.68) {
    return {
      assign: [{ party: 'provider', qualifiers: ['coordinated'], with: 'vendor', role: 'ops' }],
      source_text: 'Provider with vendor',
    };
  }
  if (x < 0.76) return { status: { kind: 'not-applicable' }, source_text: 'N/A' };
  if (x < 0.8) return { status: { kind: 'no' }, source_text: 'No' };
  if (x < 0.85) return { status: { kind: 'depends', on: 'application' }, source_text: 'Depends on application' };
  if (x < 0.89 && column !== 'infrastructure') {
    return { status: { kind: 'same-as', columns: ['infrastructure'] }, source_text: 'Same as infrastructure' };
  }
  if (x < 0.94) return { status: { kind: 'customer-specific' }, source_text: 'Customer-specific' };
  return { status: { kind: 'not-specified' }, source_text: '' };
}

/** The offering `synthetic-<rows>`, as a plain object ready for JSON. */
export function syntheticOffering(rows, seed = 42) {
  const rand = prng(seed + rows);
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const perSection = Math.ceil(rows / SECTIONS.length);
  const sections = [];
  let n = 0;
  for (let si = 0; si < SECTIONS.length && n < rows; si++) {
    const sectionRows = [];
    for (let k = 0; k < perSection && n < rows; k++, n++) {
      let activity = `${pick(VERBS)} ${pick(OBJECTS)} ${pick(CONTEXTS)}`;
      if (n % 150 === 37) activity += ` (${SEARCH_TOKEN} site ${n})`;
      const cells = {};
      for (const c of COLUMNS.slice(0, 3)) cells[c.id] = responsibilityCell(rand, c.id);
      const a = pick(RACI);
      const b = pick(['I', 'C', 'CI']);
      cells.governance = {
        assign: [{ party: 'provider', raci: a, role: 'em' }, { party: 'customer', raci: b }],
        source_text: `Provider: ${a}; Customer: ${b}`,
      };
      const when = pick(WHEN);
      cells.when = { text: when, source_text: when };
      const row = { id: `row-${n}`, activity, domain: pick(DOMAINS), cells };
      if (rand() < 0.05) row.notes = [{ kind: 'note', text: `Synthetic note ${n}: see the service description.` }];
      if (rand() < 0.1) row.owner_role = 'provider/em';
      sectionRows.push(row);
    }
    sections.push({
      id: `section-${si + 1}`,
      number: String(si + 1),
      title: SECTIONS[si],
      rows: sectionRows,
    });
  }
  return {
    id: `synthetic-${rows}`,
    title: `Synthetic matrix, ${rows.toLocaleString('en')} rows`,
    provider: 'Benchmark',
    summary: `A generated matrix of ${rows} rows for the performance benchmark (bench/). Not real data.`,
    source: { title: 'bench/synthetic.mjs', seed_file: 'none' },
    parties: PARTIES,
    columns: COLUMNS.map((c) => ({ ...c })),
    sections,
    definitions: [{ term: 'R', meaning: 'Responsible' }],
  };
}

/** Writes synthetic-<n>.json for each n into `dir`; returns the file paths. */
export function writeSynthetic(dir, sizes = [1000, 10000]) {
  fs.mkdirSync(dir, { recursive: true });
  return sizes.map((n) => {
    const file = path.join(dir, `synthetic-${n}.json`);
    const text = `${JSON.stringify(syntheticOffering(n), null, 1)}\n`;
    // Rewrite only on change, so the bench build's rerun-if-changed stays quiet.
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
    return file;
  });
}
