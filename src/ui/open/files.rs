//! Files from the picker and from a drop onto the widget, read in the
//! browser (never uploaded) and handed to [`OpenUi::open_bytes`].

use super::state::OpenUi;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Reads `file` and opens it; a file that cannot be read becomes an error.
pub fn read_file(ui: OpenUi, file: web_sys::File) {
    let name = file.name();
    ui.busy.set(true);
    leptos::task::spawn_local(async move {
        let read = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
        ui.busy.set(false);
        match read {
            Ok(buffer) => ui.open_bytes(name, js_sys::Uint8Array::new(&buffer).to_vec()),
            Err(_) => ui.error.set(Some(crate::io::embed::MatrixRejected {
                source: name,
                problems: vec![ui.lang.texts().file_unreadable.into()],
            })),
        }
    });
}

/// Whether a drag carries files (not text or a link dragged within the page).
fn has_files(ev: &web_sys::DragEvent) -> bool {
    ev.data_transfer()
        .map(|d| {
            d.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        })
        .unwrap_or(false)
}

/// `dragover` on the widget: accept a file and show the drop target.
pub fn on_drag_over(ui: OpenUi, ev: web_sys::DragEvent) {
    if has_files(&ev) {
        ev.prevent_default();
        if let Some(d) = ev.data_transfer() {
            d.set_drop_effect("copy");
        }
        if !ui.dragging.get_untracked() {
            ui.dragging.set(true);
        }
    }
}

/// `dragleave`: hide the drop target once the pointer leaves the widget
/// (not when it moves onto one of the widget's own children).
pub fn on_drag_leave(ui: OpenUi, ev: web_sys::DragEvent) {
    let inside = ev
        .related_target()
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
        .zip(
            ev.current_target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok()),
        )
        .is_some_and(|(to, root)| root.contains(Some(&to)));
    if !inside {
        ui.dragging.set(false);
    }
}

/// `drop`: open the first file dropped.
pub fn on_drop(ui: OpenUi, ev: web_sys::DragEvent) {
    ui.dragging.set(false);
    let file = ev
        .data_transfer()
        .and_then(|d| d.files())
        .and_then(|files| files.get(0));
    if let Some(file) = file {
        ev.prevent_default();
        read_file(ui, file);
    }
}

/// `paste` on the widget, outside its text boxes: a pasted file opens like a
/// dropped one, a pasted table (copied from a spreadsheet or a web page) like
/// one pasted in the paste step. Other text is left alone.
pub fn on_paste(ui: OpenUi, ev: web_sys::ClipboardEvent) {
    if ev.default_prevented() || ui.dialog_open_untracked() {
        return;
    }
    let target = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let typing = target.as_ref().is_some_and(|t| {
        let editable = t
            .dyn_ref::<web_sys::HtmlElement>()
            .is_some_and(web_sys::HtmlElement::is_content_editable);
        crate::rules::keys::is_typing_target(&t.tag_name(), editable)
    });
    let Some(data) = ev.clipboard_data() else {
        return;
    };
    if typing {
        return;
    }
    if let Some(file) = data.files().and_then(|files| files.get(0)) {
        ev.prevent_default();
        read_file(ui, file);
        return;
    }
    let text = data.get_data("text/plain").unwrap_or_default();
    if let Some(table) = crate::io::open::pasted_table(&text) {
        ev.prevent_default();
        let from = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
        ui.paste_onto_widget(table.to_string(), from);
    }
}
