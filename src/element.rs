//! The `<responsibility-matrix>` custom element's Rust half.
//!
//! `js/responsibility-matrix.js` defines the element (a class must extend
//! `HTMLElement`, which only JavaScript can do), attaches an open shadow root
//! and creates one [`MatrixElement`] per element. Everything else is here:
//! reading attributes ([`crate::io::embed`]), validating a bring-your-own matrix,
//! and mounting an independent [`Widget`]: each element has its own signals
//! and reactive owner, so several on one page never share state.

use crate::catalog::{self, Choice};
use crate::i18n::Lang;
use crate::io::embed::{self, MatrixRejected, Presentation};
use crate::io::events::ChangeDetail;
use crate::io::{hash_keys, url_state};
use crate::rules::state::ViewState;
use crate::ui::notices::MatrixRefused;
use crate::ui::widget::Widget;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// One mounted widget, driven by its element's attributes.
#[wasm_bindgen]
pub struct MatrixElement {
    state: RwSignal<ViewState>,
    presentation: RwSignal<Presentation>,
    notices: RwSignal<Vec<String>>,
    offerings: RwSignal<Vec<Choice>>,
    lang: RwSignal<Lang>,
    /// Unmounts the view when dropped.
    mounted: Option<Box<dyn std::any::Any>>,
    /// Owns the signals above; disposed after the view.
    owner: Owner,
    container: web_sys::HtmlElement,
    /// Why the page's matrix was refused, for the `rm-error` event.
    rejected: Option<MatrixRejected>,
}

#[wasm_bindgen]
impl MatrixElement {
    /// Mounts a widget into `container` (inside the element's shadow root).
    ///
    /// - `attributes`: the element's attributes, flattened `[name, value, …]`;
    /// - `matrix_source` / `matrix_json`: the embedder's own matrix, if any
    ///   (`matrix_json` is `None` when it could not be read; then
    ///   `matrix_problem` says why);
    /// - `link_base`: the widget's own page, for "Copy link".
    #[wasm_bindgen(constructor)]
    pub fn new(
        container: web_sys::HtmlElement,
        attributes: Vec<String>,
        matrix_source: Option<String>,
        matrix_json: Option<String>,
        matrix_problem: Option<String>,
        link_base: Option<String>,
    ) -> MatrixElement {
        crate::panic_box::install();
        crate::panic_box::register(&container);
        let owner = Owner::new();
        let pairs: Vec<(String, String)> = attributes
            .chunks(2)
            .map(|p| {
                let name = p.first().cloned().unwrap_or_default();
                (name, p.get(1).cloned().unwrap_or_default())
            })
            .collect();

        let mut offerings = catalog::choices();
        let rejected = match (matrix_source, matrix_json, matrix_problem) {
            (Some(source), Some(json), _) => {
                match embed::load_matrix(&source, &json, |id| catalog::offering(id).is_some()) {
                    // A page supplies its matrix once; it lives as long as the page,
                    // which lets it be read like the compiled-in offerings.
                    Ok(o) => {
                        offerings.push(Choice::Supplied(Box::leak(Box::new(o))));
                        None
                    }
                    Err(rejected) => Some(rejected),
                }
            }
            (source, _, Some(problem)) => Some(MatrixRejected {
                source: source.unwrap_or_else(|| "your matrix".into()),
                problems: vec![problem],
            }),
            _ => None,
        };
        let default_id = default_offering_id(&offerings);
        let find = |id: &str| catalog::find_choice(&offerings, id);
        let lang_value = pairs.iter().find(|(n, _)| n == embed::LANG_ATTRIBUTE);
        let (lang, problem) = Lang::from_attribute(lang_value.map(|(_, v)| v.as_str()));
        let (view, look, mut notices) = embed::read_attributes_in(lang, &pairs, &default_id, find);
        notices.extend(problem);

        let (state, presentation, notices, offerings, lang, mounted) = owner.with(|| {
            let state = RwSignal::new(view);
            let presentation = RwSignal::new(look);
            let notices = RwSignal::new(notices);
            let offerings = RwSignal::new(offerings);
            let lang = RwSignal::new(lang);
            let refused = rejected.clone();
            // A new language rebuilds the view; the view state lives on in the signals.
            // The root function runs once; the closure it returns re-runs on `lang`.
            let mounted = leptos::mount::mount_to(container.clone(), move || {
                let link_base = link_base.clone();
                let refused = refused.clone();
                move || {
                    let lang = lang.get();
                    match refused.clone() {
                        // The page meant its own matrix: a notice in its place, never ours.
                        Some(rejected) => {
                            provide_context(lang);
                            view! { <MatrixRefused rejected presentation notices /> }.into_any()
                        }
                        None => view! {
                            <Widget
                                state
                                notices
                                sync_url=false
                                offerings=offerings
                                presentation=presentation
                                link_base=link_base.clone().unwrap_or_default()
                                lang
                            />
                        }
                        .into_any(),
                    }
                }
            });
            (state, presentation, notices, offerings, lang, mounted)
        });
        MatrixElement {
            state,
            presentation,
            notices,
            offerings,
            lang,
            mounted: Some(Box::new(mounted)),
            owner,
            container,
            rejected,
        }
    }

    /// The current view as the `rm-change` detail (JSON).
    #[wasm_bindgen(js_name = viewDetail)]
    pub fn view_detail(&self) -> String {
        ChangeDetail::from_state(&self.state.get_untracked()).to_json()
    }

    /// Calls `callback(detailJson)` after every change of the view (not for
    /// the view it starts with), so the script can dispatch `rm-change`.
    #[wasm_bindgen(js_name = onChange)]
    pub fn on_change(&self, callback: js_sys::Function) {
        let state = self.state;
        self.owner.with(|| {
            Effect::watch(
                move || state.get(),
                move |view, _, _| {
                    let detail = JsValue::from_str(&ChangeDetail::from_state(view).to_json());
                    // A throwing host listener must not break the widget.
                    let _ = callback.call1(&JsValue::NULL, &detail);
                },
                false,
            );
        });
    }

    /// The refused matrix as `{ source, problems }` JSON, if one was refused.
    #[wasm_bindgen(js_name = matrixRejected)]
    pub fn matrix_rejected(&self) -> Option<String> {
        self.rejected.as_ref().map(|r| {
            serde_json::json!({ "kind": "matrix", "source": r.source, "problems": r.problems })
                .to_string()
        })
    }

    /// Shows the view stored under `name` in the host's `hash` (`sync-url`);
    /// `false` when there is none. A bad value adds notices, as a link does.
    #[wasm_bindgen(js_name = restoreFromHash)]
    pub fn restore_from_hash(&self, hash: &str, name: &str) -> bool {
        let Some(stored) = hash_keys::read(hash, name) else {
            return false;
        };
        let offerings = self.offerings.get_untracked();
        let default_id = default_offering_id(&offerings);
        let find = |id: &str| catalog::find_choice(&offerings, id);
        let (view, problems) =
            url_state::decode_in(self.lang.get_untracked(), &stored, &default_id, find);
        if view != self.state.get_untracked() {
            self.state.set(view);
        }
        if !problems.is_empty() {
            self.notices.update(|n| n.extend(problems));
        }
        true
    }

    /// The host's `hash` with this widget's view stored under `name`.
    #[wasm_bindgen(js_name = hashWithView)]
    pub fn hash_with_view(&self, hash: &str, name: &str) -> String {
        hash_keys::write(hash, name, &url_state::encode(&self.state.get_untracked()))
    }

    /// The attribute names the element observes (its `observedAttributes`).
    #[wasm_bindgen(js_name = observedAttributes)]
    pub fn observed_attributes() -> Vec<String> {
        embed::observed_attributes()
            .into_iter()
            .map(String::from)
            .collect()
    }

    /// Applies a changed attribute (`None`: removed); a bad value adds a notice.
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&self, name: &str, value: Option<String>) {
        let value = value.as_deref();
        let problem = if name == embed::LANG_ATTRIBUTE {
            let (lang, problem) = Lang::from_attribute(value);
            if lang != self.lang.get_untracked() {
                self.lang.set(lang);
            }
            problem.into_iter().collect()
        } else if embed::PRESENTATION_ATTRIBUTES.contains(&name) {
            let mut look = self.presentation.get_untracked();
            let lang = self.lang.get_untracked();
            let problem = embed::apply_presentation_in(lang, &mut look, name, value);
            self.presentation.set(look);
            problem.into_iter().collect()
        } else {
            let offerings = self.offerings.get_untracked();
            let default_id = default_offering_id(&offerings);
            let find = |id: &str| catalog::find_choice(&offerings, id);
            let mut view = self.state.get_untracked();
            let lang = self.lang.get_untracked();
            let problems =
                embed::apply_view_attribute_in(lang, &mut view, name, value, &default_id, find);
            if view != self.state.get_untracked() {
                self.state.set(view);
            }
            problems
        };
        if !problem.is_empty() {
            self.notices.update(|n| n.extend(problem));
        }
    }

    /// Removes the view and frees its signals (the element left the page).
    pub fn unmount(&mut self) {
        self.mounted = None;
        self.owner.cleanup();
        crate::panic_box::unregister(&self.container);
    }
}

/// The offering an element shows when `offering` is absent (or removed): the
/// page's own matrix if it supplied one, else the built-in default.
fn default_offering_id(offerings: &[Choice]) -> String {
    match offerings.get(catalog::built_in().len()) {
        Some(own) => own.id().to_string(),
        None => catalog::default_offering()
            .map(|o| o.id.to_string())
            .unwrap_or_default(),
    }
}
