//! Assembles an imported offering: sections in first-seen order, unique row
//! ids, domains (given or inferred, inference recorded), variants and roles
//! named by rows, parties with their kinds, and the import's readings.

use super::words::norm;
use super::{file_stem, slug, Grid, ImportOptions, PartyBook};
use crate::model::{
    CellEntry, Column, Domain, Note, NoteKind, Offering, ReferenceTable, Row, Section, Source,
    Text, Variant, VariantDimension,
};
use crate::validate::is_valid_id;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

pub struct Builder {
    file: String,
    options: ImportOptions,
    format: String,
    /// The provenance the file states, if it lists one.
    source: Option<Source>,
    pub notes: Vec<String>,
    reference_tables: Vec<ReferenceTable>,
    sections: Vec<Section>,
    section_index: HashMap<String, usize>,
    row_ids: HashSet<String>,
    variants: Vec<String>,
    inferred_domains: usize,
}

impl Builder {
    pub fn new(file: &str, options: &ImportOptions, grid: &Grid) -> Self {
        Builder {
            file: file.to_string(),
            options: options.clone(),
            format: grid.format.clone(),
            source: grid.source.clone(),
            notes: grid.notes.clone(),
            reference_tables: grid.reference_tables.clone(),
            sections: Vec::new(),
            section_index: HashMap::new(),
            row_ids: HashSet::new(),
            variants: Vec::new(),
            inferred_domains: 0,
        }
    }

    pub fn reading(&mut self, text: String) {
        self.notes.push(text);
    }

    /// The index of the section titled `title` (created on first sight).
    pub fn section(&mut self, title: &str, id: &str, number: &str, variants: &str) -> usize {
        let id = if id.trim().is_empty() {
            slug(title)
        } else {
            id.trim().to_string()
        };
        if let Some(&i) = self.section_index.get(&id) {
            return i;
        }
        let variants = self.variant_list(variants);
        self.sections.push(Section {
            id: Cow::Owned(id.clone()),
            number: (!number.trim().is_empty()).then(|| Cow::Owned(number.trim().to_string())),
            title: Cow::Owned(title.to_string()),
            description: None,
            variants: Cow::Owned(variants),
            notes: Cow::Owned(Vec::new()),
            rows: Cow::Owned(Vec::new()),
        });
        self.section_index.insert(id, self.sections.len() - 1);
        self.sections.len() - 1
    }

    /// Variant ids a column names.
    pub fn register_variants(&mut self, ids: &[Text]) {
        for v in ids {
            if !self.variants.iter().any(|x| x == &**v) {
                self.variants.push(v.to_string());
            }
        }
    }

    fn variant_list(&mut self, text: &str) -> Vec<Text> {
        text.split([' ', ','])
            .filter(|v| !v.trim().is_empty())
            .map(|v| {
                let id = slug(v);
                if !self.variants.contains(&id) {
                    self.variants.push(id.clone());
                }
                Cow::Owned(id)
            })
            .collect()
    }

    /// Adds a row to section `section`.
    #[allow(clippy::too_many_arguments)]
    pub fn row(
        &mut self,
        section: usize,
        id: &str,
        activity: &str,
        domain: &str,
        variants: &str,
        owner_role: &str,
        notes: &str,
        cells: Vec<CellEntry>,
        book: &mut PartyBook,
    ) -> Result<(), String> {
        let mut row_notes: Vec<Note> = notes
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| match l.strip_prefix("Reading: ") {
                Some(text) => Note {
                    kind: NoteKind::Reading,
                    text: Cow::Owned(text.to_string()),
                },
                None => Note {
                    kind: NoteKind::Note,
                    text: Cow::Owned(l.to_string()),
                },
            })
            .collect();
        let mut reading = |text: String| {
            row_notes.push(Note {
                kind: NoteKind::Reading,
                text: Cow::Owned(text),
            })
        };
        let given = id.trim();
        let mut row_id = if is_valid_id(given) {
            given.to_string()
        } else {
            slug(if given.is_empty() { activity } else { given })
        };
        if !given.is_empty() && row_id != given {
            reading(format!(
                "The id “{given}” is written “{row_id}” (lower-case letters, digits and hyphens)."
            ));
        }
        if self.row_ids.contains(&row_id) {
            let base = row_id.clone();
            let mut n = 2;
            while self.row_ids.contains(&row_id) {
                let suffix = format!("-{n}");
                let keep = base.len().min(64 - suffix.len());
                row_id = format!("{}{suffix}", base[..keep].trim_end_matches('-'));
                n += 1;
            }
            if !given.is_empty() {
                reading(format!(
                    "The id “{given}” is used twice; this row's is “{row_id}”."
                ));
            }
        }
        let domain = match parse_domain(domain) {
            Some(d) => d,
            None => {
                let d = infer_domain(activity, &self.sections[section].title);
                if domain.trim().is_empty() {
                    self.inferred_domains += 1;
                } else {
                    reading(format!(
                        "The domain “{}” is not one of ours; “{}” inferred from the words.",
                        domain.trim(),
                        d.label()
                    ));
                }
                d
            }
        };
        let owner = match owner_role.trim() {
            "" => None,
            r => {
                let (party, role) = r
                    .split_once('/')
                    .ok_or_else(|| format!("owner role “{r}” should be party/role"))?;
                let (party_id, _) = book
                    .find(party)
                    .ok_or_else(|| format!("owner role “{r}” names no party of this file"))?;
                book.add_role(&party_id, role.trim());
                Some(Cow::Owned(format!("{party_id}/{}", role.trim())))
            }
        };
        let variants = self.variant_list(variants);
        self.row_ids.insert(row_id.clone());
        self.sections[section].rows.to_mut().push(Row {
            id: Cow::Owned(row_id),
            activity: Cow::Owned(activity.to_string()),
            domain,
            variants: Cow::Owned(variants),
            owner_role: owner,
            notes: Cow::Owned(row_notes),
            cells: Cow::Owned(cells),
        });
        Ok(())
    }

    /// The offering, with parties' kinds decided and every reading listed.
    pub fn finish(mut self, book: PartyBook, columns: Vec<Column>) -> Result<Offering, String> {
        if self.inferred_domains > 0 {
            self.notes.push(format!(
                "The file gives no domain for {} rows; each is inferred from the activity's words (our inference).",
                self.inferred_domains
            ));
        }
        let (parties, party_notes) = book.finish()?;
        let stem = file_stem(&self.file);
        let provider = parties
            .iter()
            .find(|p| p.kind == crate::model::PartyKind::Provider)
            .map_or_else(|| "Provider".to_string(), |p| p.name.to_string());
        let rows: usize = self.sections.iter().map(|s| s.rows.len()).sum();
        let seed_file = self.file.rsplit(['/', '\\']).next().unwrap_or(&self.file);
        let source = match self.source.take() {
            // The file's own provenance, with how we read it beside it.
            Some(stated) => Source {
                seed_file: Some(Cow::Owned(seed_file.to_string())),
                format: Some(Cow::Owned(self.format.clone())),
                ..stated
            },
            None => serde_json::from_value(serde_json::json!({
                "title": stem,
                "seed_file": seed_file,
                "format": self.format,
            }))
            .map_err(|e| format!("internal: source record: {e}"))?,
        };
        let variants = (!self.variants.is_empty()).then(|| VariantDimension {
            inference: None,
            label: Cow::Borrowed("Variant"),
            options: Cow::Owned(
                self.variants
                    .iter()
                    .map(|v| Variant {
                        id: Cow::Owned(v.clone()),
                        label: Cow::Owned(v.clone()),
                        description: None,
                    })
                    .collect(),
            ),
        });
        let mut notes: Vec<Note> = self
            .notes
            .into_iter()
            .map(|text| Note {
                kind: NoteKind::Reading,
                text: Cow::Owned(text),
            })
            .collect();
        notes.extend(party_notes);
        Ok(Offering {
            id: Cow::Owned(self.options.id.clone().unwrap_or_else(|| slug(stem))),
            title: Cow::Owned(
                self.options
                    .title
                    .clone()
                    .unwrap_or_else(|| stem.to_string()),
            ),
            provider: Cow::Owned(provider),
            summary: Cow::Owned(format!(
                "Imported from {} ({}): {rows} rows in {} sections.",
                self.file.rsplit(['/', '\\']).next().unwrap_or(&self.file),
                self.format,
                self.sections.len()
            )),
            source,
            parties: Cow::Owned(parties),
            columns: Cow::Owned(columns),
            variants,
            sections: Cow::Owned(self.sections),
            definitions: Cow::Owned(Vec::new()),
            reference_tables: Cow::Owned(self.reference_tables),
            notes: Cow::Owned(notes),
        })
    }
}

/// A domain by id or label, as written.
pub fn parse_domain(text: &str) -> Option<Domain> {
    let n = norm(text);
    Domain::from_id(&n.replace(' ', "-"))
        .or_else(|| Domain::ALL.into_iter().find(|d| norm(d.label()) == n))
}

/// Our inference of a domain from an activity's (and its section's) words.
pub fn infer_domain(activity: &str, section: &str) -> Domain {
    let text = format!("{} {}", activity, section).to_lowercase();
    const KEYS: &[(&[&str], Domain)] = &[
        (
            &[
                "backup",
                "restore",
                "replicat",
                "disaster",
                "recovery",
                "continuity",
                "snapshot",
            ],
            Domain::BackupAndContinuity,
        ),
        (
            &[
                "patch",
                "upgrade",
                "update",
                "change",
                "maintenance",
                "version",
            ],
            Domain::PatchingAndChange,
        ),
        (
            &["monitor", "alert", "logging", "log ", "audit"],
            Domain::Monitoring,
        ),
        (&["report"], Domain::Reporting),
        (
            &[
                "access",
                "user",
                "identity",
                "account",
                "password",
                "credential",
                "authenticat",
                "permission",
            ],
            Domain::Access,
        ),
        (
            &[
                "network",
                "firewall",
                "dns",
                "ip ",
                "routing",
                "load balanc",
                "vpn",
            ],
            Domain::Network,
        ),
        (
            &["storage", "disk", "volume", "san", "nas"],
            Domain::Storage,
        ),
        (
            &[
                "secur",
                "vulnerab",
                "malware",
                "antivirus",
                "encrypt",
                "incident",
            ],
            Domain::Security,
        ),
        (&["data", "database"], Domain::Data),
        (&["support", "ticket", "escalat"], Domain::Support),
        (
            &["decommission", "delete", "terminat", "retire", "export"],
            Domain::Decommission,
        ),
        (
            &[
                "provision",
                "deploy",
                "install",
                "build",
                "procure",
                "deliver",
                "create",
                "design",
            ],
            Domain::Provisioning,
        ),
    ];
    KEYS.iter()
        .find(|(words, _)| words.iter().any(|w| text.contains(w)))
        .map_or(Domain::Governance, |(_, d)| *d)
}
