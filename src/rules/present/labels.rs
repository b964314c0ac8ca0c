//! The table's wording around the cells: column heads, caption, section
//! labels, the party-kind colour and a row's owner role, each built once for
//! the table, the other views and the exports.

use super::cell::{inference_title, INFERENCE_MARK};
use crate::rules::state::ViewState;
use rm_format::model::{
    Column, Inference, Offering, Party, PartyKind, Role, Row, Section, VariantDimension,
};

/// One header cell of the table, one column of the export grid.
///
/// The table renders it as `<th scope="col" class="rm-col" data-rm-col={col}>`
/// (`rm-col--emphasised` when `emphasised`) with `label`, titled
/// [`ColumnHead::title`], followed by a `rm-chosen` " (chosen)" when `chosen`
/// and by the inference mark (`rm-inference-mark`, as a cell shows it) when
/// the column itself is our inference.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnHead<'a> {
    /// The `data-rm-col`: the column id, or the party id in a split column.
    pub col: &'a str,
    /// The column's label, or the party's name in a split column.
    pub label: &'a str,
    /// The party a split column's head is for.
    pub party: Option<&'a Party>,
    /// The column's header as the source writes it, when it differs.
    pub source_label: Option<&'a str>,
    /// The chosen variant's column.
    pub emphasised: bool,
    /// Says " (chosen)" after the label: an emphasised column that is not split
    /// (a split column's heads name parties, not the variant).
    pub chosen: bool,
    /// Set when the column is our inference, not the source's (GOSS's per-OS
    /// columns): the head carries the inference mark.
    pub inference: Option<&'a Inference>,
}

impl ColumnHead<'_> {
    /// The tooltip: "Source header: …" when the source words it differently,
    /// and the inference's meaning and source sentence when inferred.
    pub fn title(&self, lang: crate::i18n::Lang) -> Option<String> {
        let lines: Vec<String> = self
            .source_label
            .map(|s| lang.source_header(s))
            .into_iter()
            .chain(self.inference.map(|i| inference_title(lang, i)))
            .collect();
        (!lines.is_empty()).then(|| lines.join("\n"))
    }

    /// The head in words, as exports write it: the label, with
    /// " (inferred)" after it when the column is our inference, as an
    /// inferred cell's words are written.
    pub fn text(&self) -> String {
        match self.inference {
            Some(_) => format!("{} ({INFERENCE_MARK})", self.label),
            None => self.label.to_string(),
        }
    }
}

/// The variant picker's label: the dimension's label, with " (inferred)"
/// after it when the source has no such choice and the picker is ours.
pub fn variant_picker_label(dim: &VariantDimension) -> String {
    match dim.inference {
        Some(_) => format!("{} ({INFERENCE_MARK})", dim.label),
        None => dim.label.to_string(),
    }
}

/// The heads of one column: one per party (in party order) when split by
/// party, one otherwise; the same count as [`super::cell_parts`] gives per row.
pub fn column_heads<'a>(
    o: &'a Offering,
    column: &'a Column,
    emphasised: bool,
) -> Vec<ColumnHead<'a>> {
    if column.split_by_party {
        return o
            .parties
            .iter()
            .map(|p| ColumnHead {
                col: &p.id,
                label: &p.name,
                party: Some(p),
                source_label: None,
                emphasised,
                chosen: false,
                inference: column.inference.as_ref(),
            })
            .collect();
    }
    vec![ColumnHead {
        col: &column.id,
        label: &column.label,
        party: None,
        source_label: column.source_label.as_deref(),
        emphasised,
        chosen: emphasised,
        inference: column.inference.as_ref(),
    }]
}

/// The table's caption: "<offering>: who is responsible for each service (<variant>)",
/// naming the variant as its picker does.
pub fn caption(lang: crate::i18n::Lang, o: &Offering, state: &ViewState) -> String {
    let variant = state.variant.as_deref().and_then(|v| o.variant(v));
    lang.matrix_caption(&o.title, variant.map(|v| &*v.label))
}

/// A section as its header row shows it: "3.1 Title" when numbered.
pub fn section_label(s: &Section) -> String {
    match &s.number {
        Some(n) => format!("{n} {}", s.title),
        None => s.title.to_string(),
    }
}

/// The CSS modifier of a party's kind (`rm-badge--{modifier}`, `rm-seg--{modifier}`).
pub fn party_kind_modifier(kind: PartyKind) -> &'static str {
    match kind {
        PartyKind::Provider => "provider",
        PartyKind::Customer => "customer",
        PartyKind::ThirdParty => "third",
    }
}

/// The role that owns a row (`owner_role: "party/role"`), with its party;
/// `None` when the row names none or the reference does not resolve.
pub fn owner_role<'a>(o: &'a Offering, row: &Row) -> Option<(&'a Party, &'a Role)> {
    let (party, role) = row.owner_role.as_deref()?.split_once('/')?;
    let p = o.party(party)?;
    Some((p, p.roles.iter().find(|r| r.id == role)?))
}
