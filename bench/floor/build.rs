//! Minifies `data/*.json` into OUT_DIR, as the widget's build embeds them.
use std::{env, fs, path::Path};

fn main() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let out = env::var("OUT_DIR").unwrap_or_default();
    for id in [
        "vmware",
        "hyper-v",
        "goss",
        "rackspace-kubernetes",
        "ovhcloud-kubernetes",
    ] {
        let file = data.join(format!("{id}.json"));
        println!("cargo:rerun-if-changed={}", file.display());
        let text = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let value: serde_json::Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let min = serde_json::to_string(&value).unwrap_or_default();
        fs::write(Path::new(&out).join(format!("{id}.json")), min)
            .unwrap_or_else(|e| panic!("{out}: {e}"));
    }
}
