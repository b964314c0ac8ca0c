// DataTables peer: ./data/<id>.json for ?o=<id>, one row per service (the
// activity, then one cell per column, one per party for a column split by
// party), handed to DataTables with its defaults (paging by 10, global
// search). Rows carry data-rm-row and the search box data-rm="search", the
// contract bench/bench.mjs measures on every page.
'use strict';

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function assignmentText(o, a, withParty) {
  const party = o.parties.find((p) => p.id === a.party);
  let s = withParty ? (party ? party.name : a.party) : '';
  if (a.raci) s += (s ? ' ' : '') + a.raci;
  else if (!withParty) s += '\u2713';
  for (const q of a.qualifiers || []) s += `, ${q}`;
  return s;
}
function cellText(o, cell) {
  if (cell.text != null) return cell.text;
  if (cell.status) return cell.status.kind;
  return (cell.assign || []).map((a) => assignmentText(o, a, true)).join(' and ');
}

async function main() {
  const id = new URLSearchParams(location.search).get('o') || 'vmware';
  const o = await (await fetch(`./data/${id}.json`)).json();
  const table = document.querySelector('[data-rm="matrix"]');
  table.caption.textContent = `${o.title}: who is responsible for each service`;
  const columns = [{ title: 'Service' }];
  for (const c of o.columns) {
    if (c.split_by_party) for (const p of o.parties) columns.push({ title: p.name });
    else columns.push({ title: c.label });
  }
  const data = [];
  const ids = [];
  for (const s of o.sections) {
    for (const r of s.rows) {
      const row = [r.activity];
      for (const c of o.columns) {
        const cell = r.cells[c.id];
        if (c.split_by_party) {
          for (const p of o.parties) {
            const a = (cell.assign || []).find((x) => x.party === p.id);
            row.push(cell.status ? cell.status.kind : a ? assignmentText(o, a, false) : '');
          }
        } else row.push(cellText(o, cell));
      }
      data.push(row);
      ids.push(r.id);
    }
  }
  void fold;
  new DataTable(table, {
    data,
    columns,
    createdRow: (tr, _row, index) => tr.setAttribute('data-rm-row', ids[index]),
    initComplete: () => {
      const input = document.querySelector('.dt-search input');
      if (input) input.setAttribute('data-rm', 'search');
    },
  });
}

main();
