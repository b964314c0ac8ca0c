//! Strings with arguments for notices, opening a matrix and "What do I own?".

use super::{s, Lang};

impl Lang {
    /// An export or checklist file saved.
    pub fn downloaded(self, name: &str) -> String {
        match self {
            Lang::En => format!("Downloaded {name}."),
            Lang::Fr => format!("{name} téléchargé."),
        }
    }

    /// An export that could not be saved.
    pub fn export_failed(self, name: &str, why: &str) -> String {
        match self {
            Lang::En => format!("Could not export {name}: {why}."),
            Lang::Fr => format!("Impossible d’exporter {name}\u{a0}: {why}."),
        }
    }

    /// The spreadsheet module's error.
    pub fn sheet_reader_failed(self, why: &str) -> String {
        match self {
            Lang::En => format!("the spreadsheet reader failed: {why}"),
            Lang::Fr => format!("le lecteur de tableur a échoué\u{a0}: {why}"),
        }
    }

    /// The rest of a list cut short.
    pub fn and_more(self, more: usize) -> String {
        match self {
            Lang::En => format!("…and {more} more."),
            Lang::Fr => format!("…et {more} de plus."),
        }
    }

    /// An embedder's matrix that was refused, for the page's editor.
    pub fn matrix_not_loaded(self, source: &str, n: usize) -> String {
        match self {
            Lang::En => format!(
                "Your matrix “{source}” was not loaded ({n} problem{}):",
                s(n)
            ),
            Lang::Fr => format!(
                "Votre matrice «\u{a0}{source}\u{a0}» n’a pas été chargée ({n} problème{})\u{a0}:",
                s(n)
            ),
        }
    }

    /// A file that could not be opened.
    pub fn file_not_opened(self, source: &str, n: usize) -> String {
        match self {
            Lang::En => format!(
                "“{source}” could not be opened ({n} problem{}); what is shown has not changed.",
                s(n)
            ),
            Lang::Fr => format!(
                "«\u{a0}{source}\u{a0}» n’a pas pu être ouvert ({n} problème{})\u{a0}; l’affichage n’a pas changé.",
                s(n)
            ),
        }
    }

    /// The review step's heading.
    pub fn review_title(self, file: &str) -> String {
        match self {
            Lang::En => format!("Review “{file}”"),
            Lang::Fr => format!("Vérifier «\u{a0}{file}\u{a0}»"),
        }
    }

    /// What a file holds: "Found 12 rows in 3 sections, 2 parties and 1 scope."
    pub fn found(self, rows: usize, sections: usize, parties: usize, scopes: usize) -> String {
        match self {
            Lang::En => {
                let n = |count: usize, one: &str| format!("{count} {one}{}", s(count));
                format!(
                    "Found {} in {}, {} and {}.",
                    n(rows, "row"),
                    if sections == 1 { "1 section".to_string() } else { format!("{sections} sections") },
                    if parties == 1 { "1 party".to_string() } else { format!("{parties} parties") },
                    n(scopes, "scope"),
                )
            }
            Lang::Fr => format!(
                "{rows} ligne{0} trouvée{0} dans {sections} section{1}, {parties} partie{2} et {scopes} périmètre{3}.",
                s(rows),
                s(sections),
                s(parties),
                s(scopes),
            ),
        }
    }

    /// The review's readings heading.
    pub fn readings_count(self, n: usize) -> String {
        match self {
            Lang::En => format!("Readings ({n})"),
            Lang::Fr => format!("Lectures ({n})"),
        }
    }

    /// A party's new name field.
    pub fn name_shown_for(self, name: &str) -> String {
        match self {
            Lang::En => format!("Name shown for “{name}”"),
            Lang::Fr => format!("Nom affiché pour «\u{a0}{name}\u{a0}»"),
        }
    }

    /// A party's merge picker.
    pub fn merge_into(self, name: &str) -> String {
        match self {
            Lang::En => format!("Merge “{name}” into"),
            Lang::Fr => format!("Fusionner «\u{a0}{name}\u{a0}» avec"),
        }
    }

    /// After Clear.
    pub fn cleared(self, n: usize) -> String {
        match self {
            Lang::En => format!("Cleared {n} item{}.", s(n)),
            Lang::Fr => format!("{n} élément{0} effacé{0}.", s(n)),
        }
    }

    /// A checklist file too large to restore.
    pub fn restore_too_big(self, name: &str, max: usize) -> String {
        match self {
            Lang::En => format!("Could not restore from {name}: the file is over {max} bytes."),
            Lang::Fr => format!(
                "Impossible de restaurer depuis {name}\u{a0}: le fichier dépasse {max} octets."
            ),
        }
    }

    /// A checklist file the browser could not read.
    pub fn restore_unreadable(self, name: &str) -> String {
        match self {
            Lang::En => format!("Could not restore from {name}: the browser could not read it."),
            Lang::Fr => format!(
                "Impossible de restaurer depuis {name}\u{a0}: le navigateur n’a pas pu le lire."
            ),
        }
    }

    /// A checklist file that is not a checklist.
    pub fn restore_failed(self, name: &str, why: &str) -> String {
        match self {
            Lang::En => format!("Could not restore from {name}: {why}."),
            Lang::Fr => format!("Impossible de restaurer depuis {name}\u{a0}: {why}."),
        }
    }

    /// The checklist's count.
    pub fn services_in_sections(self, n: usize, sections: usize) -> String {
        match self {
            Lang::En => format!("{n} service{} in {sections} section{}", s(n), s(sections)),
            Lang::Fr => format!("{n} service{} dans {sections} section{}", s(n), s(sections)),
        }
    }

    /// A checklist for a party that holds nothing.
    pub fn holds_none(self, party: &str) -> String {
        match self {
            Lang::En => format!("{party} holds none of the services in this view."),
            Lang::Fr => format!("{party} ne tient aucun des services de cette vue."),
        }
    }

    /// A checklist line's owner, printed and as its field's name.
    pub fn owner_is(self, owner: &str) -> String {
        match self {
            Lang::En => format!("Owner: {owner}"),
            Lang::Fr => format!("Responsable\u{a0}: {owner}"),
        }
    }

    /// A checklist line's note, printed and as its field's name.
    pub fn note_is(self, note: &str) -> String {
        match self {
            Lang::En => format!("Note: {note}"),
            Lang::Fr => format!("Note\u{a0}: {note}"),
        }
    }

    /// Stored checklist marks that could not be read.
    pub fn marks_unreadable(self, why: &str) -> String {
        match self {
            Lang::En => format!(
                "The checklist saved in this browser could not be read ({why}), so it was ignored; your next change replaces it."
            ),
            Lang::Fr => format!(
                "La liste enregistrée dans ce navigateur n’a pas pu être lue ({why}), elle a donc été ignorée\u{a0}; votre prochaine modification la remplace."
            ),
        }
    }

    /// Storage the checklist cannot use.
    pub fn marks_unavailable(self, why: &str) -> String {
        match self {
            Lang::En => format!(
                "This browser does not let the widget keep the checklist ({why}): ticks, owners and notes last until the page is closed. Export the checklist to keep them."
            ),
            Lang::Fr => format!(
                "Ce navigateur ne permet pas au widget de conserver la liste ({why})\u{a0}: coches, responsables et notes durent jusqu’à la fermeture de la page. Exportez la liste pour les garder."
            ),
        }
    }
}
