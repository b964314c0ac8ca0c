//! If Rust ever panics, say so inside every widget instead of leaving a dead page.
//!
//! The release build aborts on panic (smaller wasm), which stops the module
//! and every widget on the page; the hook runs first, so it writes a readable
//! error box (`data-rm="panic"`, role alert) into each mounted widget's
//! container with plain DOM calls (the reactive system may be mid-update) and
//! logs the message to the console.

use std::cell::RefCell;

thread_local! {
    /// The element each widget is mounted in (the page's `#app`, or a custom element's container).
    static CONTAINERS: RefCell<Vec<web_sys::HtmlElement>> = const { RefCell::new(Vec::new()) };
}

/// Installs the hook (once; later calls do nothing).
pub fn install() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let message = format!("{info}");
            web_sys::console::error_1(&message.as_str().into());
            show(&message);
        }));
    });
}

/// Remembers a widget's container, so a panic can report into it.
pub fn register(container: &web_sys::HtmlElement) {
    let _ = CONTAINERS.try_with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            c.push(container.clone());
        }
    });
}

/// Forgets a container whose widget was unmounted.
pub fn unregister(container: &web_sys::HtmlElement) {
    let _ = CONTAINERS.try_with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            c.retain(|e| e != container);
        }
    });
}

/// Puts the error box at the top of every registered container (the panic
/// hook calls it; public so the component tests can check the box).
pub fn show(message: &str) {
    let _ = CONTAINERS.try_with(|c| {
        let Ok(containers) = c.try_borrow() else {
            return;
        };
        for container in containers.iter() {
            let Some(document) = container.owner_document() else {
                continue;
            };
            let Ok(aside) = document.create_element("div") else {
                continue;
            };
            aside.set_class_name("rm-panic");
            let _ = aside.set_attribute("role", "alert");
            let _ = aside.set_attribute("data-rm", "panic");
            // Text only: the message may quote user input.
            aside.set_text_content(Some(&format!(
                "The Responsibility Matrix stopped because of an internal error. \
                 Reload the page to start again. Details: {message}"
            )));
            let _ = container.prepend_with_node_1(&aside);
        }
    });
}
