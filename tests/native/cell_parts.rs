//! The one cell decomposition, `present::cell_parts`, over every built-in
//! offering × variant × row × visible column:
//!
//! - rendered the way its docs say the table renders it, it gives the `<td>`s
//!   the table shows, worked out here from the data model alone (ids, the
//!   shared verdict, where the ⇄ and ※ marks go, and every visible text in order);
//! - its words are the export grid's cell, and the export grid's columns are
//!   `column_heads`, which are the table's header cells;
//! - a few cells are pinned exactly (a VMware qualifier, a Hyper-V tick split
//!   by party, OVHcloud RACI letters, a Kubernetes role, a GOSS note).

use responsibility_matrix::catalog::{offering, offerings};
use responsibility_matrix::i18n::Lang;
use responsibility_matrix::io::export::grid;
use responsibility_matrix::rules::filter::{visible_columns, visible_rows, ViewState};
use responsibility_matrix::rules::present::{cell_description, cell_meaning, inference_title};
use responsibility_matrix::rules::present::{
    cell_parts, cell_text, column_heads, owner_role, party_kind_modifier, qualifier_text,
    status_text, variant_picker_label, Body, SubCell, INFERENCE_MARK,
};
use responsibility_matrix::rules::shared::{
    cell_sharing_in_view, resolve_same_as, SharedReason, SharedWith, Sharing,
};
use rm_format::model::{Assignment, Column, Offering, PartyKind, Qualifier, Row};

/// A `<td>` as the table shows it: its column id, shared verdict, marks and
/// visible texts in order (each badge, letter, chip and span its own text).
#[derive(Debug, PartialEq)]
struct Td {
    col: String,
    shared: Option<Sharing>,
    shared_mark: bool,
    label: String,
    reading: Option<String>,
    /// The sentence an inferred cell rests on, on the sub-cell with its mark.
    inference: Option<String>,
    shown: Vec<String>,
}

/// Every view of every offering: all types, each variant, each variant with
/// the other variants' columns kept.
fn views() -> Vec<(&'static Offering, ViewState)> {
    let mut out = Vec::new();
    for o in offerings() {
        out.push((o, ViewState::for_offering(&o.id)));
        for v in o.variant_options() {
            let chosen = ViewState {
                variant: Some(v.id.to_string()),
                ..ViewState::for_offering(&o.id)
            };
            let others = ViewState {
                show_other_columns: true,
                ..chosen.clone()
            };
            out.push((o, chosen));
            out.push((o, others));
        }
    }
    out
}

/// The visible texts of one assignment, from the model: the party's name (a
/// scope column) or a tick (a split column without letters), the RACI
/// letters, the role's short form, the qualifiers' labels, the note.
fn assignment_shown(o: &Offering, a: &Assignment, with_party: bool) -> Vec<String> {
    let party = o.party(&a.party);
    let mut shown = Vec::new();
    if with_party {
        shown.push(party.map_or(a.party.to_string(), |p| p.name.to_string()));
    }
    if a.raci.is_none() && !with_party {
        shown.push("✓".to_string());
    }
    shown.extend(a.raci.iter().flat_map(|l| l.chars()).map(String::from));
    let role = a
        .role
        .as_deref()
        .and_then(|id| party?.roles.iter().find(|r| r.id == id));
    shown.extend(role.map(|r| r.abbreviation.as_ref().unwrap_or(&r.name).to_string()));
    shown.extend(a.qualifiers.iter().map(|q| qualifier_text(o, a, *q)));
    shown.extend(a.note.iter().map(|n| n.to_string()));
    shown
}

/// The `<td>`s the table shows for one row and column, from the model alone.
fn table_tds(o: &Offering, r: &Row, c: &Column, is_visible: &dyn Fn(&str) -> bool) -> Vec<Td> {
    let cell = r
        .cell(&c.id)
        .expect("validation gives every row a cell per column");
    let shared = cell_sharing_in_view(o, r, cell, is_visible);
    let status = cell.status.as_ref().map(|st| {
        let mut shown = vec![status_text(o, st)];
        if let Some((_, target)) = resolve_same_as(r, cell, is_visible) {
            shown.push(format!("→ {}", cell_text(o, target)));
        }
        shown
    });
    let inferred = cell.inference.as_ref().map(|i| i.from.to_string());
    // The inference mark is a word the reader sees, after the value.
    let with_mark = |mut shown: Vec<String>, marked: bool| {
        if marked {
            shown.push("inferred".to_string());
        }
        shown
    };
    if !c.split_by_party {
        let shown = match (&cell.text, status) {
            (Some(text), _) => vec![text.to_string()],
            (None, Some(status)) => status,
            (None, None) => {
                let each: Vec<Vec<String>> = cell
                    .assign
                    .iter()
                    .map(|a| assignment_shown(o, a, true))
                    .collect();
                each.join(&"and".to_string())
            }
        };
        return vec![Td {
            col: c.id.to_string(),
            shared,
            shared_mark: shared.is_some(),
            label: c.label.to_string(),
            reading: cell.reading.as_ref().map(|t| t.to_string()),
            inference: inferred.clone(),
            shown: with_mark(shown, inferred.is_some()),
        }];
    }
    let assigned = |party: &str| cell.assign.iter().find(|a| a.party == party);
    let speaking = o
        .parties
        .iter()
        .find(|p| cell.status.is_some() || assigned(&p.id).is_some())
        .map(|p| p.id.to_string());
    // The inference is never dropped: with nobody speaking, the first party carries it.
    let inference_on = speaking
        .clone()
        .or_else(|| o.parties.first().map(|p| p.id.to_string()));
    o.parties
        .iter()
        .map(|p| {
            let marked = inferred.is_some() && inference_on.as_deref() == Some(&*p.id);
            let speaks = cell.status.is_some() || assigned(&p.id).is_some();
            let shown = match (&status, assigned(&p.id)) {
                (Some(status), _) => status.clone(),
                (None, Some(a)) => assignment_shown(o, a, false),
                (None, None) => vec!["–".to_string()],
            };
            Td {
                col: p.id.to_string(),
                shared,
                shared_mark: shared.is_some() && speaks,
                label: format!("{}: {}", c.label, p.name),
                reading: cell
                    .reading
                    .as_ref()
                    .filter(|_| speaking.as_deref() == Some(&*p.id))
                    .map(|t| t.to_string()),
                inference: inferred.clone().filter(|_| marked),
                shown: with_mark(shown, marked),
            }
        })
        .collect()
}

/// A sub-cell rendered as `Body`'s and `SubCell`'s docs say the table renders it.
fn rendered(sub: &SubCell) -> Td {
    let shown = match &sub.body {
        Body::Missing => vec!["—".to_string()],
        Body::Text(text) => vec![text.to_string()],
        Body::Status { text, resolved, .. } => {
            let mut shown = vec![text.clone()];
            shown.extend(resolved.iter().map(|r| format!("→ {r}")));
            shown
        }
        Body::Assignments(parts) => {
            let each: Vec<Vec<String>> = parts
                .iter()
                .map(|p| {
                    let mut shown: Vec<String> = p.name.iter().map(|n| n.to_string()).collect();
                    if p.tick {
                        shown.push("✓".to_string());
                    }
                    shown.extend(p.raci.iter().map(|l| l.letter.to_string()));
                    shown.extend(p.role.iter().map(|r| r.label.to_string()));
                    shown.extend(p.qualifiers.iter().map(|q| q.label.clone()));
                    shown.extend(p.note.iter().map(|n| n.to_string()));
                    shown
                })
                .collect();
            each.join(&"and".to_string())
        }
        Body::NotAssigned => vec!["–".to_string()],
    };
    let mut shown = shown;
    if sub.inference.is_some() {
        shown.push(INFERENCE_MARK.to_string());
    }
    Td {
        col: sub.col.to_string(),
        shared: sub.shared,
        shared_mark: sub.shared_mark,
        label: sub.label.clone(),
        reading: sub.reading.map(str::to_string),
        inference: sub.inference.map(|i| i.from.to_string()),
        shown,
    }
}

/// Letters, digits and ✓ only, lower-cased: text compared word for word, as
/// `tests/e2e/export.test.mjs` compares the page with the export.
fn words(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric() || *c == '✓')
        .flat_map(char::to_lowercase)
        .collect()
}

#[test]
fn every_cell_renders_as_the_table_shows_it_and_exports_as_its_words() {
    let mut checked = 0;
    let mut expected_count = 0;
    for (o, state) in views() {
        let cols = visible_columns(o, &state);
        let is_visible = |id: &str| cols.iter().any(|c| c.column.id == id);
        let g = grid(o, &state);
        let rows = visible_rows(o, &state);
        assert_eq!(g.rows.len(), rows.len(), "{} {state:?}", o.id);
        let span: usize = cols
            .iter()
            .map(|c| {
                if c.column.split_by_party {
                    o.parties.len()
                } else {
                    1
                }
            })
            .sum();
        expected_count += span * rows.len();
        for (vr, grid_row) in rows.iter().zip(&g.rows) {
            let subs: Vec<SubCell> = cols
                .iter()
                .flat_map(|c| cell_parts(o, vr.row, c.column, is_visible))
                .collect();
            let tds: Vec<Td> = cols
                .iter()
                .flat_map(|c| table_tds(o, vr.row, c.column, &is_visible))
                .collect();
            assert_eq!(subs.len(), grid_row.cells.len(), "{} / {}", o.id, vr.row.id);
            for ((sub, td), exported) in subs.iter().zip(&tds).zip(&grid_row.cells) {
                let at = format!("{} {state:?} / {} / {}", o.id, vr.row.id, td.col);
                assert_eq!(rendered(sub), *td, "{at}");
                assert_eq!(sub.text(), *exported, "{at}");
                assert_eq!(words(exported), words(&td.shown.join(" ")), "{at}");
                checked += 1;
            }
        }
    }
    assert_eq!(checked, expected_count);
}

/// GOSS's per-OS columns and its OS picker are our inference (the source
/// names no OS): their heads and the picker's label say so, with the sentence.
#[test]
fn goss_inferred_columns_and_picker_are_marked_where_the_reader_uses_them() {
    let o = get("goss");
    let sentence = "Depending on the OS type of your Virtual Machine, Rackspace uses various secure network protocols such as ssh, WinRM, and RPD to access the OS.";
    let mut inferred = Vec::new();
    for c in o.columns.iter() {
        for head in column_heads(o, c, false) {
            match head.inference {
                Some(i) => {
                    assert_eq!(i.from, sentence, "{}", c.id);
                    let title = head.title(Lang::En).expect("an inferred head is titled");
                    assert!(title.contains(sentence), "{title}");
                    assert!(title.starts_with("Our inference"), "{title}");
                    assert_eq!(head.text(), format!("{} (inferred)", head.label));
                    inferred.push(c.id.to_string());
                }
                None => assert_eq!(head.text(), head.label),
            }
        }
    }
    assert_eq!(inferred, ["linux", "windows"]);
    let dim = o.variants.as_ref().expect("the OS picker");
    assert_eq!(dim.inference.as_ref().map(|i| &*i.from), Some(sentence));
    assert_eq!(
        variant_picker_label(dim),
        format!("{} (inferred)", dim.label)
    );
    // An offering whose picker is the source's own says nothing more.
    let vmware = get("vmware").variants.as_ref().expect("vmware's picker");
    assert!(vmware.inference.is_none());
    assert_eq!(variant_picker_label(vmware), vmware.label.to_string());
}

#[test]
fn column_heads_are_the_table_header_and_the_export_columns() {
    for (o, state) in views() {
        let cols = visible_columns(o, &state);
        let heads: Vec<_> = cols
            .iter()
            .flat_map(|c| column_heads(o, c.column, c.emphasised))
            .collect();
        // The table's header, from the model: a split column names its parties.
        let mut table: Vec<(String, String, Option<String>, bool)> = Vec::new();
        for c in &cols {
            if c.column.split_by_party {
                table.extend(
                    o.parties
                        .iter()
                        .map(|p| (p.id.to_string(), p.name.to_string(), None, false)),
                );
            } else {
                let lines: Vec<String> = c
                    .column
                    .source_label
                    .as_ref()
                    .map(|s| format!("Source header: {s}"))
                    .into_iter()
                    .chain(c.column.inference.as_ref().map(|i| {
                        format!(
                            "Our inference, not the source's words. Inferred from: “{}”",
                            i.from
                        )
                    }))
                    .collect();
                let title = (!lines.is_empty()).then(|| lines.join("\n"));
                table.push((
                    c.column.id.to_string(),
                    c.column.label.to_string(),
                    title,
                    c.emphasised,
                ));
            }
        }
        let got: Vec<_> = heads
            .iter()
            .map(|h| {
                (
                    h.col.to_string(),
                    h.label.to_string(),
                    h.title(Lang::En),
                    h.chosen,
                )
            })
            .collect();
        assert_eq!(got, table, "{} {state:?}", o.id);
        let g = grid(o, &state);
        let exported: Vec<(&str, &str)> = g
            .columns
            .iter()
            .map(|c| (c.id.as_str(), c.label.as_str()))
            .collect();
        // Exports name an inferred column as its cells are written: "… (inferred)".
        let named: Vec<(String, String)> = heads
            .iter()
            .map(|h| {
                let label = match h.inference {
                    Some(_) => format!("{} (inferred)", h.label),
                    None => h.label.to_string(),
                };
                (h.col.to_string(), label)
            })
            .collect();
        let exported: Vec<(String, String)> = exported
            .into_iter()
            .map(|(c, l)| (c.to_string(), l.to_string()))
            .collect();
        assert_eq!(exported, named, "{} {state:?}", o.id);
    }
}

fn get(id: &str) -> &'static Offering {
    offering(id).unwrap_or_else(|| panic!("{id} is built in"))
}

/// The sub-cells of one row and column, every column of the offering visible.
fn parts_of<'a>(o: &'a Offering, row: &str, column: &str) -> Vec<SubCell<'a>> {
    let (_, r) = o.rows().find(|(_, r)| r.id == row).expect("row");
    let c = o.column(column).expect("column");
    cell_parts(o, r, c, |_| true)
}

#[test]
fn a_vmware_coordinated_cell_is_one_shared_badge_with_its_qualifier() {
    let o = get("vmware");
    let subs = parts_of(o, "patching", "physical-server");
    assert_eq!(subs.len(), 1);
    let sub = &subs[0];
    assert_eq!((sub.col, sub.party.is_none()), ("physical-server", true));
    assert_eq!(
        sub.shared.map(|s| s.reason),
        Some(SharedReason::Coordinated)
    );
    assert!(sub.shared_mark);
    let Body::Assignments(parts) = &sub.body else {
        panic!("{sub:?}")
    };
    assert_eq!(parts.len(), 1);
    let a = &parts[0];
    assert_eq!(
        (a.name, a.tick, a.kind),
        (Some("Rackspace"), false, PartyKind::Provider)
    );
    assert_eq!(party_kind_modifier(a.kind), "provider");
    assert_eq!(a.qualifiers.len(), 1);
    assert_eq!(a.qualifiers[0].qualifier, Qualifier::Coordinated);
    assert_eq!(a.qualifiers[0].label, "Coordinated with Customer");
    assert_eq!(a.title, "Rackspace, coordinated with Customer");
    assert_eq!(sub.text(), "Rackspace, coordinated with Customer");
}

#[test]
fn a_vmware_same_as_cell_resolves_only_under_one_guest_os() {
    let o = get("vmware");
    let (_, r) = o
        .rows()
        .find(|(_, r)| r.id == "remote-logical-access")
        .expect("row");
    let app = o.column("application").expect("column");
    // The view of one guest OS type hides the other type's column.
    let hiding = |other: &str| cell_parts(o, r, app, |id| id != other);
    let unsupported = hiding("vm-supported-os");
    assert_eq!(
        unsupported[0].text(),
        "Same as Managed VM, supported OS / Managed VM, unsupported OS → Customer"
    );
    assert_eq!(unsupported[0].shared, None);
    let supported = hiding("vm-unsupported-os");
    assert_eq!(
        supported[0].text(),
        "Same as Managed VM, supported OS / Managed VM, unsupported OS → Rackspace and Customer"
    );
    assert_eq!(
        supported[0].shared.map(|s| s.reason),
        Some(SharedReason::SeveralHolders)
    );
    let ambiguous = cell_parts(o, r, app, |_| true);
    assert!(
        matches!(&ambiguous[0].body, Body::Status { resolved: None, .. }),
        "{ambiguous:?}"
    );
    assert!(ambiguous[0]
        .reading
        .is_some_and(|t| t.starts_with("“Same as OS” is read as")));
}

#[test]
fn a_hyper_v_tick_splits_into_a_tick_and_an_unassigned_party() {
    let o = get("hyper-v");
    let subs = parts_of(o, "manage-delivery-of-equipment", "responsibility");
    let cols: Vec<&str> = subs.iter().map(|s| s.col).collect();
    assert_eq!(cols, ["rackspace", "customer"]);
    let Body::Assignments(parts) = &subs[0].body else {
        panic!("{subs:?}")
    };
    assert_eq!((parts[0].name, parts[0].tick), (None, true));
    assert_eq!(parts[0].title, "Rackspace");
    assert_eq!(subs[0].text(), "✓");
    assert_eq!(subs[1].body, Body::NotAssigned);
    assert_eq!(subs[1].text(), "");
    assert!(subs.iter().all(|s| s.shared.is_none() && !s.shared_mark));

    let both = parts_of(o, "manage-firewall-rule-set", "responsibility");
    assert!(both.iter().all(
        |s| s.shared.map(|s| s.reason) == Some(SharedReason::SeveralHolders) && s.shared_mark
    ));
    // Rackspace and the customer: shared with the customer, so `data-rm-shared` is true.
    assert!(both.iter().all(
        |s| s.shared.map(|s| s.with) == Some(SharedWith::Customer) && s.shared_with_customer()
    ));
    assert_eq!(
        both.iter().map(|s| s.label.as_str()).collect::<Vec<_>>(),
        both.iter()
            .map(|s| s.party.map(|p| p.name.to_string()).unwrap_or_default())
            .map(|p| format!("Responsibility: {p}"))
            .collect::<Vec<_>>()
    );
    assert_eq!(
        both.iter().map(SubCell::text).collect::<Vec<_>>(),
        ["✓", "✓"]
    );
}

#[test]
fn an_ovhcloud_raci_cell_gives_each_party_its_letters() {
    let o = get("ovhcloud-kubernetes");
    let subs = parts_of(o, "decide-kubernetes-version", "raci");
    let texts: Vec<(&str, String)> = subs.iter().map(|s| (s.col, s.text())).collect();
    assert_eq!(
        texts,
        [
            ("customer", "A".to_string()),
            ("ovhcloud", "IR".to_string())
        ]
    );
    let Body::Assignments(parts) = &subs[1].body else {
        panic!("{subs:?}")
    };
    let letters: Vec<(char, String)> = parts[0]
        .raci
        .iter()
        .map(|l| (l.letter, l.title(Lang::En)))
        .collect();
    assert_eq!(
        letters,
        [
            (
                'I',
                "Informed: Is informed of the results of the process".to_string()
            ),
            (
                'R',
                "Responsible: Is in charge of carrying out the process".to_string()
            ),
        ]
    );
    assert!(!parts[0].tick);
    // Customer A and OVHcloud R: two parties hold it.
    assert_eq!(
        subs[0].shared.map(|s| s.reason),
        Some(SharedReason::SeveralHolders)
    );
}

#[test]
fn a_kubernetes_role_is_a_chip_and_the_rows_owner() {
    let o = get("rackspace-kubernetes");
    let subs = parts_of(o, "em-account-management", "lifecycle");
    let Body::Assignments(parts) = &subs[0].body else {
        panic!("{subs:?}")
    };
    let role = parts[0].role.expect("a role chip");
    assert_eq!((role.label, role.title), ("EM", "Engagement Manager"));
    assert_eq!(subs[0].text(), "✓ (EM)");
    assert_eq!(parts[0].title, "Rackspace (EM)");
    // The reading sits on the first party that says something: Rackspace.
    assert!(subs[0].reading.is_some() && subs[1].reading.is_none());
    let (_, r) = o
        .rows()
        .find(|(_, r)| r.id == "em-account-management")
        .expect("row");
    let (party, role) = owner_role(o, r).expect("an owner role");
    assert_eq!((&*party.id, &*role.id), ("rackspace", "em"));
}

#[test]
fn a_goss_note_follows_its_qualifier_in_a_split_cell() {
    let o = get("goss");
    let subs = parts_of(o, "vsphere-guest-apis", "who");
    assert_eq!(subs[0].text(), "✓");
    assert_eq!(
        subs[1].text(),
        "✓, provides prerequisite (The OS credentials provided with the enrollment.)"
    );
    assert!(subs[0].reading.is_some() && subs[1].reading.is_none());
    assert_eq!(party_kind_modifier(PartyKind::Customer), "customer");
    assert_eq!(party_kind_modifier(PartyKind::ThirdParty), "third");
}

#[test]
fn a_goss_protocol_is_our_inference_marked_apart_from_its_reading() {
    let o = get("goss");
    let sentence = "Depending on the OS type of your Virtual Machine, Rackspace uses various secure network protocols such as ssh, WinRM, and RPD to access the OS.";
    let linux = &parts_of(o, "ansible", "linux")[0];
    assert_eq!(linux.inference.map(|i| &*i.from), Some(sentence));
    assert_eq!(linux.reading, None);
    assert_eq!(linux.text(), "SSH (inferred)");
    // The Windows cell is both: an inference, and a reading of the source's "RPD".
    let windows = &parts_of(o, "vm-network-interactions", "windows")[0];
    assert_eq!(windows.inference.map(|i| &*i.from), Some(sentence));
    assert!(windows.reading.is_some_and(|r| r.contains("RPD")));
    assert_eq!(windows.text(), "WinRM, RDP (inferred)");
    // A cell the source states is not marked.
    let how = &parts_of(o, "ansible", "how")[0];
    assert_eq!(how.inference, None);
    assert!(!how.text().contains("inferred"));
    assert!(inference_title(Lang::En, linux.inference.unwrap()).ends_with(&format!("“{sentence}”")));
}

#[test]
fn a_cell_is_described_in_words_with_its_row_and_column() {
    let o = get("vmware");
    let patching = &parts_of(o, "patching", "physical-server")[0];
    assert_eq!(
        cell_description(Lang::En, "Patching", patching),
        "Patching, Physical server: Rackspace: does it, coordinated with Customer. Shared with the customer."
    );
    let ovh = get("ovhcloud-kubernetes");
    let (_, r) = ovh.rows().next().expect("a row");
    let c = ovh
        .columns
        .iter()
        .find(|c| c.split_by_party)
        .expect("the RACI column");
    for sub in cell_parts(ovh, r, c, |_| true) {
        let meaning = cell_meaning(Lang::En, &sub);
        let party = sub.party.expect("a split column names its party");
        assert!(
            meaning.starts_with(&format!("{}: ", party.name)),
            "{meaning}"
        );
        if let Body::Assignments(parts) = &sub.body {
            // Each letter is said by its name, never as a bare letter.
            for l in &parts[0].raci {
                assert!(meaning.contains(l.name), "{meaning} lacks {}", l.name);
            }
        }
    }
    let goss = get("goss");
    let ansible = &parts_of(goss, "ansible", "windows")[0];
    let said = cell_meaning(Lang::En, ansible);
    assert!(said.starts_with("WinRM. Source reading: "), "{said}");
    assert!(said.ends_with("inferred from “Depending on the OS type of your Virtual Machine, Rackspace uses various secure network protocols such as ssh, WinRM, and RPD to access the OS.”."), "{said}");
}
