//! Keyboard shortcuts wired to the widget: `/`, `c`, `p`, `?` and Escape
//! (the mapping is [`crate::rules::keys`]).
//!
//! The `keydown` listener sits on the widget's root element, so several
//! widgets on one page (each in its own shadow root) each get the keys pressed
//! inside them. The standalone page (`sync_url`) also listens on the document,
//! so the shortcuts work while nothing in the widget has focus. Listeners are
//! [`gloo::events::EventListener`]s, dropped (and so removed) on cleanup.

use crate::rules::keys::{action_for, is_typing_target, Action, KeyPress};
use crate::rules::state::ViewState;
use crate::ui::context::{HelpUi, ViewCtx};
use gloo::events::{EventListener, EventListenerOptions};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

/// Listens for the shortcuts on the widget's root (once it is mounted) and,
/// with `on_document`, on the document for keys pressed outside any widget.
pub fn install(root: NodeRef<Div>, ctx: ViewCtx, ui: HelpUi, on_document: bool) {
    let listeners: StoredValue<Vec<EventListener>, LocalStorage> =
        StoredValue::new_local(Vec::new());
    Effect::new(move |_| {
        let Some(el) = root.get() else {
            return;
        };
        let el: HtmlElement = el.into();
        let mut attached = Vec::with_capacity(2);
        let at_root = el.clone();
        attached.push(EventListener::new_with_options(
            &el,
            "keydown",
            options(),
            move |ev| handle(ev, &at_root, ctx, ui, false),
        ));
        if on_document {
            if let Some(document) = web_sys::window().and_then(|w| w.document()) {
                let at_root = el.clone();
                attached.push(EventListener::new_with_options(
                    &document,
                    "keydown",
                    options(),
                    move |ev| handle(ev, &at_root, ctx, ui, true),
                ));
            }
        }
        // Replacing the list drops (removes) any listeners of an earlier root.
        listeners.set_value(attached);
    });
    on_cleanup(move || {
        listeners.try_update_value(Vec::clear);
    });
}

/// Not passive: `/` must not type a slash into the search box it focuses.
fn options() -> EventListenerOptions {
    EventListenerOptions::enable_prevent_default()
}

fn handle(ev: &web_sys::Event, root: &HtmlElement, ctx: ViewCtx, ui: HelpUi, from_document: bool) {
    let Some(key_event) = ev.dyn_ref::<KeyboardEvent>() else {
        return;
    };
    if key_event.default_prevented() {
        return;
    }
    let target: Option<Element> = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
    // The document listener is for keys pressed outside the widget; the root's handles the rest.
    if from_document && target.as_ref().is_some_and(|t| root.contains(Some(t))) {
        return;
    }
    let typing = target.as_ref().is_some_and(|t| {
        let editable = t
            .dyn_ref::<HtmlElement>()
            .is_some_and(HtmlElement::is_content_editable);
        is_typing_target(&t.tag_name(), editable)
    });
    let key = key_event.key();
    let press = KeyPress {
        key: &key,
        ctrl: key_event.ctrl_key(),
        meta: key_event.meta_key(),
        alt: key_event.alt_key(),
        typing,
    };
    let Some(action) = action_for(&press) else {
        return;
    };
    // While the help dialog is open, only Escape acts.
    if ui.open.get_untracked() && action != Action::CloseHelp {
        return;
    }
    match action {
        Action::FocusSearch => {
            let search = root
                .query_selector("[data-rm=\"search\"]")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<HtmlElement>().ok());
            if let Some(search) = search {
                ev.prevent_default();
                let _ = search.focus();
            }
        }
        Action::ToggleCompare => {
            ev.prevent_default();
            ctx.change(ViewState::toggle_compare);
        }
        Action::ToggleCallMode => {
            ev.prevent_default();
            super::view_bar::toggle_call_mode(ctx, root);
        }
        Action::OpenHelp => {
            ev.prevent_default();
            let from = target.and_then(|t| t.dyn_into::<HtmlElement>().ok());
            // With nothing focused (the document's body), focus returns to the widget.
            let from = from
                .filter(|t| root.contains(Some(t)))
                .or_else(|| Some(root.clone()));
            ui.open_help(from);
        }
        Action::CloseHelp => {
            if ui.open.get_untracked() {
                ev.prevent_default();
                ui.close_help();
            }
        }
    }
}
