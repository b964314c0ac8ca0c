//! The notices for values a link or the element's attributes set and the
//! widget ignored ([`crate::io::url_state`], [`crate::io::embed`]).

use super::Lang;

/// Where an ignored value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The page's link (its hash).
    Link,
    /// The custom element's attributes.
    Attributes,
}

/// What an unknown value of a kind falls back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unknown {
    Offering,
    Section,
    Domain,
    Party,
    Legend,
    Row,
}

impl Lang {
    fn origin(self, origin: Origin) -> &'static str {
        match (self, origin) {
            (Lang::En, Origin::Link) => "the link",
            (Lang::En, Origin::Attributes) => "the element's attributes",
            (Lang::Fr, Origin::Link) => "le lien",
            (Lang::Fr, Origin::Attributes) => "les attributs de l’élément",
        }
    }

    /// A part of the link that is not `key=value` with valid escapes.
    pub fn malformed_part(self, part: &str) -> String {
        match self {
            Lang::En => format!("Ignored a malformed part of the link: “{part}”."),
            Lang::Fr => format!("Partie mal formée du lien ignorée\u{a0}: «\u{a0}{part}\u{a0}»."),
        }
    }

    /// An id the offering does not have.
    pub fn unknown(self, kind: Unknown, value: &str, origin: Origin) -> String {
        let from = self.origin(origin);
        match self {
            Lang::En => {
                let (what, then) = match kind {
                    Unknown::Offering => ("offering", "showing the default"),
                    Unknown::Section => ("section", "showing all sections"),
                    Unknown::Domain => ("domain", "showing all domains"),
                    Unknown::Party => ("party", "showing every party"),
                    Unknown::Legend => ("legend", "ignored"),
                    Unknown::Row => ("row", "ignored"),
                };
                format!("Unknown {what} “{value}” in {from}; {then}.")
            }
            Lang::Fr => {
                let (what, then) = match kind {
                    Unknown::Offering => ("Offre inconnue", "affichage de l’offre par défaut"),
                    Unknown::Section => ("Section inconnue", "affichage de toutes les sections"),
                    Unknown::Domain => ("Domaine inconnu", "affichage de tous les domaines"),
                    Unknown::Party => ("Partie inconnue", "affichage de toutes les parties"),
                    Unknown::Legend => ("Légende inconnue", "ignorée"),
                    Unknown::Row => ("Ligne inconnue", "ignorée"),
                };
                format!("{what} «\u{a0}{value}\u{a0}» dans {from}\u{a0}; {then}.")
            }
        }
    }

    /// A variant the offering does not have.
    pub fn not_a_type(self, value: &str, offering: &str) -> String {
        match self {
            Lang::En => format!("“{value}” is not an OS/VM type of {offering}; showing all types."),
            Lang::Fr => format!(
                "«\u{a0}{value}\u{a0}» n’est pas un type d’OS ou de VM de {offering}\u{a0}; affichage de tous les types."
            ),
        }
    }

    /// A `1`/`0` flag with another value.
    pub fn not_a_flag(self, key: &str, value: &str) -> String {
        match self {
            Lang::En => format!("“{key}={value}” should be 1 or 0; ignored."),
            Lang::Fr => format!("«\u{a0}{key}={value}\u{a0}» doit valoir 1 ou 0\u{a0}; ignoré."),
        }
    }

    /// `cols=` with another value than `all`.
    pub fn not_cols_all(self, value: &str) -> String {
        match self {
            Lang::En => format!("“cols={value}” should be “all”; ignored."),
            Lang::Fr => {
                format!("«\u{a0}cols={value}\u{a0}» doit valoir «\u{a0}all\u{a0}»\u{a0}; ignoré.")
            }
        }
    }

    /// A view the widget does not have.
    pub fn unknown_view(self, value: &str) -> String {
        match self {
            Lang::En => format!("Unknown view “{value}” in the link; showing the table."),
            Lang::Fr => format!(
                "Vue inconnue «\u{a0}{value}\u{a0}» dans le lien\u{a0}; affichage du tableau."
            ),
        }
    }

    /// A comparison target that is neither a variant nor another offering.
    pub fn not_a_comparison(self, value: &str, offering: &str) -> String {
        match self {
            Lang::En => format!(
                "“cmp={value}” is neither another OS/VM type of {offering} nor another offering; comparing with the default."
            ),
            Lang::Fr => format!(
                "«\u{a0}cmp={value}\u{a0}» n’est ni un autre type d’OS ou de VM de {offering} ni une autre offre\u{a0}; comparaison par défaut."
            ),
        }
    }

    /// A `theme` attribute with another value.
    pub fn not_a_theme(self, value: &str) -> String {
        match self {
            Lang::En => format!(
                "theme=“{value}” should be light, dark or auto; following the system setting."
            ),
            Lang::Fr => format!(
                "theme=«\u{a0}{value}\u{a0}» doit valoir light, dark ou auto\u{a0}; le réglage du système s’applique."
            ),
        }
    }

    /// A `heading-level` attribute that is not 1 to 6.
    pub fn not_a_heading_level(self, value: &str, default: u8) -> String {
        match self {
            Lang::En => format!(
                "heading-level=“{value}” should be a number from 1 to 6; the title is a level-{default} heading."
            ),
            Lang::Fr => format!(
                "heading-level=«\u{a0}{value}\u{a0}» doit être un nombre de 1 à 6\u{a0}; le titre est un titre de niveau {default}."
            ),
        }
    }

    /// A checklist party the offering does not have.
    pub fn unknown_own_party(self, value: &str) -> String {
        match self {
            Lang::En => format!(
                "Unknown party “{value}” for the checklist in the link; showing the customer’s."
            ),
            Lang::Fr => format!(
                "Partie inconnue «\u{a0}{value}\u{a0}» pour la liste dans le lien\u{a0}; affichage de celle du client."
            ),
        }
    }
}
