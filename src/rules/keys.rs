//! Keyboard shortcuts: which key does what (plain Rust, tested natively).
//!
//! The widget listens for `keydown` on its root element (and, on the
//! standalone page, on the document) and asks [`action_for`] what to do.
//! Shortcuts never fire while the user types in a field or holds Ctrl, Meta
//! or Alt (those belong to the browser and the system); Shift is allowed,
//! since `?` is Shift+/ on most layouts.

/// What a shortcut does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// `/`: focus the search box.
    FocusSearch,
    /// `c`: switch between the table and the compare view.
    ToggleCompare,
    /// `p`: switch customer-call (presentation) mode on or off.
    ToggleCallMode,
    /// `?`: open the help overlay listing the shortcuts.
    OpenHelp,
    /// Escape: close the help overlay.
    CloseHelp,
}

/// A key press as the handler sees it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KeyPress<'a> {
    /// `KeyboardEvent.key` ("/", "c", "?", "Escape").
    pub key: &'a str,
    pub ctrl: bool,
    pub meta: bool,
    pub alt: bool,
    /// The key went to a text field, a `<select>`, a `<textarea>` or editable content.
    pub typing: bool,
}

/// The action for a key press, if any.
pub fn action_for(press: &KeyPress) -> Option<Action> {
    if press.ctrl || press.meta || press.alt {
        return None;
    }
    // Escape closes the help overlay wherever focus is (it never types anything).
    if press.key == "Escape" {
        return Some(Action::CloseHelp);
    }
    if press.typing {
        return None;
    }
    match press.key {
        "/" => Some(Action::FocusSearch),
        "c" | "C" => Some(Action::ToggleCompare),
        "p" | "P" => Some(Action::ToggleCallMode),
        "?" => Some(Action::OpenHelp),
        _ => None,
    }
}

/// Whether an element with this tag name (any case) and `contenteditable`
/// state takes typed text, so shortcuts must leave its keys alone.
pub fn is_typing_target(tag_name: &str, content_editable: bool) -> bool {
    content_editable
        || ["input", "select", "textarea"]
            .iter()
            .any(|t| tag_name.eq_ignore_ascii_case(t))
}

/// Every shortcut with its description, for the help overlay (key as shown, what it does).
pub fn shortcuts(lang: crate::i18n::Lang) -> [(&'static str, &'static str); 5] {
    let t = lang.texts();
    [
        ("/", t.key_search),
        ("c", t.key_compare),
        ("p", t.key_call_mode),
        ("?", t.key_help),
        (t.key_esc, t.key_close_help),
    ]
}
