//! Strings with arguments, one method each, every language in one `match`.

use super::Lang;

impl Lang {
    /// A feature's chunk on its way: "Loading “Compare”…".
    pub fn chunk_loading(self, what: &str) -> String {
        match self {
            Lang::En => format!("Loading “{what}”…"),
            Lang::Fr => format!("Chargement de «\u{a0}{what}\u{a0}»…"),
        }
    }

    /// A feature whose chunk did not load.
    pub fn chunk_failed(self, what: &str) -> String {
        match self {
            Lang::En => format!("“{what}” could not be loaded: check the connection, then try again."),
            Lang::Fr => format!("«\u{a0}{what}\u{a0}» n’a pas pu être chargé\u{a0}: vérifiez la connexion, puis réessayez."),
        }
    }

    /// An export or a file that could not be handled because its code did not load.
    pub fn chunk_not_loaded(self) -> &'static str {
        match self {
            Lang::En => "This part of the widget could not be loaded: check the connection, then try again.",
            Lang::Fr => "Cette partie du widget n’a pas pu être chargée\u{a0}: vérifiez la connexion, puis réessayez.",
        }
    }

    /// The result count: "3 of 12 services".
    pub fn count(self, shown: usize, total: usize) -> String {
        match self {
            Lang::En => format!("{shown} of {total} services"),
            Lang::Fr => format!("{shown} services sur {total}"),
        }
    }

    /// The "More filters" toggle with how many of them are set.
    pub fn more_filters_active(self, what: &str, active: usize) -> String {
        match self {
            Lang::En => format!("{what} ({active} active)"),
            Lang::Fr if active == 1 => format!("{what} (1 actif)"),
            Lang::Fr => format!("{what} ({active} actifs)"),
        }
    }

    /// A party filter's option: "Where Provider is responsible".
    pub fn where_responsible(self, party: &str) -> String {
        match self {
            Lang::En => format!("Where {party} is responsible"),
            Lang::Fr => format!("Là où {party} est responsable"),
        }
    }

    /// The printed page's header: "VMware — printed 2026-12-02".
    pub fn printed(self, title: &str, date: &str) -> String {
        match self {
            Lang::En => format!("{title} — printed {date}"),
            Lang::Fr => format!("{title} — imprimé le {date}"),
        }
    }

    /// Shown when the clipboard refuses the link.
    pub fn copy_this_link(self, link: &str) -> String {
        match self {
            Lang::En => format!("Copy this link: {link}"),
            Lang::Fr => format!("Copiez ce lien\u{a0}: {link}"),
        }
    }
}

impl super::Texts {
    /// A view's name on the view switch.
    pub fn view(&self, view: crate::rules::state::View) -> &'static str {
        use crate::rules::state::View;
        match view {
            View::Table => self.view_table,
            View::Compare => self.view_compare,
            View::Own => self.view_own,
            View::Coverage => self.view_coverage,
        }
    }
}
