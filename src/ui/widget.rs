//! The whole widget: provides the contexts and composes the parts.
//!
//! The one file that imports the components; they import only the contexts
//! ([`super::context`]) and the shared primitives ([`super::common`]).

use super::about::About;
use super::active_filters::ActiveFilterChips;
use super::common::heading;
use super::context::{self, Headings, ViewCtx};
use super::controls::{Controls, ResultCount};
use super::export_bar::Export;
use super::help_overlay::HelpOverlay;
use super::history::sync_with_hash;
use super::keyboard;
use super::legend::Legends;
use super::notices::Notices;
use super::on_demand::chunk_view;
use super::open::{dialog::OpenDialog, files, state::OpenUi, DropTarget, OpenMatrix};
use super::table::Matrix;
use super::view_bar::ViewBar;
use super::views;
use crate::catalog::{self, Choice};
use crate::io::embed::Presentation;
use crate::rules::state::{View, ViewState};
use leptos::prelude::*;

/// The Responsibility Matrix widget.
///
/// - `state`: the view (the caller creates the signal: the standalone page
///   from the URL, the custom element from its attributes, and may drive it);
/// - `notices`: problems found while reading the input, shown quietly;
/// - `sync_url`: keep the view in the page's URL hash (the standalone page;
///   embeds leave it off);
/// - `offerings`: what the offering picker lists (default: the built-in ones);
/// - `presentation`: theme, compact density, read-only (default: auto, full);
/// - `link_base`: the page "Copy link" points at (default: this page);
/// - `lang`: the interface's language (default: English; data keeps its own).
#[component]
pub fn Widget(
    state: RwSignal<ViewState>,
    notices: RwSignal<Vec<String>>,
    #[prop(default = true)] sync_url: bool,
    #[prop(optional, into)] offerings: Option<Signal<Vec<Choice>>>,
    #[prop(optional, into)] presentation: Option<Signal<Presentation>>,
    #[prop(optional)] link_base: Option<String>,
    #[prop(optional)] lang: crate::i18n::Lang,
) -> impl IntoView {
    // Before any part is built: each reads its words from it.
    provide_context(lang);
    let given = offerings.unwrap_or_else(|| Signal::stored(catalog::choices()));
    let presentation = presentation.unwrap_or_else(|| Signal::stored(Presentation::default()));
    let open = OpenUi::provide();
    // The picker lists the given offerings, then the ones the reader opened.
    let offerings = Signal::derive(move || {
        let mut all = given.get();
        all.extend(open.opened.get());
        all
    });
    let (ctx, _, help) = context::provide(state, offerings);

    if sync_url {
        sync_with_hash(state, notices, ctx);
    }

    let theme = move || presentation.with(|p| p.theme.data_value());
    let density = move || presentation.with(|p| p.compact.then_some("compact"));
    let read_only = move || presentation.with(|p| p.hide_controls);
    let hide_title = move || presentation.with(|p| p.hide_title);
    let title_level = Signal::derive(move || presentation.with(|p| p.heading_level));
    provide_context(Headings { title: title_level });
    // Keyboard shortcuts listen on the widget's root.
    let root = NodeRef::<leptos::html::Div>::new();
    keyboard::install(root, ctx, help, sync_url);
    let call_mode = Memo::new(move |_| ctx.read(|s| s.call_mode));
    let table_view = Memo::new(move |_| ctx.read(|s| s.view == View::Table));

    // Built apart (and type-erased) to keep the view's type shallow.
    let header = view! {
        <header class="rm-header">
            {move || (!hide_title()).then(|| heading(
                title_level.get(),
                "rm-title",
                ctx.offering().title.to_string().into_any(),
            ))}
            <p class="rm-summary">
                {move || ctx.offering().summary.to_string()}
            </p>
        </header>
    }
    .into_any();
    // The export buttons fold away with the less-used filters, under one control.
    let controls = view! {
        <Show when=move || !read_only()>
            <Controls link_base=link_base.clone()>
                <Show when=move || table_view.get()>
                    <Export />
                </Show>
            </Controls>
            <Show when=move || !call_mode.get()>
                <ViewBar />
            </Show>
        </Show>
    }
    .into_any();
    // In call mode the view switch sits beside the title: first in the tab
    // order too, as it is on screen.
    let call_view_bar = view! {
        <Show when=move || !read_only() && call_mode.get()>
            <ViewBar />
        </Show>
    }
    .into_any();
    let notes = view! {
        <super::print_header::PrintHeader />
        <Notices notices />
    }
    .into_any();
    let chips =
        view! { <ActiveFilterChips removable=Signal::derive(move || !read_only()) /> }.into_any();
    let tail = view! {
        // Bringing one's own matrix is rarer than reading this one: below the table.
        <Show when=move || !read_only()>
            <OpenMatrix />
        </Show>
        <About />
        <HelpOverlay />
        <OpenDialog />
        <DropTarget />
    }
    .into_any();
    let body = view! {
        <Show when=move || table_view.get() fallback=ActiveView>
            <ResultCount />
            <Legends />
            <Matrix />
        </Show>
    }
    .into_any();

    view! {
        <div
            class="rm"
            lang=lang.code()
            class:rm--call=move || call_mode.get()
            data-rm="widget"
            data-rm-call=move || call_mode.get().then_some("true")
            data-theme=theme
            data-density=density
            data-rm-read-only=move || read_only().then_some("")
            data-rm-drop=move || open.dragging.get().then_some("")
            node_ref=root
            on:dragover=move |ev| if !read_only() { files::on_drag_over(open, ev) }
            on:dragleave=move |ev| files::on_drag_leave(open, ev)
            on:drop=move |ev| if !read_only() { files::on_drop(open, ev) }
            on:paste=move |ev| if !read_only() { files::on_paste(open, ev) }
        >
            {header}
            {call_view_bar}
            {notes}
            {controls}
            {chips}
            {body}
            {tail}
        </div>
    }
}

/// The view other than the table that the state asks for (the widget shows
/// the table itself), from its chunk.
#[component]
pub fn ActiveView() -> impl IntoView {
    let ctx = ViewCtx::expect();
    let current = Memo::new(move |_| ctx.read(|s| s.view));
    let t = crate::i18n::t();
    move || match current.get() {
        View::Compare => chunk_view(t.view(View::Compare), views::compare_view).into_any(),
        View::Own => chunk_view(t.view(View::Own), views::own_view).into_any(),
        View::Coverage => chunk_view(t.view(View::Coverage), views::coverage_view).into_any(),
        View::Table => ().into_any(),
    }
}
