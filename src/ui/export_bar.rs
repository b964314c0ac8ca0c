//! "Export this view": CSV, Markdown and JSON downloads of what the table shows.
//!
//! The text comes from [`crate::io::export`]; [`save`] turns it into a file
//! in the browser, without a server.

use crate::io::export::{export, file_name, Format};
use crate::rules::state::ViewState;
use crate::ui::common::save;
use crate::ui::context::ViewCtx;
use crate::ui::on_demand::on_demand;
use leptos::prelude::*;
use rm_format::model::Offering;

on_demand!(
    export,
    /// The file name and text of `format`'s export of the view.
    fn write_export(
        o: &'static Offering,
        state: ViewState,
        format: Format,
    ) -> (String, Result<String, String>) {
        (file_name(o, &state, format), export(o, &state, format))
    }
);

/// The export group: a labelled group of three buttons and a status line.
#[component]
pub fn Export() -> impl IntoView {
    let ctx = ViewCtx::expect();
    let status = RwSignal::new(String::new());
    // The writers are a chunk, fetched on the first export.
    let lang = crate::i18n::lang();
    let save = move |format: Format| {
        let o = ctx.offering_untracked();
        let state = ctx.read_untracked(ViewState::clone);
        leptos::task::spawn_local(async move {
            match write_export(o, state, format).await {
                Ok((name, text)) => status.set(save(lang, &name, format.mime_type(), text)),
                Err(_) => status.set(lang.chunk_not_loaded().to_string()),
            }
        });
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
