//! The compiled-in catalog equals `data/`: code generation loses or alters nothing.

use responsibility_matrix::catalog::{offering, offerings};
use rm_format::codegen::data_files;
use rm_format::load::parse_offering;
use std::path::Path;

#[test]
fn every_data_file_is_compiled_in_unchanged() {
    let files = data_files(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/data")))
        .expect("data/ is readable");
    assert_eq!(files.len(), offerings().len(), "one offering per data file");
    for path in files {
        let name = format!(
            "data/{}",
            path.file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default()
        );
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let parsed =
            parse_offering(&name, &text).unwrap_or_else(|e| panic!("{name} is invalid: {e:?}"));
        let compiled = offering(&parsed.id)
            .unwrap_or_else(|| panic!("{name}: `{}` is not compiled in", parsed.id));
        assert_eq!(&parsed, compiled, "{name}");
    }
}

#[test]
fn the_default_offering_is_vmware() {
    assert_eq!(
        responsibility_matrix::catalog::default_offering().map(|o| &*o.id),
        Some("vmware")
    );
}

#[test]
fn picker_entries_name_their_offering_without_parsing_it_and_parse_it_once() {
    use responsibility_matrix::catalog::{built_in, choices, find_choice, Choice};
    let entries = choices();
    assert_eq!(entries.len(), built_in().len());
    assert!(find_choice(&entries, "no-such-offering").is_none());
    for &c in &entries {
        let found = find_choice(&entries, c.id()).expect("found by its id");
        assert!(std::ptr::eq(found, c.offering().expect("parses")));
        let o = c.offering().expect("every built-in offering parses");
        assert_eq!(c.id(), &*o.id);
        assert_eq!(c.title(), &*o.title);
        // Parsed once: a second request returns the same offering, not a copy.
        let again = c.offering().expect("parses");
        assert!(std::ptr::eq(o, again), "{} was parsed twice", c.id());
        assert!(std::ptr::eq(o, offering(c.id()).expect("by id")));
    }
    // A supplied matrix is listed by its own id and title.
    let supplied = offering("vmware").expect("vmware");
    let c = Choice::Supplied(supplied);
    assert_eq!((c.id(), c.title()), (&*supplied.id, &*supplied.title));
}
