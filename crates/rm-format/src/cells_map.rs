//! Cells are an ordered list in memory (column order, cheap to scan) but a JSON
//! object keyed by column id on disk, where a duplicate key is an error.

use crate::model::{Cell, CellEntry, List};
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserializer, Serializer};
use std::borrow::Cow;
use std::fmt;

pub fn serialize<S: Serializer>(cells: &List<CellEntry>, s: S) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(cells.len()))?;
    for entry in cells.iter() {
        map.serialize_entry(&entry.column, &entry.cell)?;
    }
    map.end()
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<List<CellEntry>, D::Error> {
    struct CellsVisitor;
    impl<'de> Visitor<'de> for CellsVisitor {
        type Value = List<CellEntry>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an object mapping column ids to cells")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut cells: Vec<CellEntry> = Vec::new();
            let mut seen = std::collections::HashSet::new();
            while let Some(column) = map.next_key::<String>()? {
                if !seen.insert(column.clone()) {
                    return Err(serde::de::Error::custom(format!(
                        "duplicate cell for column `{column}`"
                    )));
                }
                let cell: Cell = map.next_value()?;
                cells.push(CellEntry {
                    column: column.into(),
                    cell,
                });
            }
            Ok(Cow::Owned(cells))
        }
    }
    d.deserialize_map(CellsVisitor)
}
