//! The words for the data format's vocabulary (domains, qualifiers,
//! statuses, RACI letters) and the sharing verdicts, as the interface says
//! them. English is the vocabulary's own wording (`rm_format::vocab`,
//! [`crate::rules::shared`]), which exports keep; French is here.

use super::Lang;
use crate::rules::present::QualifierPart;
use crate::rules::shared::{SharedReason, SharedWith, Sharing};
use rm_format::model::{Domain, Qualifier, Status};

impl Lang {
    /// A domain's name.
    pub fn domain(self, d: Domain) -> &'static str {
        if self == Lang::En {
            return d.label();
        }
        match d {
            Domain::Provisioning => "Mise en service",
            Domain::Monitoring => "Supervision",
            Domain::Reporting => "Rapports",
            Domain::Access => "Accès",
            Domain::PatchingAndChange => "Correctifs et changements",
            Domain::Network => "Réseau",
            Domain::Storage => "Stockage",
            Domain::BackupAndContinuity => "Sauvegarde et continuité",
            Domain::Security => "Sécurité",
            Domain::Data => "Données",
            Domain::Support => "Assistance",
            Domain::Governance => "Gouvernance",
            Domain::Decommission => "Mise hors service",
            Domain::NotClassified => "Non classé",
        }
    }

    /// A qualifier's name.
    pub fn qualifier(self, q: Qualifier) -> &'static str {
        if self == Lang::En {
            return q.label();
        }
        match q {
            Qualifier::ReactiveOnly => "Réactif uniquement",
            Qualifier::Coordinated => "Coordonné",
            Qualifier::PerRequest => "Sur demande",
            Qualifier::Fee => "Payant",
            Qualifier::ReasonableEndeavour => "Moyens raisonnables",
            Qualifier::UnlessPurchased => "Sauf services achetés",
            Qualifier::AdviseOnly => "Conseil uniquement",
            Qualifier::Prerequisite => "Fournit un prérequis",
            Qualifier::CommunitySupport => "Support communautaire",
            Qualifier::QualifiedConfiguration => "Configuration qualifiée",
        }
    }

    /// What a qualifier means, in one sentence.
    pub fn qualifier_explanation(self, q: Qualifier) -> &'static str {
        if self == Lang::En {
            return q.explanation();
        }
        match q {
            Qualifier::ReactiveOnly => "Agit à réception d’une alerte ou d’un signalement\u{a0}; ne surveille pas de façon proactive.",
            Qualifier::Coordinated => "Réalisé avec l’autre partie, qui convient du calendrier et du périmètre.",
            Qualifier::PerRequest => "Fait uniquement à la demande du client.",
            Qualifier::Fee => "Facturé en plus du prix du service.",
            Qualifier::ReasonableEndeavour => "Au mieux, sans garantie de résultat.",
            Qualifier::UnlessPurchased => "À la charge du client, sauf si les services correspondants sont achetés au fournisseur.",
            Qualifier::AdviseOnly => "Donne uniquement des conseils et bonnes pratiques\u{a0}; leur mise en œuvre ne fait pas partie de cette responsabilité.",
            Qualifier::Prerequisite => "Fournit ce dont l’autre partie a besoin pour agir (identifiants, agent en service, adresse).",
            Qualifier::CommunitySupport => "Support communautaire uniquement\u{a0}; pas de gestion du cycle de vie par le fournisseur.",
            Qualifier::QualifiedConfiguration => "Garanti uniquement pour une configuration d’environnement qualifiée (production et hors production).",
        }
    }

    /// A status's name.
    pub fn status(self, s: &Status) -> &'static str {
        if self == Lang::En {
            return s.label();
        }
        match s {
            Status::NotApplicable => "Sans objet",
            Status::No => "Non",
            Status::Depends { .. } => "Dépend",
            Status::SameAs { .. } => "Comme",
            Status::CustomerSpecific => "Propre au client",
            Status::NotSpecified => "Non précisé dans la source",
        }
    }

    /// What a status means, in one sentence.
    pub fn status_explanation(self, s: &Status) -> &'static str {
        if self == Lang::En {
            return s.explanation();
        }
        match s {
            Status::NotApplicable => "Sans objet à ce niveau.",
            Status::No => "La source dit «\u{a0}Non\u{a0}»\u{a0}: personne ne le fait ici.",
            Status::Depends { .. } => {
                "Dépend d’un élément extérieur à la matrice (par exemple l’application)."
            }
            Status::SameAs { .. } => "Suit la responsabilité d’une autre colonne.",
            Status::CustomerSpecific => "Convenu individuellement avec chaque client.",
            Status::NotSpecified => {
                "La source laisse cette cellule vide\u{a0}; rien n’est supposé."
            }
        }
    }

    /// A RACI letter's name.
    pub fn raci_name(self, letter: char) -> &'static str {
        match (self, letter) {
            (Lang::En, _) => rm_format::vocab::raci_name(letter),
            (Lang::Fr, 'R') => "Réalise",
            (Lang::Fr, 'A') => "Approuve",
            (Lang::Fr, 'C') => "Consulté",
            (Lang::Fr, 'I') => "Informé",
            (Lang::Fr, _) => "",
        }
    }

    /// A RACI letter's definition (the OVHcloud source's, translated).
    pub fn raci_meaning(self, letter: char) -> &'static str {
        match (self, letter) {
            (Lang::En, _) => rm_format::vocab::raci_meaning(letter),
            (Lang::Fr, 'R') => "Est chargé de réaliser le processus",
            (Lang::Fr, 'A') => "Répond de la bonne fin du processus",
            (Lang::Fr, 'C') => "Est consulté pendant le processus",
            (Lang::Fr, 'I') => "Est informé des résultats du processus",
            (Lang::Fr, _) => "",
        }
    }

    /// A cell's qualifier inside a spoken sentence: "coordinated with Customer".
    pub fn qualifier_in_sentence(self, q: &QualifierPart) -> String {
        if self == Lang::En {
            return q.in_sentence();
        }
        let word = self.qualifier(q.qualifier).to_lowercase();
        // The label names the party a coordination is with, after its English words.
        match q.label.strip_prefix("Coordinated with ") {
            Some(with) if q.qualifier == Qualifier::Coordinated => format!("{word} avec {with}"),
            _ => word,
        }
    }

    /// With whom a cell is shared, as the legend, coverage and the mark's label say it.
    pub fn shared_with(self, with: SharedWith) -> &'static str {
        match (self, with) {
            (Lang::En, _) => with.label(),
            (Lang::Fr, SharedWith::Customer) => "Partagé avec le client",
            (Lang::Fr, SharedWith::Providers) => "Réparti entre fournisseurs",
        }
    }

    /// Why a cell is shared, for the mark's tooltip and the row details.
    pub fn sharing_explanation(self, s: Sharing) -> &'static str {
        if self == Lang::En {
            return s.explanation();
        }
        match (s.with, s.reason) {
            (SharedWith::Customer, SharedReason::SeveralHolders) => {
                "Partagé avec le client\u{a0}: le client et une autre partie le font ou en répondent chacun."
            }
            (SharedWith::Customer, SharedReason::Coordinated) => {
                "Partagé avec le client\u{a0}: une partie le fait, en coordination avec l’autre."
            }
            (SharedWith::Providers, SharedReason::SeveralHolders) => {
                "Réparti entre fournisseurs\u{a0}: deux fournisseurs ou tiers le détiennent\u{a0}; le client n’en détient aucune part."
            }
            (SharedWith::Providers, SharedReason::Coordinated) => {
                "Réparti entre fournisseurs\u{a0}: un fournisseur le fait, en coordination avec un autre\u{a0}; le client n’en détient aucune part."
            }
        }
    }
}
