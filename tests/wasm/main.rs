//! The components in headless Chromium (wasm-bindgen-test): the widget, the
//! custom element and the views, mounted into a real DOM and driven by real
//! events. One wasm test binary, run by `cargo test --target
//! wasm32-unknown-unknown --test wasm` with wasm-bindgen-test-runner.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::wasm_bindgen_test_configure;

wasm_bindgen_test_configure!(run_in_browser);

mod checklist;
mod element;
mod grid;
mod i18n;
mod open;
mod support;
mod views;
mod widget;
