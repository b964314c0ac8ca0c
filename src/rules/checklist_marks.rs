//! What a reader records against "What do I own?": per item, a tick, an owner
//! and a note. Plain data and the rules that change it; the browser storage
//! ([`crate::io::checklist_store`]) and the export files
//! ([`crate::io::export::checklist_restore`]) read and write it.

use std::collections::BTreeMap;

/// The longest owner kept, in characters: a name or a team, not a document.
pub const MAX_OWNER_CHARS: usize = 200;
/// The longest note kept, in characters.
pub const MAX_NOTE_CHARS: usize = 4_000;

/// One item's record: done or not, who does it, and a free note.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Mark {
    pub ticked: bool,
    pub owner: String,
    pub note: String,
}

impl Mark {
    /// Nothing recorded: the item is stored as absent.
    pub fn is_empty(&self) -> bool {
        !self.ticked && self.owner.is_empty() && self.note.is_empty()
    }

    /// The mark with owner and note cut to their limits (a stored or restored
    /// mark from elsewhere may be longer than the inputs allow).
    pub fn clipped(mut self) -> Mark {
        self.owner = clip_chars(self.owner, MAX_OWNER_CHARS);
        self.note = clip_chars(self.note, MAX_NOTE_CHARS);
        self
    }
}

fn clip_chars(text: String, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => text[..at].to_string(),
        None => text,
    }
}

/// Every mark of one checklist (one offering, variant and party), by row id.
/// Rows without a mark are absent, so an empty checklist stores nothing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Marks {
    by_row: BTreeMap<String, Mark>,
}

impl Marks {
    /// The mark of `row` (an empty one when nothing is recorded).
    pub fn get(&self, row: &str) -> Mark {
        self.by_row.get(row).cloned().unwrap_or_default()
    }

    /// Replaces the mark of `row`; an empty mark removes it.
    pub fn set(&mut self, row: &str, mark: Mark) {
        let mark = mark.clipped();
        if mark.is_empty() {
            self.by_row.remove(row);
        } else {
            self.by_row.insert(row.to_string(), mark);
        }
    }

    pub fn set_ticked(&mut self, row: &str, ticked: bool) {
        let mark = Mark {
            ticked,
            ..self.get(row)
        };
        self.set(row, mark);
    }

    pub fn set_owner(&mut self, row: &str, owner: String) {
        let mark = Mark {
            owner,
            ..self.get(row)
        };
        self.set(row, mark);
    }

    pub fn set_note(&mut self, row: &str, note: String) {
        let mark = Mark {
            note,
            ..self.get(row)
        };
        self.set(row, mark);
    }

    /// Nothing is recorded.
    pub fn is_empty(&self) -> bool {
        self.by_row.is_empty()
    }

    /// How many items are ticked.
    pub fn ticked(&self) -> usize {
        self.by_row.values().filter(|m| m.ticked).count()
    }

    /// Every recorded mark, by row id in id order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Mark)> {
        self.by_row.iter().map(|(id, m)| (id.as_str(), m))
    }

    /// Applies the items of an export file. Each item whose row is on this
    /// checklist (`known`) takes the file's mark, an empty one included, so
    /// restoring an export gives back the state it was written from; items of
    /// this checklist the file does not list keep their marks; items whose
    /// row is not on this checklist are not applied and are returned, so the
    /// reader is told which.
    pub fn restore(
        &mut self,
        items: Vec<RestoredItem>,
        known: impl Fn(&str) -> bool,
    ) -> RestoreReport {
        let mut report = RestoreReport::default();
        for item in items {
            if known(&item.row_id) {
                self.set(&item.row_id, item.mark);
                report.restored += 1;
            } else {
                report.unknown.push(item);
            }
        }
        report
    }
}

/// One item read back from an export file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestoredItem {
    pub row_id: String,
    /// The service as the file names it (to report an item that no longer exists).
    pub activity: String,
    pub mark: Mark,
}

/// What [`Marks::restore`] did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RestoreReport {
    /// Items of the file applied to this checklist.
    pub restored: usize,
    /// Items of the file whose row is not on this checklist.
    pub unknown: Vec<RestoredItem>,
}

impl RestoreReport {
    /// The sentence shown after a restore: how many items, and every item not restored.
    pub fn message(&self, lang: crate::i18n::Lang, file: &str) -> String {
        let names: Vec<String> = self
            .unknown
            .iter()
            .map(|i| format!("{} ({})", lang.quoted(&i.activity), i.row_id))
            .collect();
        lang.restored(self.restored, file, &names)
    }
}
