//! The interface's catalog: French is complete and follows French
//! typography, language tags resolve. (No interface string is written in a UI
//! file instead of the catalog: [`crate::i18n_scan`].)

use responsibility_matrix::i18n::{strings, Lang};

/// French words spelled as in English (proper names, shared technical terms).
const SAME_IN_FRENCH: &[&str] = &[
    "section",
    "service",
    "note",
    "format_oscal",
    "source_heading",
    "sections",
    "parties",
    "total",
    "filter_section",
];

#[test]
fn french_translates_every_string() {
    let en = strings::EN.entries();
    let fr = strings::FR.entries();
    assert_eq!(en.len(), fr.len());
    assert!(en.len() >= 30, "{}", en.len());
    for ((name, e), (_, f)) in en.iter().zip(&fr) {
        assert!(!f.trim().is_empty(), "{name} has no French");
        if !SAME_IN_FRENCH.contains(name) {
            assert_ne!(e, f, "{name} is still English in French");
        }
    }
}

#[test]
fn french_typography_puts_a_non_breaking_space_before_high_punctuation() {
    for (name, text) in strings::FR.entries() {
        for mark in [':', '?', '!', ';'] {
            for (i, _) in text.match_indices(mark) {
                let before = text[..i].chars().last();
                assert!(
                    before.is_none() || before == Some('\u{a0}'),
                    "{name}: “{text}” needs a non-breaking space before {mark}"
                );
            }
        }
    }
}

#[test]
fn language_tags_resolve_to_a_language_the_widget_speaks() {
    assert_eq!(Lang::parse("fr"), Some(Lang::Fr));
    assert_eq!(Lang::parse(" FR-ca "), Some(Lang::Fr));
    assert_eq!(Lang::parse("fr_BE"), Some(Lang::Fr));
    assert_eq!(Lang::parse("en-GB"), Some(Lang::En));
    assert_eq!(Lang::parse("fry"), None);
    assert_eq!(Lang::parse(""), None);
    assert_eq!(Lang::from_preferences(&["de-DE", "fr-FR", "en"]), Lang::Fr);
    assert_eq!(Lang::from_preferences(&["de", "nl"]), Lang::En);
    assert_eq!(Lang::from_preferences::<&str>(&[]), Lang::En);
    assert_eq!(Lang::Fr.code(), "fr");
}

#[test]
fn an_unknown_lang_attribute_shows_english_with_a_notice() {
    assert_eq!(Lang::from_attribute(None), (Lang::En, None));
    assert_eq!(Lang::from_attribute(Some(" ")), (Lang::En, None));
    assert_eq!(Lang::from_attribute(Some("fr")), (Lang::Fr, None));
    let (lang, notice) = Lang::from_attribute(Some("klingon"));
    assert_eq!(lang, Lang::En);
    assert!(notice.is_some_and(|n| n.contains("“klingon”")));
}

#[test]
fn strings_with_arguments_read_naturally_in_each_language() {
    assert_eq!(Lang::En.count(3, 12), "3 of 12 services");
    assert_eq!(Lang::Fr.count(3, 12), "3 services sur 12");
    assert_eq!(
        Lang::En.more_filters_active("More filters", 2),
        "More filters (2 active)"
    );
    assert_eq!(
        Lang::Fr.more_filters_active("Plus de filtres", 1),
        "Plus de filtres (1 actif)"
    );
    assert_eq!(
        Lang::Fr.more_filters_active("Plus de filtres", 2),
        "Plus de filtres (2 actifs)"
    );
    assert_eq!(
        Lang::Fr.where_responsible("OVHcloud"),
        "Là où OVHcloud est responsable"
    );
    assert_eq!(
        Lang::Fr.copy_this_link("https://x/#a"),
        "Copiez ce lien\u{a0}: https://x/#a"
    );
}
