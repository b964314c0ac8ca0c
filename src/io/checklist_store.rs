//! The checklist's marks in the browser's `localStorage`: one entry per
//! offering, variant and party, under a namespaced, versioned key, as JSON.
//! Plain Rust: the view ([`crate::ui::views::checklist`]) only reads and
//! writes the strings.
//!
//! Key: `rm-checklist:v1:<offering>:<variant or all>:<party>`. A supplied
//! matrix (bring your own) adds a hash of the matrix to the offering,
//! `<offering>@<16 hex digits>`, so two pages that supply different
//! matrices under one id keep separate checklists.

use crate::rules::checklist_marks::{Mark, Marks};
use rm_format::model::Offering;
use rm_format::validate::is_valid_id;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The version in the key and in the stored JSON; a new layout gets a new one.
pub const STORE_VERSION: u32 = 1;
/// The start of every key.
pub const KEY_PREFIX: &str = "rm-checklist:v1:";

/// The storage key of one checklist. `matrix_hash` is `Some` for a supplied
/// matrix ([`matrix_hash`]), `None` for a built-in one.
pub fn storage_key(
    offering: &str,
    matrix_hash: Option<&str>,
    variant: Option<&str>,
    party: &str,
) -> String {
    let offering = match matrix_hash {
        Some(hash) => format!("{offering}@{hash}"),
        None => offering.to_string(),
    };
    format!(
        "{KEY_PREFIX}{offering}:{}:{party}",
        variant.unwrap_or("all")
    )
}

/// A hash of a supplied matrix (FNV-1a, 64 bits, of its JSON), as 16 hex digits.
pub fn matrix_hash(o: &Offering) -> String {
    let json = serde_json::to_string(o).unwrap_or_default();
    format!("{:016x}", fnv1a(json.as_bytes(), FNV_OFFSET))
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a 64 from `seed`: small, stable across builds and platforms.
pub fn fnv1a(bytes: &[u8], seed: u64) -> u64 {
    bytes.iter().fold(seed, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Stored {
    format: String,
    version: u32,
    items: BTreeMap<String, StoredMark>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredMark {
    #[serde(default, skip_serializing_if = "is_false")]
    ticked: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    owner: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    note: String,
}

fn is_false(b: &bool) -> bool {
    !b
}

const FORMAT: &str = "rm-checklist";

/// The marks as the stored JSON:
/// `{"format":"rm-checklist","version":1,"items":{"<row id>":{"ticked":true,"owner":"…","note":"…"}}}`.
pub fn to_stored(marks: &Marks) -> String {
    let stored = Stored {
        format: FORMAT.into(),
        version: STORE_VERSION,
        items: marks
            .iter()
            .map(|(id, m)| {
                let m = StoredMark {
                    ticked: m.ticked,
                    owner: m.owner.clone(),
                    note: m.note.clone(),
                };
                (id.to_string(), m)
            })
            .collect(),
    };
    serde_json::to_string(&stored).unwrap_or_default()
}

/// Reads what [`to_stored`] wrote. Anything else (not JSON, another format or
/// version, a bad row id, a field of the wrong type) is refused whole with
/// the reason, so a corrupt entry is never half-applied.
pub fn from_stored(text: &str) -> Result<Marks, String> {
    let stored: Stored =
        serde_json::from_str(text).map_err(|e| format!("it is not a saved checklist ({e})"))?;
    if stored.format != FORMAT || stored.version != STORE_VERSION {
        return Err(format!(
            "it is “{}” version {}, not {FORMAT} version {STORE_VERSION}",
            crate::rules::text::clip(&stored.format, 40),
            stored.version
        ));
    }
    let mut marks = Marks::default();
    for (id, m) in stored.items {
        if !is_valid_id(&id) {
            return Err(format!(
                "“{}” is not a row id",
                crate::rules::text::clip(&id, 40)
            ));
        }
        marks.set(
            &id,
            Mark {
                ticked: m.ticked,
                owner: m.owner,
                note: m.note,
            },
        );
    }
    Ok(marks)
}
