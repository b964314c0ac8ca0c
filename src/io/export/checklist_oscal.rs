//! "What do I own?" as OSCAL JSON: a system-security-plan-shaped document,
//! the same shape as the matrix's OSCAL export (`rm_format::write::oscal`),
//! for the system that leverages the offering. Each checklist item is an
//! implemented requirement (`control-id`: the row id) with one
//! `by-component` whose `implementation-status` is `implemented` when
//! ticked, `planned` otherwise. A ticked item also carries a `satisfied`
//! statement whose `responsibility-uuid` is the row's responsibility in the
//! matrix's OSCAL export (`rm_format::write::oscal::responsibility_uuid`).
//! The owner is a prop `owner` in our namespace (trimmed, on one line, as
//! OSCAL strings must be), the note the `remarks`.

use crate::i18n::Lang;
use crate::rules::checklist::checklist_items;
use crate::rules::checklist_marks::Marks;
use crate::rules::state::ViewState;
use rm_format::import::oscal::NS;
use rm_format::model::Offering;
use rm_format::write::oscal::{derived_uuid, responsibility_uuid};
use serde_json::{json, Value};

/// The file name of the OSCAL checklist: `<offering>-<variant or all>-<party>-checklist.oscal.json`.
pub fn checklist_oscal_file_name(o: &Offering, state: &ViewState, party: &str) -> String {
    format!(
        "{}-{party}-checklist.oscal.json",
        super::file_stem(o, state)
    )
}

/// The owner as an OSCAL prop value: one line, no surrounding spaces.
pub fn oscal_owner(owner: &str) -> String {
    owner.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A party's checklist with its marks as OSCAL JSON (see the module's text).
pub fn checklist_oscal(
    o: &Offering,
    state: &ViewState,
    party: &str,
    marks: &Marks,
) -> Result<String, String> {
    let variant = state
        .variant
        .as_deref()
        .filter(|v| o.variant(v).is_some())
        .unwrap_or("all");
    let base = format!("{}/{variant}/{party}/checklist", o.id);
    let uuid = |what: &str| derived_uuid(&format!("{base}/{what}"));
    let component = uuid("component");
    let party_name = o.party(party).map_or(party, |p| &*p.name);
    let mut requirements = Vec::new();
    for (section, items) in checklist_items(o, state, party) {
        for item in items {
            let mark = marks.get(&item.row_id);
            let row = &item.row_id;
            let holds = if item.holds.is_empty() {
                item.activity.clone()
            } else {
                item.holds.join("; ")
            };
            let state_word = if mark.ticked {
                "implemented"
            } else {
                "planned"
            };
            let mut by = json!({
                "component-uuid": component,
                "uuid": uuid(&format!("{row}/by-component")),
                "description": holds,
                "implementation-status": { "state": state_word },
            });
            let owner = oscal_owner(&mark.owner);
            if !owner.is_empty() {
                by["props"] = json!([prop("owner", &owner)]);
            }
            if !mark.note.is_empty() {
                by["remarks"] = Value::String(mark.note.clone());
            }
            if mark.ticked {
                by["satisfied"] = json!([{
                    "uuid": uuid(&format!("{row}/satisfied")),
                    "responsibility-uuid": responsibility_uuid(&o.id, row),
                    "description": format!("{party_name} has done this: {}", item.activity),
                }]);
            }
            requirements.push(json!({
                "uuid": uuid(row),
                "control-id": row,
                "props": [
                    prop("activity", &item.activity),
                    prop("row-id", row),
                    prop("section", &section.title),
                    prop("section-id", &section.section_id),
                ],
                "by-components": [by],
            }));
        }
    }
    // Exports are written in English, the data format's language.
    let title = super::checklist_title(Lang::En, o, state, party);
    let doc = json!({
        "system-security-plan": {
            "uuid": uuid("plan"),
            "metadata": {
                "title": title,
                "last-modified": "1970-01-01T00:00:00Z",
                "version": "1",
                "oscal-version": "1.1.2",
                "props": [prop("offering", &o.id), prop("variant", variant), prop("party", party)],
                "remarks": format!("Written from the checklist “{title}”: a ticked item is implemented, with a satisfied statement; the owner is a prop, the note the remarks."),
            },
            "system-implementation": {
                "components": [{
                    "uuid": component,
                    "type": "this-system",
                    "title": format!("{party_name}'s part of {}", o.title),
                    "description": format!("What {party_name} holds in {}, as a checklist.", o.title),
                    "status": { "state": "operational" },
                }],
            },
            "control-implementation": {
                "description": format!("The services {party_name} holds in {}, ticked when done.", o.title),
                "implemented-requirements": requirements,
            },
        }
    });
    serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())
}

fn prop(name: &str, value: &str) -> Value {
    json!({ "name": name, "ns": NS, "value": value })
}
