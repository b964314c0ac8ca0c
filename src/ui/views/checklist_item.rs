//! One line of "What do I own?": the service with its tick, what the party
//! holds, with whom it is shared, and the reader's owner and note. The
//! inputs write through [`MarksStore`]; a print-only line carries the same
//! marks as text, since printed form fields do not read well.

use super::checklist_marks::MarksStore;
use crate::rules::checklist::ChecklistItem;
use crate::rules::checklist_marks::{MAX_NOTE_CHARS, MAX_OWNER_CHARS};
use crate::rules::shared::SharedWith;
use leptos::prelude::*;

#[component]
pub fn ChecklistEntry(item: ChecklistItem, store: MarksStore) -> impl IntoView {
    let id = StoredValue::new(item.row_id.clone());
    let mark = Memo::new(move |_| id.with_value(|id| store.marks.with(|m| m.get(id))));
    let activity = item.activity.clone();
    let lang = crate::i18n::lang();
    let t = lang.texts();
    let printed = move || {
        let m = mark.get();
        let mut parts = Vec::new();
        if m.ticked {
            parts.push(t.done.to_string());
        }
        if !m.owner.is_empty() {
            parts.push(lang.owner_is(&m.owner));
        }
        if !m.note.is_empty() {
            parts.push(lang.note_is(&m.note));
        }
        parts.join(" · ")
    };
    view! {
        <li
            class="rm-own__item"
            data-rm-own-row=item.row_id.clone()
            data-rm-ticked=move || if mark.with(|m| m.ticked) { "true" } else { "false" }
        >
            <label class="rm-check">
                <input
                    type="checkbox"
                    data-rm="own-tick"
                    prop:checked=move || mark.with(|m| m.ticked)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        id.with_value(|id| store.change(|m| m.set_ticked(id, on)));
                    }
                />
                <span class="rm-own__activity">{item.activity.clone()}</span>
            </label>
            <span class="rm-own__holds">{item.holds.join("; ")}</span>
            {item.sharing.map(|with| view! {
                <span class="rm-own__shared" class:rm-own__shared--split=with == SharedWith::Providers>
                    <span aria-hidden="true">{format!("{} ", with.mark())}</span>
                    {lang.shared_with(with)}
                </span>
            })}
            <span class="rm-own__marks">
                <label class="rm-own__mark">
                    <span class="rm-own__mark-label">{t.owner}</span>
                    <input
                        type="text"
                        class="rm-own__owner"
                        data-rm="own-owner"
                        autocomplete="off"
                        maxlength=MAX_OWNER_CHARS.to_string()
                        aria-label=lang.owner_is(&activity)
                        prop:value=move || mark.with(|m| m.owner.clone())
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            id.with_value(|id| store.change(|m| m.set_owner(id, v)));
                        }
                    />
                </label>
                <label class="rm-own__mark rm-own__mark--note">
                    <span class="rm-own__mark-label">{t.note}</span>
                    <input
                        type="text"
                        class="rm-own__note"
                        data-rm="own-note"
                        autocomplete="off"
                        maxlength=MAX_NOTE_CHARS.to_string()
                        aria-label=lang.note_is(&item.activity)
                        prop:value=move || mark.with(|m| m.note.clone())
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            id.with_value(|id| store.change(|m| m.set_note(id, v)));
                        }
                    />
                </label>
            </span>
            <span class="rm-own__printed" data-rm="own-printed">{printed}</span>
        </li>
    }
}
