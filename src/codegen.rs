//! Turns `data/*.json` into Rust statics (build time only).
//!
//! `build.rs` is a thin wrapper around [`build_catalog`]; native tests call the
//! same function on the bad fixtures in `tests/fixtures/`, so every validation
//! rule the build enforces is tested exactly as the build runs it.
//!
//! Each non-empty list becomes its own `static` array and is referenced with
//! `Cow::Borrowed(&NAME)`: statics may refer to statics, which keeps the output
//! independent of temporary-lifetime-extension rules.

use crate::load::parse_offering;
use crate::model::*;
use crate::validate::{validate_all, ValidationError};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The JSON files of a data directory, sorted, excluding the schema.
pub fn data_files(dir: &Path) -> Result<Vec<PathBuf>, ValidationError> {
    let entries = std::fs::read_dir(dir).map_err(|e| ValidationError {
        file: dir.display().to_string(),
        path: String::new(),
        reason: format!("cannot read the data directory: {e}"),
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .filter(|p| p.file_name().is_some_and(|n| n != "schema.json"))
        .collect();
    files.sort();
    Ok(files)
}

/// Reads, parses and validates every offering in `dir`.
pub fn load_dir(dir: &Path) -> Result<Vec<Offering>, Vec<ValidationError>> {
    load_dirs(&[(dir, "data")])
}

/// Like [`load_dir`] over several directories, each with the label its files
/// are reported under (`data/vmware.json`); offering ids must be unique across
/// all of them.
fn load_dirs(dirs: &[(&Path, &str)]) -> Result<Vec<Offering>, Vec<ValidationError>> {
    let mut errors = Vec::new();
    let mut loaded: Vec<(String, Offering)> = Vec::new();
    for (dir, label) in dirs {
        let (mut l, mut e) = load_files(dir, label);
        loaded.append(&mut l);
        errors.append(&mut e);
    }
    if let Err(mut e) = validate_all(loaded.iter().map(|(f, o)| (f.as_str(), o))) {
        // validate_all re-reports per-offering errors already caught by parse; keep cross-file ones.
        e.retain(|err| err.reason.starts_with("duplicate offering id"));
        errors.append(&mut e);
    }
    if errors.is_empty() {
        Ok(loaded.into_iter().map(|(_, o)| o).collect())
    } else {
        Err(errors)
    }
}

/// Reads and parses (which validates each offering) every file in `dir`:
/// the offerings that parsed, and every problem found. Files are named
/// `<label>/<file name>` in errors.
fn load_files(dir: &Path, label: &str) -> (Vec<(String, Offering)>, Vec<ValidationError>) {
    let files = match data_files(dir) {
        Ok(f) => f,
        Err(e) => return (Vec::new(), vec![e]),
    };
    if files.is_empty() {
        let error = ValidationError {
            file: dir.display().to_string(),
            path: String::new(),
            reason: "no offering files (*.json) found".into(),
        };
        return (Vec::new(), vec![error]);
    }
    let mut errors = Vec::new();
    let mut loaded: Vec<(String, Offering)> = Vec::new();
    for path in files {
        let name = format!(
            "{label}/{}",
            path.file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default()
        );
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                errors.push(ValidationError {
                    file: name,
                    path: String::new(),
                    reason: format!("cannot read: {e}"),
                });
                continue;
            }
        };
        match parse_offering(&name, &text) {
            Ok(o) => {
                let stem = path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if stem != *o.id {
                    errors.push(ValidationError {
                        file: name.clone(),
                        path: "id".into(),
                        reason: format!("id `{}` must match the file name `{stem}.json`", o.id),
                    });
                }
                loaded.push((name, o));
            }
            Err(mut e) => errors.append(&mut e),
        }
    }
    (loaded, errors)
}

/// Loads `dir` and returns the Rust source of the catalog module.
pub fn build_catalog(dir: &Path) -> Result<String, Vec<ValidationError>> {
    let offerings = load_dir(dir)?;
    Ok(generate(&offerings))
}

/// Like [`build_catalog`], with the offerings of several directories, in order:
/// `build.rs` passes `data/` and, when `RM_EXTRA_DATA_DIR` is set, that
/// directory too (the benchmark's synthetic matrices; see `bench/README.md`).
/// Every file is validated exactly as in `data/`; files of the first directory
/// are reported as `data/<file>`, the others under their own path.
pub fn build_catalog_dirs(dirs: &[&Path]) -> Result<String, Vec<ValidationError>> {
    let labels: Vec<String> = dirs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            if i == 0 {
                "data".into()
            } else {
                d.display().to_string()
            }
        })
        .collect();
    let pairs: Vec<(&Path, &str)> = dirs
        .iter()
        .copied()
        .zip(labels.iter().map(|l| l.as_str()))
        .collect();
    let offerings = load_dirs(&pairs)?;
    Ok(generate(&offerings))
}

/// Rust source declaring `pub static OFFERINGS: &[Offering]`.
pub fn generate(offerings: &[Offering]) -> String {
    let mut g = Gen::default();
    let items: Vec<String> = offerings.iter().map(|o| o.emit(&mut g)).collect();
    let mut out = String::new();
    out.push_str("// @generated by build.rs from data/*.json. Do not edit.\n");
    out.push_str(&g.statics);
    let _ = writeln!(
        out,
        "pub static OFFERINGS: [Offering; {}] = [{}];",
        items.len(),
        items.join(",\n")
    );
    out
}

#[derive(Default)]
struct Gen {
    statics: String,
    next: usize,
}

impl Gen {
    fn list<T: Emit>(&mut self, items: &[T]) -> String {
        if items.is_empty() {
            return "Cow::Borrowed(&[])".into();
        }
        let body: Vec<String> = items.iter().map(|i| i.emit(self)).collect();
        let name = format!("L{}", self.next);
        self.next += 1;
        let _ = writeln!(
            self.statics,
            "static {name}: [{}; {}] = [{}];",
            T::ty(),
            items.len(),
            body.join(", ")
        );
        format!("Cow::Borrowed(&{name})")
    }
}

/// A value that can be written as a Rust constant expression.
trait Emit {
    fn ty() -> String;
    fn emit(&self, g: &mut Gen) -> String;
}

impl Emit for Text {
    fn ty() -> String {
        "Text".into()
    }
    fn emit(&self, _: &mut Gen) -> String {
        // `Debug` for str yields a valid Rust string literal with escapes.
        format!("Cow::Borrowed({:?})", &**self)
    }
}

impl<T: Emit + Clone> Emit for List<T> {
    fn ty() -> String {
        format!("List<{}>", T::ty())
    }
    fn emit(&self, g: &mut Gen) -> String {
        g.list(self)
    }
}

impl<T: Emit> Emit for Option<T> {
    fn ty() -> String {
        format!("Option<{}>", T::ty())
    }
    fn emit(&self, g: &mut Gen) -> String {
        match self {
            Some(v) => format!("Some({})", v.emit(g)),
            None => "None".into(),
        }
    }
}

impl Emit for bool {
    fn ty() -> String {
        "bool".into()
    }
    fn emit(&self, _: &mut Gen) -> String {
        self.to_string()
    }
}

/// Unit-only enums print as `Type::Variant` through `Debug`.
macro_rules! emit_unit_enum {
    ($($t:ident),*) => {$(
        impl Emit for $t {
            fn ty() -> String { stringify!($t).into() }
            fn emit(&self, _: &mut Gen) -> String { format!("{}::{:?}", stringify!($t), self) }
        }
    )*};
}
emit_unit_enum!(PartyKind, ColumnKind, Domain, Qualifier, NoteKind);

/// Structs print as `Type { field: value, … }`.
macro_rules! emit_struct {
    ($t:ident { $($f:ident),* }) => {
        impl Emit for $t {
            fn ty() -> String { stringify!($t).into() }
            fn emit(&self, g: &mut Gen) -> String {
                // Destructuring makes a field added to the model but not here a compile error.
                let $t { $($f),* } = self;
                let mut s = format!("{} {{", stringify!($t));
                $( let _ = write!(s, " {}: {},", stringify!($f), $f.emit(g)); )*
                s.push_str(" }");
                s
            }
        }
    };
}
emit_struct!(Offering {
    id,
    title,
    provider,
    summary,
    source,
    parties,
    columns,
    variants,
    sections,
    definitions,
    reference_tables,
    notes
});
emit_struct!(Source {
    title,
    url,
    date,
    seed_file,
    format
});
emit_struct!(Party {
    id,
    name,
    kind,
    roles
});
emit_struct!(Role {
    id,
    name,
    abbreviation,
    description
});
emit_struct!(Column {
    id,
    label,
    source_label,
    description,
    kind,
    split_by_party,
    variants
});
emit_struct!(VariantDimension { label, options });
emit_struct!(Variant {
    id,
    label,
    description
});
emit_struct!(Section {
    id,
    number,
    title,
    description,
    variants,
    notes,
    rows
});
emit_struct!(Row {
    id,
    activity,
    domain,
    variants,
    owner_role,
    notes,
    cells
});
emit_struct!(CellEntry { column, cell });
emit_struct!(Cell {
    assign,
    status,
    text,
    source_text,
    reading,
    note
});
emit_struct!(Assignment {
    party,
    raci,
    role,
    qualifiers,
    with,
    note
});
emit_struct!(Definition { term, meaning });
emit_struct!(ReferenceTable {
    id,
    title,
    headers,
    rows,
    notes
});
emit_struct!(Note { kind, text });

impl Emit for Status {
    fn ty() -> String {
        "Status".into()
    }
    fn emit(&self, g: &mut Gen) -> String {
        match self {
            Status::NotApplicable => "Status::NotApplicable".into(),
            Status::No => "Status::No".into(),
            Status::Depends { on } => format!("Status::Depends {{ on: {} }}", on.emit(g)),
            Status::SameAs { columns } => {
                format!("Status::SameAs {{ columns: {} }}", columns.emit(g))
            }
            Status::CustomerSpecific => "Status::CustomerSpecific".into(),
            Status::NotSpecified => "Status::NotSpecified".into(),
        }
    }
}
