//! The sentences the rules build, in French: the same counts and names as in
//! English, worded by the catalog, with French typography.

use responsibility_matrix::catalog::{self, offering};
use responsibility_matrix::i18n::Lang;
use responsibility_matrix::io::{embed, url_state};
use responsibility_matrix::rules::active_filters::active_filters;
use responsibility_matrix::rules::checklist_marks::{Mark, RestoreReport, RestoredItem};
use responsibility_matrix::rules::compare::{
    align_by_domain, offering_summary, variant_changes, variant_summary,
};
use responsibility_matrix::rules::coverage::coverage;
use responsibility_matrix::rules::grid_nav::grid_keys;
use responsibility_matrix::rules::keys::shortcuts;
use responsibility_matrix::rules::present::{cell_description, cell_parts};
use responsibility_matrix::rules::print_summary;
use responsibility_matrix::rules::state::ViewState;
use rm_format::model::{Domain, Qualifier};

/// French puts a non-breaking space before `:` `;` `?` `!` (none after a URL's scheme here).
fn french_typography(text: &str) {
    for mark in [':', '?', '!', ';'] {
        for (i, _) in text.match_indices(mark) {
            let before = text[..i].chars().last();
            assert!(
                before.is_none() || before == Some('\u{a0}'),
                "“{text}” needs a non-breaking space before {mark}"
            );
        }
    }
}

fn decode(hash: &str) -> ViewState {
    let (state, problems) = url_state::decode(hash, "vmware", catalog::offering);
    assert!(problems.is_empty(), "{problems:?}");
    state
}

#[test]
fn the_variant_summary_counts_the_same_in_french() {
    let o = offering("vmware").expect("vmware");
    let changes = variant_changes(o, "supported-os", "unsupported-os");
    let en = variant_summary(Lang::En, o, "supported-os", "unsupported-os", &changes);
    let fr = variant_summary(Lang::Fr, o, "supported-os", "unsupported-os", &changes);
    assert!(en.starts_with("14 services change"), "{en}");
    assert_eq!(
        fr,
        "14 services passent de Supported guest OS à Unsupported guest OS\u{a0}; \
         11 passent de Rackspace à Customer."
    );
    french_typography(&fr);
    let none = variant_summary(Lang::Fr, o, "supported-os", "supported-os", &[]);
    assert_eq!(
        none,
        "Aucun service ne change de mains entre Supported guest OS et Supported guest OS."
    );
    let hv = offering("hyper-v").expect("hyper-v");
    let changes = variant_changes(hv, "managed-vm", "unmanaged-vm");
    let fr = variant_summary(Lang::Fr, hv, "managed-vm", "unmanaged-vm", &changes);
    assert!(
        fr.starts_with("1 service passe de Managed VM à Unmanaged VM\u{a0};")
            && fr.ends_with("7 services ne s’appliquent qu’à Managed VM, 3 qu’à Unmanaged VM."),
        "{fr}"
    );
}

#[test]
fn the_offering_summary_counts_domains_in_french() {
    let vm = offering("vmware").expect("vmware");
    let hv = offering("hyper-v").expect("hyper-v");
    let aligned = align_by_domain(vm, hv);
    let fr = offering_summary(Lang::Fr, vm, hv, &aligned);
    assert!(
        fr.starts_with(&format!("{} domaines\u{a0}: ", aligned.len())),
        "{fr}"
    );
    assert!(fr.contains(&format!("seulement par {}", vm.title)), "{fr}");
    french_typography(&fr);
}

#[test]
fn active_filters_and_the_print_header_read_in_french() {
    let o = offering("hyper-v").expect("hyper-v");
    let state = decode("o=hyper-v&q=patch&dom=network&shared=1");
    let labels: Vec<String> = active_filters(Lang::Fr, &state, o)
        .into_iter()
        .map(|f| f.label)
        .collect();
    assert_eq!(
        labels,
        [
            "Recherche\u{a0}: «\u{a0}patch\u{a0}»",
            "Domaine\u{a0}: Réseau",
            "Partagé avec le client uniquement"
        ]
    );
    let english: Vec<String> = active_filters(Lang::En, &state, o)
        .into_iter()
        .map(|f| f.label)
        .collect();
    assert_eq!(english[1], "Domain: Network");
    let printed = print_summary::lines(Lang::Fr, &ViewState::for_offering("vmware"), o);
    assert_eq!(printed, ["Ni recherche ni filtre\u{a0}: tous les services"]);
}

#[test]
fn keyboard_help_lists_the_same_keys_in_french() {
    let (en, fr) = (shortcuts(Lang::En), shortcuts(Lang::Fr));
    for ((ke, de), (kf, df)) in en.iter().zip(&fr) {
        assert_ne!(de, df, "{de} is not translated");
        // Single-character keys are the keys themselves; named keys are translated.
        assert!(
            ke.chars().count() == 1 && ke == kf || ke != kf,
            "{ke} / {kf}"
        );
    }
    for ((_, de), (_, df)) in grid_keys(Lang::En).iter().zip(&grid_keys(Lang::Fr)) {
        assert_ne!(de, df, "{de} is not translated");
    }
    assert_eq!(fr[4].0, "Échap");
}

#[test]
fn coverage_and_a_restore_report_read_in_french() {
    let o = offering("ovhcloud-kubernetes").expect("kubernetes");
    let state = ViewState::for_offering(&o.id);
    let (en, fr) = (coverage(Lang::En, o, &state), coverage(Lang::Fr, o, &state));
    assert_eq!(en[0].title, "All sections");
    assert_eq!(fr[0].title, "Toutes les sections");
    assert_eq!(
        en[0].total(),
        fr[0].total(),
        "the counts do not depend on the language"
    );
    let report = RestoreReport {
        restored: 2,
        unknown: vec![RestoredItem {
            row_id: "gone".into(),
            activity: "Old service".into(),
            mark: Mark::default(),
        }],
    };
    let fr = report.message(Lang::Fr, "liste.md");
    assert_eq!(
        fr,
        "2 éléments restaurés depuis liste.md. 1 élément du fichier n’est pas dans cette \
         liste et n’a pas été restauré\u{a0}: «\u{a0}Old service\u{a0}» (gone)."
    );
    french_typography(&fr);
}

#[test]
fn the_vocabulary_has_french_words() {
    for d in Domain::ALL {
        assert_ne!(Lang::Fr.domain(d), Lang::En.domain(d), "{d:?}");
    }
    for q in Qualifier::ALL {
        assert_ne!(Lang::Fr.qualifier(q), q.label(), "{q:?}");
        let fr = Lang::Fr.qualifier_explanation(q);
        assert_ne!(fr, q.explanation(), "{q:?}");
        french_typography(fr);
    }
    for ch in ['R', 'A', 'C', 'I'] {
        assert_ne!(Lang::Fr.raci_name(ch), Lang::En.raci_name(ch));
        assert!(!Lang::Fr.raci_meaning(ch).is_empty());
    }
}

#[test]
fn ignored_link_and_attribute_values_are_said_in_french() {
    let hash = "o=hyper-v&sec=nope&dom=zz&shared=2&view=grid&%zz";
    let (state_en, en) = url_state::decode_in(Lang::En, hash, "vmware", catalog::offering);
    let (state_fr, fr) = url_state::decode_in(Lang::Fr, hash, "vmware", catalog::offering);
    assert_eq!(
        state_en, state_fr,
        "the language changes words, not the view"
    );
    assert_eq!(en.len(), 5, "{en:?}");
    assert_eq!(en.len(), fr.len());
    assert!(
        fr.contains(&"Section inconnue «\u{a0}nope\u{a0}» dans le lien\u{a0}; affichage de toutes les sections.".to_string()),
        "{fr:?}"
    );
    for (e, f) in en.iter().zip(&fr) {
        assert_ne!(e, f);
        french_typography(f);
    }
    let (_, en) = url_state::decode(hash, "vmware", catalog::offering);
    assert!(en
        .iter()
        .any(|n| n == "Unknown domain “zz” in the link; showing all domains."));
    let attrs = [
        ("offering".to_string(), "nope".to_string()),
        ("theme".to_string(), "pink".to_string()),
    ];
    let (_, _, fr) = embed::read_attributes_in(Lang::Fr, &attrs, "vmware", catalog::offering);
    assert_eq!(
        fr,
        [
            "Offre inconnue «\u{a0}nope\u{a0}» dans les attributs de l’élément\u{a0}; affichage de l’offre par défaut.",
            "theme=«\u{a0}pink\u{a0}» doit valoir light, dark ou auto\u{a0}; le réglage du système s’applique.",
        ]
    );
}

#[test]
fn a_focused_cell_is_described_in_french() {
    let o = offering("vmware").expect("vmware");
    let (_, r) = o.rows().find(|(_, r)| r.id == "patching").expect("row");
    let c = o.column("physical-server").expect("column");
    let sub = &cell_parts(o, r, c, |_| true)[0];
    assert_eq!(
        cell_description(Lang::En, "Patching", sub),
        "Patching, Physical server: Rackspace: does it, coordinated with Customer. Shared with the customer."
    );
    let fr = cell_description(Lang::Fr, "Patching", sub);
    assert_eq!(
        fr,
        "Patching, Physical server\u{a0}: Rackspace\u{a0}: le fait, coordonné avec Customer. Partagé avec le client."
    );
    french_typography(&fr);
}
