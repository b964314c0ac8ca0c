//! Every rule the build enforces on `data/*.json`, run exactly as `build.rs`
//! runs it: `codegen::build_catalog` on a directory.
//!
//! Each bad fixture is `tests/fixtures/valid/minimal.json` with one defect, in
//! its own directory `tests/fixtures/invalid/<rule>/` (the duplicate-offering
//! case holds two files). [`CASES`] lists, per directory, the exact errors the
//! build must report: file, JSON path and a fragment of the reason. To cover a
//! new rule, add a fixture directory and one line to [`CASES`].

use rm_format::codegen::{build_catalog, load_dir};
use rm_format::load::parse_offering;
use rm_format::validate::{check_raci_letters, ValidationError};
use std::path::{Path, PathBuf};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

/// One expected error: (file, exact JSON path, fragment of the reason).
type Expected = (&'static str, &'static str, &'static str);

const M: &str = "data/minimal.json";

/// Fixture directory → every error the build must report for it (no more, no fewer).
#[rustfmt::skip]
const CASES: &[(&str, &[Expected])] = &[
    // JSON shape (serde).
    ("malformed-json", &[(M, "", "malformed JSON: expected `,` or `}` at line 7")]),
    ("trailing-characters", &[(M, "", "malformed JSON: trailing characters at line 32")]),
    ("duplicate-cell-key", &[(M, "sections[0].rows[0].cells", "duplicate cell for column `raci`")]),
    ("unknown-field", &[(M, "sections[0].rows[0].colour", "unknown field `colour`")]),
    ("unknown-field-in-status", &[(M, "sections[0].rows[0].cells.raci.status.columns", "unknown field `columns`: status `not-applicable`")]),
    ("unknown-domain", &[(M, "sections[0].rows[0].domain", "unknown variant `billing`, expected one of `provisioning`")]),
    ("unknown-qualifier", &[(M, "sections[0].rows[0].cells.raci.assign[0].qualifiers[0]", "unknown variant `sometimes`, expected one of `reactive-only`")]),
    ("unknown-status-kind", &[(M, "sections[0].rows[0].cells.raci.status.kind", "unknown variant `maybe`, expected one of `not-applicable`")]),
    // References to ids.
    ("unknown-party", &[(M, "sections[0].rows[0].cells.raci.assign[0].party", "unknown party `vendor` (known: customer, provider)")]),
    ("unknown-variant", &[(M, "sections[0].rows[0].variants[0]", "unknown variant `linux` (known: windows)")]),
    ("unknown-column", &[(M, "sections[0].rows[0].cells.extra", "unknown column `extra` (known: raci)")]),
    ("same-as-unknown-column", &[(M, "sections[0].rows[0].cells.raci.status.columns[0]", "unknown column `os` (known: raci)")]),
    // Duplicate ids.
    ("duplicate-party-id", &[(M, "parties[2].id", "duplicate party id `customer`")]),
    ("duplicate-column-id", &[(M, "columns[1].id", "duplicate column id `raci`")]),
    ("duplicate-section-id", &[(M, "sections[1].id", "duplicate section id `operations`")]),
    ("duplicate-row-id", &[(M, "sections[0].rows[1].id", "duplicate row id `patch-os`")]),
    ("duplicate-variant-id", &[(M, "variants.options[1].id", "duplicate variant id `windows`")]),
    // Two files with id `minimal`; one of them is necessarily misnamed too.
    ("duplicate-offering-id", &[
        ("data/minimal-copy.json", "id", "id `minimal` must match the file name `minimal-copy.json`"),
        (M, "id", "duplicate offering id `minimal` (also in data/minimal-copy.json)"),
    ]),
    // Cells.
    ("missing-cell", &[(M, "sections[0].rows[0].cells", "missing a cell for column `notes`")]),
    ("raci-letter", &[(M, "sections[0].rows[0].cells.raci.assign[0].raci", "RACI letter `X` in `RX` is not one of R, A, C, I")]),
    ("raci-repeated", &[(M, "sections[0].rows[0].cells.raci.assign[0].raci", "RACI letter `R` repeated in `RAR`")]),
    ("raci-empty", &[(M, "sections[0].rows[0].cells.raci.assign[0].raci", "RACI letters must not be empty")]),
    ("assign-and-status", &[(M, "sections[0].rows[0].cells.raci", "a cell has exactly one of `assign`, `status` or `text`")]),
    ("not-specified-with-text", &[(M, "sections[0].rows[0].cells.raci.source_text", "status `not-specified` is for blank source cells, but source_text is not blank")]),
    ("coordinated-without-with", &[(M, "sections[0].rows[0].cells.raci.assign[0].qualifiers", "`coordinated` needs `with`")]),
    ("party-assigned-twice", &[(M, "sections[0].rows[0].cells.raci.assign[1].party", "party `provider` is assigned twice in one cell")]),
    // Files, ids and reference tables.
    ("file-name-not-id", &[("data/misnamed.json", "id", "id `minimal` must match the file name `misnamed.json`")]),
    ("invalid-id", &[(M, "sections[0].rows[0].id", "id `Patch_OS` must be lower-case letters, digits and single hyphens")]),
    ("reference-table-width", &[(M, "reference_tables[0].rows[1]", "has 1 cells but the table has 2 headers")]),
    // A blank source is "not specified", unless the value is marked as our inference.
    ("blank-source-not-stated", &[(M, "sections[0].rows[0].cells.raci.source_text", "source_text is blank, so the cell must be status `not-specified`")]),
    ("inference-without-sentence", &[(M, "sections[0].rows[0].cells.raci.inference.from", "an inference must quote the source sentence it was inferred from")]),
    // Provenance: complete for built-in matrices, well-formed for all.
    ("built-in-without-provenance", &[
        (M, "source", "a built-in matrix needs `source.publisher`"),
        (M, "source", "a built-in matrix needs `source.licence` (the licence of the source's content, or `unknown`)"),
        (M, "source", "a built-in matrix needs `source.checked`"),
        (M, "source", "a built-in matrix needs `source.seed_file`"),
    ]),
    ("checked-not-a-date", &[(M, "source.checked", "`1 December 2026` is not a date written YYYY-MM-DD")]),
    ("source-url-not-http", &[(M, "source.url", "`javascript:alert(1)` must start with https:// or http://")]),
    // One pass: shape problems with the allowed values, then the rules on what remains.
    ("every-problem-at-once", &[
        (M, "parties[1].kind", "unknown variant `client`, expected one of `provider`, `customer`, `third-party`"),
        (M, "sections[0].rows[0].domain", "unknown variant `billing`, expected one of `provisioning`, `monitoring`, `reporting`, `access`, `patching-and-change`, `network`, `storage`, `backup-and-continuity`, `security`, `data`, `support`, `governance`, `decommission`, `not-classified`"),
        (M, "sections[0].rows[0].colour", "unknown field `colour`"),
        (M, "sections[0].rows[0].cells.raci.assign[0].qualifiers[0]", "unknown variant `sometimes`, expected one of `reactive-only`"),
        (M, "sections[0].rows[0].cells.raci.assign[1].party", "unknown party `vendor` (known: customer, provider)"),
    ]),
];

fn list(errors: &[ValidationError]) -> String {
    errors
        .iter()
        .map(|e| format!("\n  - {e}   [file={:?} path={:?}]", e.file, e.path))
        .collect()
}

fn invalid_dir(name: &str) -> PathBuf {
    Path::new(FIXTURES).join("invalid").join(name)
}

#[test]
fn every_bad_fixture_fails_the_build_with_file_path_and_reason() {
    let mut failures = Vec::new();
    for (dir, expected) in CASES {
        let errors = match build_catalog(&invalid_dir(dir)) {
            Ok(_) => {
                failures.push(format!(
                    "{dir}: the build accepted it; expected {expected:?}"
                ));
                continue;
            }
            Err(errors) => errors,
        };
        let mut problems = Vec::new();
        for (file, path, reason) in *expected {
            let found = errors
                .iter()
                .any(|e| e.file == *file && e.path == *path && e.reason.contains(reason));
            if !found {
                problems.push(format!(
                    "missing error: file {file:?}, path {path:?}, reason containing {reason:?}"
                ));
            }
        }
        if errors.len() != expected.len() {
            problems.push(format!(
                "{} error(s) reported, {} expected (a fixture should have exactly one defect)",
                errors.len(),
                expected.len()
            ));
        }
        if !problems.is_empty() {
            failures.push(format!(
                "{dir}: {}\n  errors reported:{}",
                problems.join("; "),
                list(&errors)
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}\n", failures.join("\n\n"));
}

/// A fixture directory without a line in `CASES` (or the reverse) is a mistake.
#[test]
fn every_bad_fixture_directory_has_a_case() {
    let mut on_disk: Vec<String> = std::fs::read_dir(Path::new(FIXTURES).join("invalid"))
        .expect("tests/fixtures/invalid exists")
        .map(|e| {
            e.expect("readable entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = CASES.iter().map(|(d, _)| d.to_string()).collect();
    listed.sort();
    assert_eq!(on_disk, listed, "fixture directories vs CASES");
}

/// `load_dir` (what `build_catalog` runs first) reports the same errors.
#[test]
fn load_dir_reports_what_build_catalog_reports() {
    for (dir, _) in CASES {
        let a = load_dir(&invalid_dir(dir)).expect_err(dir);
        let b = build_catalog(&invalid_dir(dir)).expect_err(dir);
        assert_eq!(a, b, "{dir}");
    }
}

#[test]
fn the_minimal_fixture_is_valid_and_generates_the_catalog() {
    let dir = Path::new(FIXTURES).join("valid");
    let offerings = load_dir(&dir).unwrap_or_else(|e| panic!("errors:{}", list(&e)));
    assert_eq!(offerings.len(), 1);
    assert_eq!(offerings[0].id, "minimal");
    let source = build_catalog(&dir).unwrap_or_else(|e| panic!("errors:{}", list(&e)));
    assert!(
        source.contains("pub static BUILT_IN: [BuiltIn; 1]"),
        "generated source:\n{source}"
    );
    // The entry is the offering's id, title and its JSON, which parses back to it.
    let entry = format!(
        "BuiltIn::new({:?}, {:?}, {:?})",
        "minimal",
        &*offerings[0].title,
        serde_json::to_string(&offerings[0]).expect("serialises")
    );
    assert!(source.contains(&entry), "generated source:\n{source}");
    let back: rm_format::model::Offering =
        serde_json::from_str(&serde_json::to_string(&offerings[0]).expect("serialises"))
            .expect("parses back");
    assert_eq!(back, offerings[0]);
}

#[test]
fn the_real_data_directory_is_valid() {
    let data = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/data"));
    let offerings = load_dir(data).unwrap_or_else(|e| panic!("data/ is invalid:{}", list(&e)));
    assert!(!offerings.is_empty(), "data/ holds no offerings");
    let source = build_catalog(data).unwrap_or_else(|e| panic!("errors:{}", list(&e)));
    assert!(source.contains(&format!(
        "pub static BUILT_IN: [BuiltIn; {}]",
        offerings.len()
    )));
}

#[test]
fn errors_display_as_file_at_path_reason() {
    let json = std::fs::read_to_string(Path::new(FIXTURES).join("valid/minimal.json"))
        .expect("minimal.json")
        .replace(r#""id": "operations""#, r#""id": "Operations""#);
    let errors = parse_offering("data/x.json", &json).expect_err("an invalid section id");
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        ["data/x.json: at sections[0].id: id `Operations` must be lower-case letters, digits and single hyphens (at most 64)"],
    );

    // Without a path (a file-level problem) there is no "at".
    let errors = parse_offering("data/x.json", "{").expect_err("truncated JSON");
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]
            .to_string()
            .starts_with("data/x.json: malformed JSON: EOF while parsing"),
        "{}",
        errors[0]
    );
}

#[test]
fn raci_letters() {
    for ok in ["R", "A", "C", "I", "RA", "IR", "RACI", "ICAR"] {
        assert_eq!(check_raci_letters(ok), Ok(()), "{ok}");
    }
    for (bad, fragment) in [
        ("", "must not be empty"),
        ("r", "not one of R, A, C, I"),
        ("R A", "not one of R, A, C, I"),
        ("RX", "not one of R, A, C, I"),
        ("RR", "repeated"),
        ("RACIR", "repeated"),
    ] {
        let err = check_raci_letters(bad).expect_err(bad);
        assert!(err.contains(fragment), "{bad:?}: {err}");
    }
}

fn minimal() -> String {
    std::fs::read_to_string(Path::new(FIXTURES).join("valid/minimal.json")).expect("minimal.json")
}

/// A supplied matrix may leave out a row's domain (then "not classified") and
/// every provenance field but the title; a built-in one may not.
#[test]
fn a_supplied_matrix_needs_no_domain_and_no_seed_file() {
    use rm_format::model::Domain;
    use rm_format::validate::{validate_as, Origin};
    let json = minimal()
        .replace(r#""domain": "patching-and-change","#, "")
        .replace(
            r#""publisher": "Example, Inc.", "licence": "unknown", "checked": "2026-12-01", "seed_file": "none""#,
            r#""date": "March 2024""#,
        );
    let o =
        parse_offering("supplied.json", &json).unwrap_or_else(|e| panic!("errors:{}", list(&e)));
    assert_eq!(o.sections[0].rows[0].domain, Domain::NotClassified);
    assert_eq!(o.sections[0].rows[0].domain.label(), "Not classified");
    assert_eq!(o.source.seed_file, None);
    // Written back, the missing domain stays missing.
    let back = serde_json::to_value(&o).expect("serialises");
    assert!(
        back["sections"][0]["rows"][0].get("domain").is_none(),
        "{back}"
    );

    let errors = validate_as("data/minimal.json", &o, Origin::BuiltIn).expect_err("built in");
    let missing: Vec<&str> = errors.iter().map(|e| e.reason.as_str()).collect();
    assert_eq!(missing.len(), 4, "{missing:?}");
    for field in ["publisher", "licence", "checked", "seed_file"] {
        assert!(
            missing
                .iter()
                .any(|r| r.contains(&format!("`source.{field}`"))),
            "{field}: {missing:?}"
        );
    }
}

/// Every wrong value of a file is reported with the values allowed there, in
/// one pass, and a rule broken elsewhere in the same file is reported too.
#[test]
fn every_wrong_value_is_reported_with_the_allowed_values() {
    let json = minimal()
        .replace(
            r#""domain": "patching-and-change","#,
            r#""domain": "billing", "notes": [{ "kind": "aside", "text": "x" }],"#,
        )
        .replace(
            r#""split_by_party": true }"#,
            r#""split_by_party": true, "kind": "matrix" }"#,
        )
        .replace(
            r#"{ "party": "customer", "raci": "I" }"#,
            r#"{ "party": "customer", "raci": "IX" }"#,
        );
    let errors = parse_offering("supplied.json", &json).expect_err("four problems");
    let shown: Vec<(String, String)> = errors
        .iter()
        .map(|e| (e.path.clone(), e.reason.clone()))
        .collect();
    let expect = [
        (
            "columns[0].kind",
            "unknown variant `matrix`, expected `responsibility` or `detail`",
        ),
        (
            "sections[0].rows[0].domain",
            "unknown variant `billing`, expected one of `provisioning`",
        ),
        (
            "sections[0].rows[0].notes[0].kind",
            "unknown variant `aside`, expected `note` or `reading`",
        ),
        (
            "sections[0].rows[0].cells.raci.assign[1].raci",
            "RACI letter `X` in `IX` is not one of R, A, C, I",
        ),
    ];
    assert_eq!(shown.len(), expect.len(), "{shown:#?}");
    for (path, reason) in expect {
        assert!(
            shown
                .iter()
                .any(|(p, r)| p == path && r.starts_with(reason)),
            "missing {path}: {reason}\n{shown:#?}"
        );
    }
}

/// A status kind outside the list is named with the list, and the cell it
/// leaves without a form is not reported a second time.
#[test]
fn a_wrong_status_kind_is_reported_once() {
    let json = minimal().replace(
        r#""assign": [{ "party": "provider", "raci": "RA" }, { "party": "customer", "raci": "I" }],"#,
        r#""status": { "kind": "maybe" },"#,
    );
    let errors = parse_offering("supplied.json", &json).expect_err("a wrong kind");
    assert_eq!(errors.len(), 1, "{}", list(&errors));
    assert_eq!(errors[0].path, "sections[0].rows[0].cells.raci.status.kind");
    assert!(
        errors[0].reason.contains(
            "`not-applicable`, `no`, `depends`, `same-as`, `customer-specific`, `not-specified`"
        ),
        "{}",
        errors[0]
    );
}

#[test]
fn checked_dates_are_real_calendar_dates() {
    use rm_format::validate::is_iso_date;
    for ok in ["2026-12-01", "2024-02-29", "2000-02-29", "1999-12-31"] {
        assert!(is_iso_date(ok), "{ok}");
    }
    for bad in [
        "2026-13-01",
        "2026-02-29",
        "1900-02-29",
        "2026-04-31",
        "2026-1-01",
        "01-12-2026",
        "2026-12-01T00:00",
        "",
        "2026-00-10",
        "2026-12-00",
    ] {
        assert!(!is_iso_date(bad), "{bad}");
    }
}

/// The example in docs/data-format.md ("Adding or editing a matrix") is a
/// valid matrix for `data/`, provenance included, so a copy of it builds.
#[test]
fn the_data_format_example_is_a_valid_built_in_matrix() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/data-format.md"))
        .expect("docs/data-format.md");
    let start = doc.find("```json\n").expect("a JSON example") + "```json\n".len();
    let end = start + doc[start..].find("```").expect("the example closes");
    let example = &doc[start..end];
    let o = rm_format::load::parse_as(
        "data/example-hosting.json",
        example,
        rm_format::validate::Origin::BuiltIn,
    )
    .unwrap_or_else(|e| panic!("the docs example is refused: {e:?}"));
    assert_eq!(&*o.id, "example-hosting");
    assert!(o.source.licence_is_unknown());
    assert_eq!(o.source.checked.as_deref(), Some("2026-12-02"));
}
