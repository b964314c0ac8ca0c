// Benchmark baseline: the widget's table and search, written by hand.
// Reads ./data/<id>.json for ?o=<id> (default vmware), renders every row once
// (section header rows + service rows, one cell per column, one per party for
// a column split by party), and on each input re-attaches the matching rows,
// highlighting the match in the activity, like the widget. Search covers the
// same text as the widget's (activity, section title, row notes, cell text,
// source text, cell and assignment notes), case- and accent-insensitively.
'use strict';

const QUALIFIER_LABELS = {
  'reactive-only': 'reactive only', coordinated: 'coordinated', 'per-request': 'per request', fee: 'fee',
  'reasonable-endeavour': 'reasonable endeavour', 'unless-purchased': 'unless services purchased',
  'advise-only': 'advise only', prerequisite: 'provides prerequisite', 'community-support': 'community support',
  'qualified-configuration': 'qualified configuration',
};
const STATUS_LABELS = {
  'not-applicable': 'N/A', no: 'No', depends: 'Depends', 'same-as': 'Same as',
  'customer-specific': 'Customer-specific', 'not-specified': 'Not specified',
};

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function assignmentText(o, a, withParty) {
  const party = o.parties.find((p) => p.id === a.party);
  let s = withParty ? (party ? party.name : a.party) : '';
  if (a.raci) s += (s ? ' ' : '') + a.raci;
  else if (!withParty) s += '\u2713';
  if (a.role && party) {
    const role = (party.roles || []).find((r) => r.id === a.role);
    if (role) s += ` (${role.abbreviation || role.name})`;
  }
  for (const q of a.qualifiers || []) {
    if (q === 'coordinated') {
      const w = o.parties.find((p) => p.id === a.with);
      s += `, coordinated with ${w ? w.name : 'the other party'}`;
    } else s += `, ${QUALIFIER_LABELS[q] || q}`;
  }
  return s;
}

function statusText(o, st) {
  if (st.kind === 'depends' && st.on) return `Depends on ${st.on}`;
  if (st.kind === 'same-as') {
    return `Same as ${st.columns.map((c) => (o.columns.find((x) => x.id === c) || { label: c }).label).join(' / ')}`;
  }
  return STATUS_LABELS[st.kind] || st.kind;
}

function cellText(o, cell) {
  if (cell.text != null) return cell.text;
  if (cell.status) return statusText(o, cell.status);
  return (cell.assign || []).map((a) => assignmentText(o, a, true)).join(' and ');
}

function partyText(o, cell, party) {
  if (cell.status) return statusText(o, cell.status);
  const a = (cell.assign || []).find((x) => x.party === party);
  return a ? assignmentText(o, a, false) : '';
}

function el(tag, attrs, text) {
  const e = document.createElement(tag);
  for (const k in attrs) e.setAttribute(k, attrs[k]);
  if (text != null) e.textContent = text;
  return e;
}

function highlight(target, text, q) {
  if (!q) { target.textContent = text; return; }
  const at = fold(text).indexOf(q);
  if (at < 0) { target.textContent = text; return; }
  // fold() keeps lengths for Latin text, which is what the data holds.
  target.replaceChildren(text.slice(0, at), el('mark', {}, text.slice(at, at + q.length)), text.slice(at + q.length));
}

async function main() {
  const id = new URLSearchParams(location.search).get('o') || 'vmware';
  const o = await (await fetch(`./data/${id}.json`)).json();
  const table = document.querySelector('[data-rm="matrix"]');
  const tbody = table.tBodies[0];
  const search = document.querySelector('[data-rm="search"]');
  const count = document.querySelector('[data-rm="count"]');
  table.caption.textContent = `${o.title}: who is responsible for each service`;

  const headRow = table.tHead.rows[0];
  let width = 1;
  for (const c of o.columns) {
    if (c.split_by_party) {
      for (const p of o.parties) headRow.append(el('th', { scope: 'col', 'data-rm-col': p.id }, p.name));
      width += o.parties.length;
    } else {
      headRow.append(el('th', { scope: 'col', 'data-rm-col': c.id }, c.label));
      width += 1;
    }
  }

  // Build every row once; keep its search text and its activity span.
  const lines = [];
  let total = 0;
  for (const s of o.sections) {
    const head = el('tr', { 'data-rm-section': s.id });
    head.append(el('th', { scope: 'colgroup', colspan: String(width) }, s.number ? `${s.number} ${s.title}` : s.title));
    const rows = [];
    for (const r of s.rows) {
      const tr = el('tr', { 'data-rm-row': r.id });
      const th = el('th', { scope: 'row' });
      const span = el('span', {}, r.activity);
      th.append(span);
      tr.append(th);
      const hay = [r.activity, s.title, ...(r.notes || []).map((n) => n.text)];
      for (const c of o.columns) {
        const cell = r.cells[c.id];
        hay.push(cellText(o, cell), cell.source_text, cell.note || '', ...(cell.assign || []).map((a) => a.note || ''));
        if (c.split_by_party) {
          for (const p of o.parties) tr.append(el('td', { 'data-rm-col': p.id }, partyText(o, cell, p.id)));
        } else {
          tr.append(el('td', { 'data-rm-col': c.id }, cellText(o, cell)));
        }
      }
      rows.push({ tr, span, activity: r.activity, hay: fold(hay.join('\n')) });
      total += 1;
    }
    lines.push({ head, rows });
  }

  let lastQuery = null;
  function render() {
    const q = fold(search.value.trim());
    if (q === lastQuery) return;
    lastQuery = q;
    const frag = document.createDocumentFragment();
    let shown = 0;
    for (const { head, rows } of lines) {
      let first = true;
      for (const row of rows) {
        if (q && !row.hay.includes(q)) continue;
        if (first) { frag.append(head); first = false; }
        highlight(row.span, row.activity, q);
        frag.append(row.tr);
        shown += 1;
      }
    }
    tbody.replaceChildren(frag);
    count.textContent = `${shown} of ${total} services`;
  }
  search.addEventListener('input', render);
  render();
}

main();
