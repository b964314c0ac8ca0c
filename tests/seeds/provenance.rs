//! Each built-in matrix's `source` says what its seed document says about
//! itself, and nothing it does not: the title, publisher, date, address and
//! copyright are printed in the seed; a licence is `unknown` unless the seed
//! states one; the seed file is the one it names.

use responsibility_matrix::catalog;

/// The seed with its line breaks joined, as a reader sees wrapped prose.
fn flat(seed: &str) -> String {
    seed.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_source_field_is_printed_in_its_seed() {
    let mut checked = 0;
    for o in catalog::offerings() {
        let s = &o.source;
        let file = s.seed_file.as_deref().expect("built-ins name their seed");
        let seed = flat(&crate::read_seed(file));
        // A title printed over several lines ("Service Overview" / "Rackspace
        // Managed Platform for Kubernetes") is joined with ": ".
        for part in s.title.split(": ") {
            assert!(
                seed.contains(part),
                "{}: title part {part:?} not in {file}",
                o.id
            );
        }
        let publisher = s.publisher.as_deref().expect("built-ins name a publisher");
        assert!(
            seed.contains(publisher),
            "{}: publisher {publisher:?} not in {file}",
            o.id
        );
        for (field, value) in [
            ("date", &s.date),
            ("url", &s.url),
            ("copyright", &s.copyright),
        ] {
            if let Some(v) = value.as_deref() {
                assert!(
                    seed.contains(v),
                    "{}: {field} {v:?} not printed in {file}",
                    o.id
                );
            }
        }
        let lower = seed.to_lowercase();
        let states_a_licence = [
            "licensed under",
            "creative commons",
            "cc by",
            "license:",
            "licence:",
        ]
        .iter()
        .any(|w| lower.contains(w));
        assert!(!states_a_licence, "{file} states a licence: record it");
        assert!(
            s.licence_is_unknown(),
            "{}: no licence is stated, so `unknown`",
            o.id
        );
        assert_eq!(
            s.attribution, None,
            "{}: the seed asks for no attribution",
            o.id
        );
        checked += 1;
    }
    assert_eq!(checked, 5);
}
