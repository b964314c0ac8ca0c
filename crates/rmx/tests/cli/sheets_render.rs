//! `rmx` with spreadsheets (XLSX and ODS in and out, `--sheet`) and
//! `rmx render` (the widget's static HTML fragment for a supplied matrix).

use crate::support::{ok, p, rmx, root, tmp};

#[test]
fn csv_to_xlsx_and_back_is_the_same_matrix() {
    let dir = tmp("xlsx");
    let json = dir.join("m.json");
    ok(&rmx(&[
        "import",
        &root("tests/fixtures/import/three-parties.csv"),
        "-o",
        p(&json),
    ]));
    let xlsx = dir.join("m.xlsx");
    ok(&rmx(&[
        "export",
        p(&json),
        "--format",
        "xlsx",
        "-o",
        p(&xlsx),
    ]));
    let bytes = std::fs::read(&xlsx).expect("written");
    assert!(bytes.starts_with(b"PK"), "an XLSX (zip) file");
    let refused = rmx(&["export", p(&json), "--format", "xlsx"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("give -o FILE"));

    let again = dir.join("again.json");
    let out = rmx(&["import", p(&xlsx), "--sheet", "Matrix", "-o", p(&again)]);
    ok(&out);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("rows in"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let diff = rmx(&["diff", p(&json), p(&again)]);
    assert_eq!(
        String::from_utf8_lossy(&diff.stdout).trim(),
        "No activity changed."
    );
    let missing = rmx(&["import", p(&xlsx), "--sheet", "Prices", "-o", p(&again)]);
    assert_eq!(missing.status.code(), Some(1));
    let err = String::from_utf8_lossy(&missing.stderr);
    assert!(
        err.contains("m.xlsx: there is no sheet “Prices”; the sheets are “Matrix”, “Key”"),
        "{err}"
    );
}

#[test]
fn ods_imports_with_its_sections_and_a_zip_bomb_is_refused() {
    let dir = tmp("ods");
    let json = dir.join("ods.json");
    ok(&rmx(&[
        "import",
        &root("tests/fixtures/import/matrix.ods"),
        "-o",
        p(&json),
    ]));
    let text = std::fs::read_to_string(&json).expect("written");
    assert!(
        text.contains("\"Servers\"") && text.contains("\"Network\""),
        "{text}"
    );
    let out = rmx(&["validate", p(&json)]);
    ok(&out);
    assert!(String::from_utf8_lossy(&out.stdout).contains("ok (3 rows, 2 sections)"));

    let bomb = rmx(&[
        "import",
        &root("tests/fixtures/import/bomb.xlsx"),
        "-o",
        p(&dir.join("bomb.json")),
    ]);
    assert_eq!(bomb.status.code(), Some(1));
    let err = String::from_utf8_lossy(&bomb.stderr);
    assert!(
        err.contains("bomb.xlsx: ") && err.contains("zip bomb"),
        "{err}"
    );
    assert!(!dir.join("bomb.json").exists(), "nothing is written");
}

#[test]
fn render_writes_the_widgets_static_fragment_for_a_supplied_matrix() {
    let dir = tmp("render");
    let json = dir.join("acme.json");
    ok(&rmx(&[
        "import",
        &root("tests/fixtures/import/three-parties.csv"),
        "--id",
        "acme-kubernetes",
        "--title",
        "Acme <managed> Kubernetes",
        "-o",
        p(&json),
    ]));
    let html_file = dir.join("acme.html");
    ok(&rmx(&["render", p(&json), "-o", p(&html_file)]));
    let html = std::fs::read_to_string(&html_file).expect("written");
    assert!(
        html.starts_with("<noscript><p class=\"rm-noscript\">"),
        "{}",
        &html[..200.min(html.len())]
    );
    assert!(
        html.contains("data-rm=\"widget\""),
        "the widget's own markup"
    );
    // The title is text, escaped, never markup.
    assert!(
        html.contains("Acme &lt;managed&gt; Kubernetes"),
        "escaped title"
    );
    assert!(!html.contains("<managed>"));
    for activity in [
        "Operate the Kubernetes control plane",
        "Deploy applications",
    ] {
        assert!(html.contains(activity), "{activity}");
    }
    // Controls wait for the live widget.
    assert!(html.contains("<select disabled ") || html.contains("<input disabled "));
    // To stdout without -o: the same fragment.
    let out = rmx(&["render", p(&json)]);
    ok(&out);
    assert_eq!(String::from_utf8_lossy(&out.stdout), html);

    // The element refuses a matrix with a built-in's id; so does render.
    let vmware = dir.join("vmware.json");
    let text = std::fs::read_to_string(&json).expect("json");
    let renamed = text.replacen("\"acme-kubernetes\"", "\"vmware\"", 1);
    assert_ne!(renamed, text, "the id is in the file");
    std::fs::write(&vmware, renamed).expect("write");
    let taken = rmx(&["render", p(&vmware)]);
    assert_eq!(taken.status.code(), Some(1));
    let err = String::from_utf8_lossy(&taken.stderr);
    assert!(
        err.contains("already the id of a built-in offering"),
        "{err}"
    );
    let broken = dir.join("broken.json");
    std::fs::write(&broken, "{\"id\": ").expect("write");
    let bad = rmx(&["render", p(&broken)]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("broken.json"));
}
