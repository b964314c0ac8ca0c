//! The sentences the rules build, in words: the rules count and name (plain,
//! natively tested); these functions say it in each language.

use super::{s, Lang};
use crate::rules::compare::VariantSummary;

impl Lang {
    /// A variant comparison's summary sentence.
    pub fn variant_summary(self, v: &VariantSummary) -> String {
        let (a, b) = (&v.a, &v.b);
        let mut out = match (self, v.changed) {
            (Lang::En, 0) => format!("No service changes hands between {a} and {b}"),
            (Lang::En, 1) => format!("1 service changes from {a} to {b}"),
            (Lang::En, n) => format!("{n} services change from {a} to {b}"),
            (Lang::Fr, 0) => format!("Aucun service ne change de mains entre {a} et {b}"),
            (Lang::Fr, 1) => format!("1 service passe de {a} à {b}"),
            (Lang::Fr, n) => format!("{n} services passent de {a} à {b}"),
        };
        let moved = |n: usize| match (self, n) {
            (Lang::En, 0) => "none move".to_string(),
            (Lang::En, 1) => "1 moves".to_string(),
            (Lang::En, n) => format!("{n} move"),
            (Lang::Fr, 0) => "aucun ne passe".to_string(),
            (Lang::Fr, 1) => "1 passe".to_string(),
            (Lang::Fr, n) => format!("{n} passent"),
        };
        let from_to = |m: String, x: &str, y: &str| match self {
            Lang::En => format!("{m} from {x} to {y}"),
            Lang::Fr => format!("{m} de {x} à {y}"),
        };
        let semicolon = match self {
            Lang::En => "; ",
            Lang::Fr => "\u{a0}; ",
        };
        if let Some((provider, customer, to_customer, to_provider)) = &v.moves {
            out.push_str(semicolon);
            out.push_str(&from_to(moved(*to_customer), provider, customer));
            if *to_provider > 0 {
                out.push_str(", ");
                out.push_str(&from_to(moved(*to_provider), customer, provider));
            }
        }
        out.push('.');
        if v.only_a + v.only_b > 0 {
            out.push_str(&match self {
                Lang::En => {
                    let apply = match v.only_a {
                        0 => "No service applies".to_string(),
                        1 => "1 service applies".to_string(),
                        n => format!("{n} services apply"),
                    };
                    let other = match v.only_b {
                        0 => "none".to_string(),
                        n => n.to_string(),
                    };
                    format!(" {apply} only to {a}, {other} only to {b}.")
                }
                Lang::Fr => {
                    let apply = match v.only_a {
                        0 => "Aucun service ne s’applique".to_string(),
                        1 => "1 service ne s’applique".to_string(),
                        n => format!("{n} services ne s’appliquent"),
                    };
                    let other = match v.only_b {
                        0 => "aucun".to_string(),
                        n => n.to_string(),
                    };
                    format!(" {apply} qu’à {a}, {other} qu’à {b}.")
                }
            });
        }
        out
    }

    /// An offering comparison's summary: how many domains each side covers.
    pub fn offering_summary(
        self,
        domains: usize,
        both: usize,
        (only_left, left): (usize, &str),
        (only_right, right): (usize, &str),
    ) -> String {
        let n = |k: usize| match (self, k) {
            (Lang::En, 0) => "none".to_string(),
            (Lang::Fr, 0) => "aucun".to_string(),
            (_, k) => k.to_string(),
        };
        match self {
            Lang::En => format!(
                "{domains} domain{}: {} covered by both, {} only by {left}, {} only by {right}.",
                s(domains),
                n(both),
                n(only_left),
                n(only_right)
            ),
            Lang::Fr => format!(
                "{domains} domaine{}\u{a0}: {} couvert{} par les deux, {} seulement par {left}, {} seulement par {right}.",
                s(domains),
                n(both),
                if both > 1 { "s" } else { "" },
                n(only_left),
                n(only_right)
            ),
        }
    }

    /// An active search, as its chip reads.
    pub fn filter_search(self, query: &str) -> String {
        match self {
            Lang::En => format!("Search: “{query}”"),
            Lang::Fr => format!("Recherche\u{a0}: «\u{a0}{query}\u{a0}»"),
        }
    }

    /// An active filter, as its chip reads: "Domain: Network".
    pub fn filter_named(self, what: &str, value: &str) -> String {
        format!("{what}{}{value}", self.texts().colon)
    }

    /// The sentence after a checklist restore: how many items, and every item
    /// not restored (already quoted and named).
    pub fn restored(self, n: usize, file: &str, unknown: &[String]) -> String {
        let m = unknown.len();
        let names = unknown.join(", ");
        match self {
            Lang::En => {
                let mut text = format!("Restored {n} item{} from {file}.", s(n));
                if m > 0 {
                    text.push_str(&format!(
                        " {m} item{} of the file {} not on this checklist and {} not restored: {names}.",
                        s(m),
                        if m == 1 { "is" } else { "are" },
                        if m == 1 { "was" } else { "were" },
                    ));
                }
                text
            }
            Lang::Fr => {
                let mut text = format!("{n} élément{0} restauré{0} depuis {file}.", s(n));
                if m > 0 {
                    text.push_str(&format!(
                        " {m} élément{0} du fichier {1} pas dans cette liste et {2} pas été restauré{0}\u{a0}: {names}.",
                        s(m),
                        if m == 1 { "n’est" } else { "ne sont" },
                        if m == 1 { "n’a" } else { "n’ont" },
                    ));
                }
                text
            }
        }
    }
}
