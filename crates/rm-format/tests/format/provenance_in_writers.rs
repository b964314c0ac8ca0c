//! Every matrix writer carries where the matrix comes from: the source's
//! title, its date as the source states it, its link, its licence ("Unknown:
//! the source states no licence" when it states none) and when our
//! transcription was last checked. Expected values are the data's own
//! `source` fields, never the writer's output.

use crate::support;
use calamine::{Data, Reader, Xlsx};
use rm_format::import::oscal::NS;
use rm_format::model::Offering;
use rm_format::write;
use serde_json::Value;
use std::borrow::Cow;
use std::io::Cursor;

const UNKNOWN: &str = "Unknown: the source states no licence";

fn builtins() -> Vec<Offering> {
    support::builtins().into_iter().map(|(_, o)| o).collect()
}

/// A built-in with a stated licence and attribution, as a supplied matrix may give.
fn licensed() -> Offering {
    let mut o = builtins()
        .into_iter()
        .find(|o| o.id == "ovhcloud-kubernetes")
        .expect("ovhcloud-kubernetes");
    o.source.licence = Some(Cow::Borrowed("CC BY 4.0"));
    o.source.attribution = Some(Cow::Borrowed("© Example, used with permission"));
    o
}

/// (label, value) pairs a reader must find, from the data's `source` fields.
fn expected(o: &Offering) -> Vec<(&'static str, String)> {
    let s = &o.source;
    let licence = match s.licence.as_deref() {
        Some(l) if l.eq_ignore_ascii_case("unknown") => UNKNOWN.to_string(),
        Some(l) => l.to_string(),
        None => panic!("{}: built-ins state their licence", o.id),
    };
    let mut out = vec![("Title", s.title.to_string()), ("Licence", licence)];
    out.extend(s.date.as_deref().map(|d| ("Date", d.to_string())));
    out.extend(s.url.as_deref().map(|u| ("Link", u.to_string())));
    out.extend(
        s.attribution
            .as_deref()
            .map(|a| ("Attribution", a.to_string())),
    );
    out.extend(s.copyright.as_deref().map(|c| ("Copyright", c.to_string())));
    out.push((
        "Last checked",
        s.checked
            .as_deref()
            .expect("built-ins give checked")
            .to_string(),
    ));
    out
}

fn all() -> Vec<Offering> {
    let mut v = builtins();
    v.push(licensed());
    v
}

#[test]
fn markdown_lists_the_source_after_the_table() {
    for o in all() {
        let md = String::from_utf8(write::write(&o, write::Format::Markdown).expect("writes"))
            .expect("utf-8");
        let (_, tail) = md
            .rsplit_once("\n**Source**\n\n")
            .unwrap_or_else(|| panic!("{}: no Source list", o.id));
        for (label, value) in expected(&o) {
            assert!(
                tail.lines().any(|l| l == format!("- {label}: {value}")),
                "{}: Markdown lacks `- {label}: {value}`",
                o.id
            );
        }
    }
}

#[test]
fn oscal_metadata_holds_the_source() {
    for o in all() {
        let text = write::write(&o, write::Format::Oscal).expect("writes");
        let doc: Value = serde_json::from_slice(&text).expect("JSON");
        let meta = &doc["system-security-plan"]["metadata"];
        let props = meta["props"].as_array().expect("metadata props");
        for (label, value) in expected(&o) {
            let name = format!("source-{}", label.to_ascii_lowercase().replace(' ', "-"));
            assert!(
                props
                    .iter()
                    .any(|p| p["ns"] == NS && p["name"] == *name && p["value"] == *value),
                "{}: no metadata prop {name} = {value}",
                o.id
            );
        }
        match o.source.url.as_deref() {
            Some(url) => assert_eq!(meta["links"][0]["href"], url, "{}", o.id),
            None => assert!(meta.get("links").is_none(), "{}", o.id),
        }
    }
}

#[test]
fn xlsx_key_sheet_gives_the_source() {
    for o in all() {
        let bytes = write::write(&o, write::Format::Xlsx).expect("writes");
        let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).expect("readable XLSX");
        let key = book.worksheet_range("Key").expect("a Key sheet");
        let lines: Vec<(String, String)> = key
            .rows()
            .map(|r| {
                let text = |c: Option<&Data>| match c {
                    Some(Data::String(s)) => s.clone(),
                    _ => String::new(),
                };
                (text(r.first()), text(r.get(1)))
            })
            .collect();
        for (label, value) in expected(&o) {
            let label = if label == "Title" { "Source" } else { label };
            assert!(
                lines.contains(&(label.to_string(), value.clone())),
                "{}: the Key sheet lacks {label}: {value}",
                o.id
            );
        }
    }
}

#[test]
fn json_keeps_every_source_field() {
    for o in all() {
        let text = String::from_utf8(write::write(&o, write::Format::Json).expect("writes"))
            .expect("utf-8");
        let back = rm_format::load::parse_offering(&format!("{}.json", o.id), &text)
            .unwrap_or_else(|e| panic!("{}: {e:?}", o.id));
        assert_eq!(back.source, o.source, "{}", o.id);
        for (_, value) in expected(&o).iter().filter(|(l, _)| *l != "Licence") {
            assert!(
                text.contains(&serde_json::to_string(value).expect("a string")),
                "{}: {value}",
                o.id
            );
        }
    }
}
