//! Strings with arguments for the table, its details, compare and coverage.

use super::Lang;

impl Lang {
    /// The inference mark's tooltip: what it means and the sentence it rests on.
    pub fn inference_title(self, from: &str) -> String {
        match self {
            Lang::En => format!("Our inference, not the source's words. Inferred from: “{from}”"),
            Lang::Fr => format!(
                "Notre déduction, pas les mots de la source. Déduit de\u{a0}: «\u{a0}{from}\u{a0}»"
            ),
        }
    }

    /// The inference mark, said as a sentence when the grid focuses the cell.
    pub fn inference_sentence(self, from: &str) -> String {
        match self {
            Lang::En => format!("Our inference, not the source's words; inferred from “{from}”."),
            Lang::Fr => format!(
                "Notre déduction, pas les mots de la source\u{a0}; déduit de «\u{a0}{from}\u{a0}»."
            ),
        }
    }

    /// A column head's tooltip when the source words the header differently.
    pub fn source_header(self, header: &str) -> String {
        match self {
            Lang::En => format!("Source header: {header}"),
            Lang::Fr => format!("En-tête de la source\u{a0}: {header}"),
        }
    }

    /// A source quoted as it is written: “words”.
    pub fn quoted(self, what: &str) -> String {
        match self {
            Lang::En => format!("“{what}”"),
            Lang::Fr => format!("«\u{a0}{what}\u{a0}»"),
        }
    }

    /// The under-the-table roles heading: "Roles at OVHcloud".
    pub fn roles_at(self, party: &str) -> String {
        match self {
            Lang::En => format!("Roles at {party}"),
            Lang::Fr => format!("Rôles chez {party}"),
        }
    }

    /// A provenance label (a data-format keyword, kept in English in
    /// exports) as the interface says it.
    pub fn provenance_label(self, label: &'static str) -> &'static str {
        match (self, label) {
            (Lang::En, _) => label,
            (Lang::Fr, "Title") => "Titre",
            (Lang::Fr, "Publisher") => "Éditeur",
            (Lang::Fr, "Date") => "Date",
            (Lang::Fr, "Link") => "Lien",
            (Lang::Fr, "Licence") => "Licence",
            (Lang::Fr, "Attribution") => "Attribution",
            (Lang::Fr, "Copyright") => "Droits d’auteur",
            (Lang::Fr, "Last checked") => "Dernière vérification",
            (Lang::Fr, "Transcribed from") => "Transcrit depuis",
            (Lang::Fr, "Source layout") => "Mise en page de la source",
            (Lang::Fr, other) => other,
        }
    }

    /// An active filter's remove button, as the empty state words it.
    pub fn remove_quoted(self, filter: &str) -> String {
        match self {
            Lang::En => format!("Remove “{filter}”"),
            Lang::Fr => format!("Retirer «\u{a0}{filter}\u{a0}»"),
        }
    }

    /// An active filter's remove button's accessible name.
    pub fn remove_filter(self, filter: &str) -> String {
        match self {
            Lang::En => format!("Remove filter {filter}"),
            Lang::Fr => format!("Retirer le filtre {filter}"),
        }
    }

    /// A cell's reading mark's tooltip.
    pub fn source_reading(self, text: &str) -> String {
        match self {
            Lang::En => format!("Source reading: {text}"),
            Lang::Fr => format!("Lecture de la source\u{a0}: {text}"),
        }
    }

    /// The table's "Show more" line while rows are held back.
    pub fn showing(self, shown: usize, total: usize) -> String {
        match self {
            Lang::En => format!("Showing {shown} of {total} matching services."),
            Lang::Fr => format!("{shown} services affichés sur {total} correspondants."),
        }
    }

    /// The table's "Show more" button.
    pub fn show_more(self, next: usize) -> String {
        match self {
            Lang::En => format!("Show {next} more"),
            Lang::Fr => format!("En afficher {next} de plus"),
        }
    }

    /// The picker's group of an offering's variants: "Types of VMware".
    pub fn dimension_of(self, dimension: &str, offering: &str) -> String {
        match self {
            Lang::En => format!("{dimension} of {offering}"),
            Lang::Fr => format!("{dimension} de {offering}"),
        }
    }

    /// A line only one variant has.
    pub fn only_with(self, variant: &str) -> String {
        match self {
            Lang::En => format!("Only with {variant}"),
            Lang::Fr => format!("Seulement avec {variant}"),
        }
    }

    /// A line that changes hands between two parties.
    pub fn moves_from_to(self, from: &str, to: &str) -> String {
        match self {
            Lang::En => format!("Moves from {from} to {to}"),
            Lang::Fr => format!("Passe de {from} à {to}"),
        }
    }

    /// The variant comparison's count.
    pub fn variant_count(self, shown: usize, total: usize, changed: usize) -> String {
        match self {
            Lang::En => format!("{shown} of {total} services shown; {changed} of them change hands."),
            Lang::Fr => format!(
                "{shown} services affichés sur {total}\u{a0}; {changed} d’entre eux changent de mains."
            ),
        }
    }

    /// The variant comparison's caption.
    pub fn compared_with(self, title: &str, a: &str, b: &str) -> String {
        match self {
            Lang::En => format!("{title}: {a} compared with {b}"),
            Lang::Fr => format!("{title}\u{a0}: {a} comparé à {b}"),
        }
    }

    /// The offering comparison's count.
    pub fn services_shown(self, shown: usize, total: usize) -> String {
        match self {
            Lang::En => format!("{shown} of {total} services shown."),
            Lang::Fr => format!("{shown} services affichés sur {total}."),
        }
    }

    /// A domain one offering has no rows in.
    pub fn no_counterpart(self, offering: &str) -> String {
        match self {
            Lang::En => format!("No counterpart in {offering}"),
            Lang::Fr => format!("Aucun équivalent dans {offering}"),
        }
    }

    /// The offering comparison's caption.
    pub fn aligned_by_domain(self, left: &str, right: &str) -> String {
        match self {
            Lang::En => format!("{left} and {right}, aligned by domain"),
            Lang::Fr => format!("{left} et {right}, alignés par domaine"),
        }
    }

    /// A coverage segment of the services one party holds alone.
    pub fn alone(self, party: &str) -> String {
        match self {
            Lang::En => format!("{party} alone"),
            Lang::Fr => format!("{party} seul"),
        }
    }

    /// A coverage bar's accessible name: "Total: Provider alone 3, … of 12 services".
    pub fn bar_label(self, title: &str, parts: &str, total: usize) -> String {
        match self {
            Lang::En => format!("{title}: {parts} of {total} services"),
            Lang::Fr => format!("{title}\u{a0}: {parts} sur {total} services"),
        }
    }

    /// The table's caption, with the chosen variant if any.
    pub fn matrix_caption(self, title: &str, variant: Option<&str>) -> String {
        match (self, variant) {
            (Lang::En, Some(v)) => format!("{title}: who is responsible for each service ({v})"),
            (Lang::En, None) => format!("{title}: who is responsible for each service"),
            (Lang::Fr, Some(v)) => {
                format!("{title}\u{a0}: qui est responsable de chaque service ({v})")
            }
            (Lang::Fr, None) => format!("{title}\u{a0}: qui est responsable de chaque service"),
        }
    }

    /// A party's checklist title (on screen and as an export's heading).
    pub fn checklist_title(self, party: &str, title: &str, variant: Option<&str>) -> String {
        match (self, variant) {
            (Lang::En, Some(v)) => format!("What {party} owns: {title} ({v})"),
            (Lang::En, None) => format!("What {party} owns: {title}"),
            (Lang::Fr, Some(v)) => format!("Ce qui revient à {party}\u{a0}: {title} ({v})"),
            (Lang::Fr, None) => format!("Ce qui revient à {party}\u{a0}: {title}"),
        }
    }

    /// The coverage table's caption, with the chosen variant if any.
    pub fn who_holds(self, title: &str, variant: Option<&str>) -> String {
        match (self, variant) {
            (Lang::En, Some(v)) => format!("{title}: who holds each service ({v})"),
            (Lang::En, None) => format!("{title}: who holds each service"),
            (Lang::Fr, Some(v)) => format!("{title}\u{a0}: qui tient chaque service ({v})"),
            (Lang::Fr, None) => format!("{title}\u{a0}: qui tient chaque service"),
        }
    }
}
