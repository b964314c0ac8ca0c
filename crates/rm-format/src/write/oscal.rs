//! OSCAL JSON output: a system-security-plan-shaped document whose
//! `control-implementation` has one implemented requirement per row. The
//! provider's (and third parties') part of a row is an `export.provided`
//! statement, the customer's an `export.responsibilities` statement; their
//! descriptions are the cells' own words. OSCAL carries who holds a row, not
//! the per-scope cells, qualifiers or RACI letters: for those, use CSV or JSON.
//! Props in our namespace keep each row's activity, section and domain so
//! the importer reads the file back to the same rows.

use crate::import::oscal::NS;
use crate::model::{ColumnKind, Offering, PartyKind, Row};
use serde_json::{json, Value};

/// Which side of a row holds it, as OSCAL can say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Holders {
    Provider,
    Customer,
    Shared,
    Nobody,
}

/// Who holds `row`: the provider side (provider or third parties), the customer, both or nobody.
pub fn holders(o: &Offering, row: &Row) -> Holders {
    let (mut provider, mut customer) = (false, false);
    for e in row.cells.iter() {
        if o.column(&e.column)
            .is_some_and(|c| c.kind == ColumnKind::Detail)
        {
            continue;
        }
        for a in e.cell.assign.iter() {
            match o.party(&a.party).map(|p| p.kind) {
                Some(PartyKind::Customer) => customer = true,
                Some(_) => provider = true,
                None => {}
            }
        }
    }
    match (provider, customer) {
        (true, true) => Holders::Shared,
        (true, false) => Holders::Provider,
        (false, true) => Holders::Customer,
        (false, false) => Holders::Nobody,
    }
}

pub fn write(o: &Offering) -> Result<String, String> {
    let mut n = 0u64;
    let mut uuid = || {
        n += 1;
        format!("00000000-0000-4000-8000-{n:012x}")
    };
    let component = uuid();
    let mut requirements = Vec::new();
    for (section, row) in o.rows() {
        let side_text = |customer_side: bool| -> String {
            let mut parts = Vec::new();
            for e in row.cells.iter() {
                let on_side = e.cell.assign.iter().any(|a| {
                    let is_customer = o
                        .party(&a.party)
                        .is_some_and(|p| p.kind == PartyKind::Customer);
                    is_customer == customer_side
                });
                if on_side {
                    let label = o.column(&e.column).map_or(&*e.column, |c| &*c.label);
                    parts.push(format!("{label}: {}", e.cell.source_text));
                }
            }
            if parts.is_empty() {
                row.activity.to_string()
            } else {
                parts.join("; ")
            }
        };
        let held = holders(o, row);
        let mut export = serde_json::Map::new();
        let provided_uuid = uuid();
        if matches!(held, Holders::Provider | Holders::Shared) {
            export.insert(
                "provided".into(),
                json!([{ "uuid": provided_uuid, "description": side_text(false) }]),
            );
        }
        if matches!(held, Holders::Customer | Holders::Shared) {
            let mut r = json!({ "uuid": responsibility_uuid(&o.id, &row.id), "description": side_text(true) });
            if held == Holders::Shared {
                r["provided-uuid"] = Value::String(provided_uuid.clone());
            }
            export.insert("responsibilities".into(), json!([r]));
        }
        let mut by_component = json!({
            "component-uuid": component,
            "uuid": uuid(),
            "description": row.activity,
        });
        if !export.is_empty() {
            by_component["export"] = Value::Object(export);
        }
        requirements.push(json!({
            "uuid": uuid(),
            "control-id": row.id,
            "props": [
                prop("activity", &row.activity),
                prop("row-id", &row.id),
                prop("section", &section.title),
                prop("section-id", &section.id),
                prop("domain", row.domain.id()),
            ],
            "by-components": [by_component],
        }));
    }
    let mut metadata = json!({
        "title": o.title,
        "last-modified": "1970-01-01T00:00:00Z",
        "version": "1",
        "oscal-version": "1.1.2",
        "props": source_props(o),
        "remarks": format!(
            "Written from the responsibility matrix “{}” ({}). Source: {}",
            o.title,
            o.id,
            o.source.provenance_line()
        ),
    });
    if let Some(url) = o
        .source
        .url
        .as_deref()
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
    {
        metadata["links"] = json!([{ "href": url, "rel": "reference", "text": o.source.title }]);
    }
    let doc = json!({
        "system-security-plan": {
            "uuid": uuid(),
            "metadata": metadata,
            "system-implementation": {
                "components": [{ "uuid": component, "type": "service", "title": o.provider, "description": o.summary, "status": { "state": "operational" } }],
            },
            "control-implementation": {
                "description": format!("Who holds each activity of {}: provided by {}, or the customer's responsibility.", o.title, o.provider),
                "implemented-requirements": requirements,
            },
        }
    });
    serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())
}

/// The UUID of the customer's responsibility statement of a row, derived from
/// the offering and row ids: a checklist's `satisfied` statements name the
/// responsibility they satisfy with it, in a file written at another time.
pub fn responsibility_uuid(offering: &str, row: &str) -> String {
    derived_uuid(&format!("{offering}/{row}/responsibility"))
}

/// A UUID in the version-5 layout filled from two FNV-1a 64 hashes of `name`:
/// the same name gives the same UUID on every platform and build.
pub fn derived_uuid(name: &str) -> String {
    let hash = |seed: u64| {
        name.bytes().fold(seed, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        })
    };
    let (hi, lo) = (hash(0xcbf2_9ce4_8422_2325), hash(0x8422_2325_cbf2_9ce4));
    let hi = (hi & 0xffff_ffff_ffff_0fff) | 0x0000_0000_0000_5000;
    let lo = (lo & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000;
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        hi >> 32,
        (hi >> 16) & 0xffff,
        hi & 0xffff,
        lo >> 48,
        lo & 0xffff_ffff_ffff
    )
}

fn prop(name: &str, value: &str) -> Value {
    json!({ "name": name, "ns": NS, "value": value })
}

/// The source's provenance as metadata props in our namespace:
/// `source-title`, `source-publisher`, `source-date`, `source-link`,
/// `source-licence`, `source-attribution`, `source-copyright`,
/// `source-last-checked` (those the data gives); any OSCAL document written
/// from a matrix carries them in its `metadata`.
pub fn source_props(o: &Offering) -> Vec<Value> {
    o.source
        .provenance()
        .into_iter()
        .map(|(label, value)| {
            let name = format!("source-{}", label.to_ascii_lowercase().replace(' ', "-"));
            prop(&name, &value)
        })
        .collect()
}
