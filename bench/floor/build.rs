//! Minifies every offering in `data/` into OUT_DIR, as the widget's build
//! embeds them, and writes `offerings.rs`: their texts, VMware (the page's
//! offering) first. A new file in `data/` joins the floor without an edit here.
use std::{env, fs, path::Path};

fn main() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let out = env::var("OUT_DIR").unwrap_or_default();
    println!("cargo:rerun-if-changed={}", data.display());
    let mut ids: Vec<String> = fs::read_dir(&data)
        .unwrap_or_else(|e| panic!("{}: {e}", data.display()))
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter_map(|name| Some(name.strip_suffix(".json")?.to_string()))
        .filter(|id| id != "schema")
        .collect();
    ids.sort_by_key(|id| (id != "vmware", id.clone()));
    let mut list = String::from("[\n");
    for id in &ids {
        let file = data.join(format!("{id}.json"));
        println!("cargo:rerun-if-changed={}", file.display());
        let text = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let value: serde_json::Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let min = serde_json::to_string(&value).unwrap_or_default();
        fs::write(Path::new(&out).join(format!("{id}.json")), min)
            .unwrap_or_else(|e| panic!("{out}: {e}"));
        list.push_str(&format!(
            "    include_str!(concat!(env!(\"OUT_DIR\"), \"/{id}.json\")),\n"
        ));
    }
    list.push(']');
    fs::write(Path::new(&out).join("offerings.rs"), list).unwrap_or_else(|e| panic!("{out}: {e}"));
}
