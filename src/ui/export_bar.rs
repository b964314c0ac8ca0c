//! "Export this view": CSV, Markdown and JSON downloads of what the table shows.
//!
//! The text comes from [`crate::io::export`]; [`save`] turns it into a file
//! in the browser, without a server.

use crate::io::export::{export, file_name, Format};
use crate::ui::common::save;
use crate::ui::context::ViewCtx;
use leptos::prelude::*;

/// The export group: a labelled group of three buttons and a status line.
#[component]
pub fn Export() -> impl IntoView {
    let ctx = ViewCtx::expect();
    let status = RwSignal::new(String::new());
    let save = move |format: Format| {
        let o = ctx.offering_untracked();
        let (name, text) = ctx.read_untracked(|s| (file_name(o, s, format), export(o, s, format)));
        status.set(save(&name, format.mime_type(), text));
    };
    let button = move |format: Format, data_rm: &'static str| {
        view! {
            <button type="button" class="rm-button" data-rm=data_rm on:click=move |_| save(format)>
                {format.label()}
            </button>
        }
    };
    // Leaving the view (another offering, filter or search) clears the old status.
    let t = crate::i18n::t();
    Effect::new(move |_| {
        ctx.track();
        status.set(String::new());
    });
    view! {
        <fieldset class="rm-export" data-rm="export">
            <legend class="rm-export__label">{t.export_legend}</legend>
            <div class="rm-export__buttons">
                {button(Format::Csv, "export-csv")}
                {button(Format::Markdown, "export-md")}
                {button(Format::Json, "export-json")}
                <span class="rm-export__status" role="status" data-rm="export-status">
                    {move || status.get()}
                </span>
            </div>
        </fieldset>
    }
}
