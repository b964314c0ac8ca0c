//! The standalone page's view kept in its URL hash, so a link, a reload and
//! Back and Forward all show the same view.

use crate::catalog;
use crate::io::url_state;
use crate::rules::state::ViewState;
use crate::ui::context::ViewCtx;
use leptos::prelude::*;

/// Reads the view from the hash on back/forward, writes it on every change.
///
/// Typing in the search box replaces the history entry; other changes push a
/// new one, so Back returns to the previous offering or filter.
pub fn sync_with_hash(state: RwSignal<ViewState>, notices: RwSignal<Vec<String>>, ctx: ViewCtx) {
    use gloo::events::EventListener;

    let Some(window) = web_sys::window() else {
        return;
    };
    let default_id = catalog::default_offering()
        .map(|o| o.id.to_string())
        .unwrap_or_default();
    // Set while a state change comes from the history (Back, Forward, an edited
    // hash): the entry is already there, so its canonical form replaces it
    // instead of pushing a second entry Back would have to step over.
    let from_history = StoredValue::new(false);
    let lang = crate::i18n::lang();
    let listener = EventListener::new(&window, "popstate", move |_| {
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        // Opened matrices resolve too, while the page stays open.
        let (next, problems) =
            url_state::decode_in(lang, &hash, &default_id, |id| ctx.find_untracked(id));
        if !problems.is_empty() {
            notices.set(problems);
        }
        if state.get_untracked() != next {
            from_history.set_value(true);
            state.set(next);
        }
    });
    // The listener lives as long as the page: the standalone widget is never unmounted.
    listener.forget();

    let previous = StoredValue::new(state.get_untracked());
    // Dropping a pending Timeout cancels it.
    let pending: StoredValue<Option<gloo::timers::callback::Timeout>, LocalStorage> =
        StoredValue::new_local(None);
    Effect::new(move |_| {
        let current = state.get();
        let hash = format!("#{}", url_state::encode(&current));
        let Some(window) = web_sys::window() else {
            return;
        };
        let location = window.location();
        let replace_entry = from_history.get_value();
        from_history.set_value(false);
        if location.hash().ok().as_deref() == Some(hash.as_str()) {
            previous.set_value(current);
            return;
        }
        if replace_entry {
            pending.set_value(None);
            if let Ok(history) = window.history() {
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
            }
            previous.set_value(current);
            return;
        }
        let only_typing = previous.with_value(|p| {
            let mut a = p.clone();
            a.query = current.query.clone();
            a == current
        });
        // A keystroke's URL update waits for the next task: `replaceState` is
        // slow in Chromium and would otherwise delay the table's update.
        // Fast typing coalesces into one write; any other change writes at once.
        pending.set_value(None);
        if only_typing {
            pending.set_value(Some(gloo::timers::callback::Timeout::new(0, move || {
                if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                    let _ = history.replace_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some(&hash),
                    );
                }
            })));
        } else if let Ok(history) = window.history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
        }
        previous.set_value(current);
    });
}
