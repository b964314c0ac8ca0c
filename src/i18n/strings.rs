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

    // Shared words.
    colon: ": ", "\u{a0}: ";
    and: " and ", " et ";
    cancel: "Cancel", "Annuler";
    service: "Service", "Service";
    provider: "Provider", "Fournisseur";
    customer: "Customer", "Client";
    owner: "Owner", "Responsable";
    note: "Note", "Note";
    note_label: "Note: ", "Note\u{a0}: ";
    print: "Print", "Imprimer";
    format_oscal: "OSCAL", "OSCAL";
    source_reading_chip: "source reading", "lecture de la source";

    // Under the table: roles, definitions, reference tables, the source.
    about_readings: "How the source was read", "Comment la source a été lue";
    about_definitions: "Definitions from the source", "Définitions de la source";
    about_data: "About this data", "À propos de ces données";
    source_heading: "Source", "Source";

    // The active filters and the empty state.
    filtered_by: "Filtered by", "Filtré par";
    clear_all: "Clear all", "Tout effacer";
    no_match: "No services match the search and filters.",
        "Aucun service ne correspond à la recherche et aux filtres.";

    // The legends.
    legend_raci: "RACI legend", "Légende RACI";
    raci_aside: "Definitions as the OVHcloud Managed Kubernetes responsibility model words them.",
        "Définitions telles que les formule le modèle de responsabilité d’OVHcloud Managed Kubernetes.";
    legend_qualifiers: "Qualifier legend", "Légende des qualificatifs";
    legend_marks: "Marks", "Symboles";
    legend_tick: "A tick: the party does it.", "Une coche\u{a0}: la partie s’en charge.";
    legend_reading: "The source is ambiguous, misspelled or flattened here; open the row to see its own words and the reading we chose.",
        "La source est ambiguë, mal orthographiée ou simplifiée ici\u{a0}; ouvrez la ligne pour voir ses propres mots et la lecture retenue.";
    shared_customer_meaning: "you and another party each do this or are accountable for it, or one does it coordinated with the other.",
        "vous et une autre partie le faites ou en répondez chacun, ou l’une le fait en coordination avec l’autre.";
    shared_providers_meaning: "two providers or third parties hold it between them; you hold no part of it.",
        "deux fournisseurs ou tiers se le partagent\u{a0}; vous n’en détenez aucune part.";
    /// The shared rule in one sentence (kept in step with `crate::rules::shared`).
    shared_rule: "A cell is shared when two or more parties hold a tick, R or A in it, or one acts “coordinated with” another; Consulted or Informed alone is not shared. A row is shared when one of its cells is. “Shared with customer only” keeps the rows shared with the customer.",
        "Une cellule est partagée quand au moins deux parties y ont une coche, un R ou un A, ou quand l’une agit «\u{a0}en coordination avec\u{a0}» une autre\u{a0}; Consulté ou Informé seul n’est pas un partage. Une ligne est partagée quand l’une de ses cellules l’est. «\u{a0}Partagé avec le client uniquement\u{a0}» garde les lignes partagées avec le client.";

    // Notices.
    matrix_refused: "This responsibility matrix could not be shown.",
        "Cette matrice de responsabilités n’a pas pu être affichée.";
    refused_details: "Details for the page’s editor", "Détails pour l’éditeur de la page";
    dismiss: "Dismiss", "Masquer";

    // Opening a matrix.
    paste_table_button: "Paste a table…", "Coller un tableau…";
    open_hint: "or drop a file here. Nothing is uploaded.", "ou déposez un fichier ici. Rien n’est envoyé.";
    reading_file: "Reading the file…", "Lecture du fichier…";
    drop_here: "Drop the file to open it here", "Déposez le fichier pour l’ouvrir ici";
    paste_title: "Paste a table", "Coller un tableau";
    paste_note: "Copy the table in your spreadsheet, on a web page or in a Markdown file, and paste it here: a header row (activity, then one column per party or scope), then one row per activity. Nothing is uploaded.",
        "Copiez le tableau depuis votre tableur, une page web ou un fichier Markdown, et collez-le ici\u{a0}: une ligne d’en-tête (l’activité, puis une colonne par partie ou périmètre), puis une ligne par activité. Rien n’est envoyé.";
    paste_label: "Table", "Tableau";
    read_table: "Read the table", "Lire le tableau";
    sections: "Sections", "Sections";
    scopes: "Scopes", "Périmètres";
    no_sections: "none", "aucune";
    no_scopes: "none", "aucun";
    detail_columns: "Detail columns", "Colonnes de détail";
    who_is_who: "Who is who", "Qui est qui";
    parties: "Parties", "Parties";
    readings_note: "How the file's words were read. They stay with the matrix, under its source credit.",
        "Comment les mots du fichier ont été lus. Ces lectures restent avec la matrice, sous la mention de sa source.";
    readings_none: "None: every word was read as written.", "Aucune\u{a0}: chaque mot a été lu tel qu’il est écrit.";
    show_this_matrix: "Show this matrix", "Afficher cette matrice";
    kind_merged: "merged", "fusionnée";
    kind_provider: "provider", "fournisseur";
    kind_customer: "customer", "client";
    kind_third: "third party", "tiers";
    keep_own_party: "(keep as its own party)", "(garder comme partie distincte)";
    cannot_show_yet: "This matrix cannot be shown yet:", "Cette matrice ne peut pas encore être affichée\u{a0}:";

    // The table, its cells and a row's details.
    matrix_label: "Responsibility matrix", "Matrice de responsabilités";
    has_reading: "Has a source reading", "Comporte une lecture de la source";
    not_assigned: "Not assigned", "Non attribué";
    yes: "Yes", "Oui";
    chosen: " (chosen)", " (choisi)";
    reading_chip_title: "The source is ambiguous or misspelled here; open the row to see how it was read.",
        "La source est ambiguë ou mal orthographiée ici\u{a0}; ouvrez la ligne pour voir comment elle a été lue.";
    owned_by: "Owned by: ", "Revient à\u{a0}: ";
    source_reading_label: "Source reading: ", "Lecture de la source\u{a0}: ";
    blank_in_source: "(blank in the source)", "(vide dans la source)";
    reading_label: " Reading: ", " Lecture\u{a0}: ";
    inference_label: " Our inference, not the source's words: ", " Notre déduction, pas les mots de la source\u{a0}: ";
    inferred_from: " Inferred from: ", " Déduit de\u{a0}: ";
    inference_meaning: "Our inference: the source does not say this; we inferred it from the source sentence quoted in the row's details.",
        "Notre déduction\u{a0}: la source ne le dit pas\u{a0}; nous l’avons déduit de la phrase de la source citée dans le détail de la ligne.";
    no_value: "No value in the data.", "Aucune valeur dans les données.";
    here: "here", "ici";
    not_assigned_in_sentence: "not assigned", "non attribué";
    does_it: "does it", "le fait";
    as_role: "as", "en tant que";
    row_marks_heading: "What the marks in this row mean", "Ce que signifient les symboles de cette ligne";
    domain_label: "Domain: ", "Domaine\u{a0}: ";
    source_says: "What the source says", "Ce que dit la source";

    // What do I own?
    nothing_to_clear: "Nothing to clear.", "Rien à effacer.";
    whose: "Whose responsibilities", "Responsabilités de";
    store_note: "Ticks, owners and notes are stored only in this browser, for this offering, type and party.",
        "Les coches, responsables et notes sont enregistrés uniquement dans ce navigateur, pour cette offre, ce type et cette partie.";
    restore_from_file: "Restore from a file…", "Restaurer depuis un fichier…";
    clear: "Clear", "Effacer";
    restored_cleared: "Restored what Clear removed.", "Ce qu’Effacer avait retiré est rétabli.";
    undo_clear: "Undo clear", "Annuler l’effacement";
    done: "Done", "Fait";

    // Compare.
    compare_with: "Compare with", "Comparer avec";
    changes_only: "Changes only", "Changements seulement";
    nothing_to_compare: "There is nothing to compare this offering with.",
        "Il n’y a rien à comparer avec cette offre.";
    other_offerings: "Other offerings", "Autres offres";
    does_not_apply: "Does not apply", "Ne s’applique pas";
    nobody: "Nobody", "Personne";
    same: "Same", "Identique";
    changed: "Changed", "Modifié";
    change: "Change", "Changement";
    comparison: "Comparison", "Comparaison";
    none_shown_filters: "None shown with these filters", "Aucun affiché avec ces filtres";

    // Coverage.
    not_applicable: "N/A", "Sans objet";
    unassigned: "Unassigned", "Non attribué";
    key: "Key", "Légende";
    coverage_table: "Coverage table", "Tableau de couverture";
    total: "Total", "Total";
    chart: "Chart", "Graphique";
    file_unreadable: "the browser could not read the file", "le navigateur n’a pas pu lire le fichier";
    no_sheet_reader: "this page cannot read XLSX or ODS files (its build has no spreadsheet reader); save the sheet as CSV and open that, or run `rmx import` on it",
        "cette page ne sait pas lire les fichiers XLSX ou ODS (sa version n’a pas de lecteur de tableur)\u{a0}; enregistrez la feuille en CSV et ouvrez-la, ou lancez `rmx import` dessus";
    unknown_error: "unknown error", "erreur inconnue";
    sheet_no_answer: "the spreadsheet reader gave no answer", "le lecteur de tableur n’a pas répondu";
    download_refused: "the browser refused the download", "le navigateur a refusé le téléchargement";

    // Words the rules use.
    filter_section: "Section", "Section";
    filter_party: "Party", "Partie";
    filter_shared_only: "Shared with the customer only", "Partagé avec le client uniquement";
    variant: "Variant", "Variante";
    every_service: "No search or filters: every service", "Ni recherche ni filtre\u{a0}: tous les services";
    divided: "Divided by column", "Réparti par colonne";

    // The keyboard shortcuts, as the help lists them.
    key_search: "Focus the search box", "Aller au champ de recherche";
    key_compare: "Switch between the table and the compare view", "Passer du tableau à la comparaison et inversement";
    key_call_mode: "Switch customer-call mode on or off", "Activer ou désactiver le mode appel client";
    key_help: "Show these keyboard shortcuts", "Afficher ces raccourcis clavier";
    key_esc: "Esc", "Échap";
    key_close_help: "Close this help", "Fermer cette aide";
    key_arrows: "Arrow keys", "Flèches";
    key_arrows_do: "Move between the table's cells", "Se déplacer entre les cellules du tableau";
    key_home_end: "Home / End", "Début / Fin";
    key_home_end_do: "First or last cell of the row", "Première ou dernière cellule de la ligne";
    key_ctrl_home_end: "Ctrl+Home / Ctrl+End", "Ctrl+Début / Ctrl+Fin";
    key_ctrl_home_end_do: "First or last cell of the table", "Première ou dernière cellule du tableau";
    key_pages: "Page Up / Page Down", "Page préc. / Page suiv.";
    key_pages_do: "Ten rows up or down", "Dix lignes plus haut ou plus bas";
    key_enter: "Enter", "Entrée";
    key_enter_do: "Open the row's details", "Ouvrir le détail de la ligne";
    key_back_do: "From the details, back to the cell", "Du détail, revenir à la cellule";
}
