//! Build step: writes the prerendered matrix (see `responsibility_matrix::prerender`).
//!
//! `prerender OUT_DIR` writes `OUT_DIR/static/<offering>[-<variant>].html`
//! (one fragment per built-in offering × variant), `OUT_DIR/static/index.json`
//! (which fragments exist, for `embed.html`) and `OUT_DIR/static/app.html`
//! (the standalone page's default view with its no-script note, which `scripts/post-build.mjs` puts
//! inside `<main id="app">`). A native program; the wasm target builds an
//! empty one so `cargo test --target wasm32-unknown-unknown` still links.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use responsibility_matrix::{io::embed, io::url_state, prerender};
    use std::path::PathBuf;

    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender OUT_DIR");
        std::process::exit(2);
    };
    let dir = out.join("static");
    let write = |name: &str, text: &str| {
        let path = dir.join(name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("prerender: cannot write {}: {e}", path.display());
            std::process::exit(1);
        }
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("prerender: cannot create {}: {e}", dir.display());
        std::process::exit(1);
    }
    let Some(default) = prerender::default_state() else {
        eprintln!("prerender: no built-in offering can be read");
        std::process::exit(1);
    };
    let hash = url_state::encode(&default);
    let fragments = prerender::fragments();
    let Some(first) = fragments
        .iter()
        .find(|f| f.offering == default.offering && f.variant.is_none())
    else {
        eprintln!(
            "prerender: no fragment for the default offering {}",
            default.offering
        );
        std::process::exit(1);
    };
    write("app.html", &prerender::fragment_html(first));
    let mut index = Vec::new();
    for f in &fragments {
        write(&f.file, &prerender::fragment_html(f));
        index.push(serde_json::json!({
            "offering": f.offering,
            "variant": f.variant,
            "file": f.file,
        }));
    }
    let index = serde_json::json!({
        "defaultHash": hash,
        "defaultOffering": default.offering,
        "observed": embed::observed_attributes(),
        "fragments": index,
    });
    write("index.json", &index.to_string());
    println!(
        "prerender: {} fragments and the default view in {}",
        fragments.len(),
        dir.display()
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}
