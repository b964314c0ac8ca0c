//! The checklist's marks as a signal kept in the browser's storage under the
//! current checklist's key ([`crate::io::checklist_store`]). When storage
//! cannot be used the marks live in memory for as long as the page, per key,
//! and a notice says so; a stored entry that cannot be read is ignored with a
//! notice. Clear keeps what it removed until the next change, for Undo.

use crate::i18n::Lang;
use crate::io::checklist_store::{from_stored, to_stored};
use crate::rules::checklist_marks::Marks;
use crate::ui::local_store;
use leptos::prelude::*;
use std::collections::HashMap;

/// The marks of the checklist on screen and what happened to their storage.
#[derive(Clone, Copy)]
pub struct MarksStore {
    pub marks: RwSignal<Marks>,
    key: Memo<String>,
    /// Why the marks are not (all) in the browser's storage; `None` while it works.
    pub notice: RwSignal<Option<String>>,
    /// What the last Clear removed, until the next change.
    pub undo: RwSignal<Option<Marks>>,
    /// The notice says the stored marks could not be read (a write answers it).
    unreadable: StoredValue<bool>,
    lang: Lang,
    /// Every checklist's marks this page has seen, by key: what remains when storage does not.
    memory: StoredValue<HashMap<String, Marks>>,
}

impl MarksStore {
    /// Loads the marks of `key` now and again whenever it changes.
    pub fn new(key: Memo<String>) -> MarksStore {
        let store = MarksStore {
            marks: RwSignal::new(Marks::default()),
            key,
            notice: RwSignal::new(None),
            undo: RwSignal::new(None),
            unreadable: StoredValue::new(false),
            lang: crate::i18n::lang(),
            memory: StoredValue::new(HashMap::new()),
        };
        store.load(&key.get_untracked());
        let loaded = StoredValue::new(key.get_untracked());
        Effect::new(move |_| {
            let k = key.get();
            if loaded.with_value(|l| *l != k) {
                loaded.set_value(k.clone());
                store.load(&k);
            }
        });
        store
    }

    fn load(&self, key: &str) {
        self.undo.set(None);
        let remembered = self.memory.with_value(|m| m.get(key).cloned());
        let mut unreadable = false;
        let (marks, notice) = match local_store::read(key) {
            Ok(Some(text)) => match from_stored(&text) {
                Ok(marks) => (marks, None),
                Err(why) => {
                    unreadable = true;
                    let notice = self.lang.marks_unreadable(&why);
                    (remembered.unwrap_or_default(), Some(notice))
                }
            },
            Ok(None) => (remembered.unwrap_or_default(), None),
            Err(why) => (
                remembered.unwrap_or_default(),
                Some(self.lang.marks_unavailable(&why)),
            ),
        };
        self.unreadable.set_value(unreadable);
        self.marks.set(marks);
        self.notice.set(notice);
    }

    /// Changes the marks and stores them.
    pub fn change(&self, f: impl FnOnce(&mut Marks)) {
        self.undo.set(None);
        self.marks.update(f);
        self.persist();
    }

    /// Empties this checklist; [`Self::undo_clear`] brings it back.
    pub fn clear(&self) {
        let before = self.marks.get_untracked();
        self.marks.set(Marks::default());
        self.persist();
        self.undo.set(Some(before));
    }

    pub fn undo_clear(&self) {
        if let Some(before) = self.undo.get_untracked() {
            self.marks.set(before);
            self.persist();
            self.undo.set(None);
        }
    }

    fn persist(&self) {
        let key = self.key.get_untracked();
        let marks = self.marks.get_untracked();
        let stored = (!marks.is_empty()).then(|| to_stored(&marks));
        self.memory.update_value(|m| {
            m.insert(key.clone(), marks);
        });
        match local_store::write(&key, stored.as_deref()) {
            Ok(()) => {
                // A notice about unreadable data is answered by this write.
                if self.unreadable.get_value() {
                    self.unreadable.set_value(false);
                    self.notice.set(None);
                }
            }
            Err(why) => {
                self.unreadable.set_value(false);
                self.notice.set(Some(self.lang.marks_unavailable(&why)));
            }
        }
    }
}
