//! Every fixed interface string, English then French, one line each.
//!
//! French follows French typography: a non-breaking space (U+00A0) before
//! `:` `?` `!` and inside « », and the curly apostrophe.

/// Declares [`Texts`] and its tables from `field: "English", "French";` lines,
/// so a string cannot be added to one language and forgotten in the other.
macro_rules! texts {
    ($( $(#[$doc:meta])* $name:ident: $en:literal, $fr:literal; )*) => {
        /// The interface's fixed strings in one language.
        #[derive(Debug)]
        pub struct Texts {
            $( $(#[$doc])* pub $name: &'static str, )*
        }

        /// English (the default, and the prerendered pages' language).
        pub const EN: Texts = Texts { $( $name: $en, )* };
        /// French.
        pub const FR: Texts = Texts { $( $name: $fr, )* };

        impl Texts {
            /// Every string with its field name, in declaration order.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$( (stringify!($name), self.$name), )*]
            }
        }
    };
}

texts! {
    // A feature whose chunk is loading or did not load.
    chunk_retry: "Try again", "Réessayer";
    open_matrix_title: "Open a matrix…", "Ouvrir une matrice…";
    // The view switch, call mode and help button.
    views_group: "Views", "Vues";
    view_table: "Table", "Tableau";
    view_compare: "Compare", "Comparer";
    view_own: "What do I own?", "Qu’est-ce qui me revient\u{a0}?";
    view_coverage: "Coverage", "Couverture";
    call_mode_title: "Customer-call mode: large type, high contrast, fewer controls (p)",
        "Mode appel client\u{a0}: grands caractères, contraste élevé, moins de commandes (p)";
    call_mode: "Call mode", "Mode appel";
    call_mode_exit: "Exit call mode", "Quitter le mode appel";
    shortcuts_button: "Shortcuts ", "Raccourcis ";

    // The help overlay.
    help_title: "Keyboard shortcuts", "Raccourcis clavier";
    help_note: "Shortcuts do nothing while you type in a field or hold Ctrl, Alt or Meta.",
        "Les raccourcis sont sans effet pendant la saisie dans un champ ou quand Ctrl, Alt ou Méta est enfoncée.";
    help_in_table: "In the table", "Dans le tableau";
    close: "Close", "Fermer";

    // The export bar.
    export_legend: "Export this view", "Exporter cette vue";

    // The controls above the table.
    more_filters: "More filters", "Plus de filtres";
    more_filters_export: "More filters and export", "Plus de filtres et export";
    reset_filters: "Reset filters", "Réinitialiser les filtres";
    shared_only: "Shared with customer only", "Partagé avec le client uniquement";
    offering: "Offering", "Offre";
    supplied_group: "Supplied by this page", "Fournie par cette page";
    opened_group: "Opened by you", "Ouverte par vous";
    all_types: "All types", "Tous les types";
    other_columns: "Show the other types’ columns", "Afficher les colonnes des autres types";
    search_label: "Search services", "Rechercher des services";
    search_placeholder: "e.g. patch, backup, firewall", "p.\u{a0}ex. correctif, sauvegarde, pare-feu";
    section: "Section", "Section";
    all_sections: "All sections", "Toutes les sections";
    domain: "Domain", "Domaine";
    all_domains: "All domains", "Tous les domaines";
    party: "Responsible party", "Partie responsable";
    any_party: "Any party", "Toute partie";
    copy_link: "Copy link", "Copier le lien";
    link_copied: "Link copied.", "Lien copié.";
}
