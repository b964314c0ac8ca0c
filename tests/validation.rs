use responsibility_matrix::codegen::build_catalog;
use std::path::Path;
#[test]
fn probe() {
    let root = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/invalid"
    ));
    let mut dirs: Vec<_> = std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    for d in dirs {
        println!("== {}", d.file_name().unwrap().to_string_lossy());
        match build_catalog(&d) {
            Ok(_) => println!("   OK (no error!)"),
            Err(es) => {
                for e in es {
                    println!("   [{}] [{}] [{}]", e.file, e.path, e.reason)
                }
            }
        }
    }
}
#[test]
fn probe2() {
    let src = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/valid/minimal.json"
    ))
    .unwrap();
    let cases: Vec<(&str, String)> = vec![
        ("eof", src[..src.len() - 20].to_string()),
        ("missing comma in row", src.replace("\"domain\": \"patching-and-change\",", "\"domain\": \"patching-and-change\"")),
        ("missing comma in assign array", src.replace("\"raci\": \"RA\" },", "\"raci\": \"RA\" }")),
        ("unterminated string", src.replace("\"Operations\"", "\"Operations")),
        ("depends extra", src.replace("\"assign\": [{ \"party\": \"provider\", \"raci\": \"RA\" }, { \"party\": \"customer\", \"raci\": \"I\" }]", "\"status\": {\"kind\": \"depends\", \"x\": 1}")),
        ("same-as extra", src.replace("\"assign\": [{ \"party\": \"provider\", \"raci\": \"RA\" }, { \"party\": \"customer\", \"raci\": \"I\" }]", "\"status\": {\"kind\": \"same-as\", \"columns\": [\"raci\"], \"x\": 1}")),
        ("status no kind", src.replace("\"assign\": [{ \"party\": \"provider\", \"raci\": \"RA\" }, { \"party\": \"customer\", \"raci\": \"I\" }]", "\"status\": {\"columns\": [\"raci\"]}")),
        ("dup field row", src.replace("\"domain\": \"patching-and-change\",", "\"domain\": \"patching-and-change\", \"domain\": \"network\",")),
        ("trailing", format!("{src} x")),
        ("empty", String::new()),
    ];
    for (name, json) in cases {
        println!("== {name}");
        match responsibility_matrix::load::parse_offering("data/x.json", &json) {
            Ok(_) => println!("   OK"),
            Err(es) => {
                for e in es {
                    println!("   {e}")
                }
            }
        }
    }
}
