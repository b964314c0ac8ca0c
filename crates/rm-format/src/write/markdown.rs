//! The whole matrix as GitHub-flavoured Markdown: one table with every row
//! (the wide table the CSV writer writes), pipes escaped, so the Markdown
//! importer reads it back. A heading and the offering's summary go first;
//! the source's provenance (title, publisher, date, link, licence, last
//! checked) follows the table as a list, which the Markdown importer passes
//! over (the CSV writer's `Source` block carries the same lines and is read back).

use super::table::build;
use crate::model::Offering;

pub fn write(o: &Offering) -> Result<String, String> {
    let t = build(o);
    let mut out = format!("# {}\n\n{}\n\n", o.title, o.summary);
    // The importer's first table column is the activity; Section goes after it.
    let order: Vec<usize> =
        std::iter::once(t.headers.iter().position(|h| h == "Activity").unwrap_or(0))
            .chain((0..t.headers.len()).filter(|i| t.headers[*i] != "Activity"))
            .collect();
    let row = |cells: Vec<&str>| {
        format!(
            "| {} |\n",
            cells
                .into_iter()
                .map(escape)
                .collect::<Vec<_>>()
                .join(" | ")
        )
    };
    out.push_str(&row(order.iter().map(|i| t.headers[*i].as_str()).collect()));
    out.push_str(&format!("|{}\n", " --- |".repeat(order.len())));
    for r in &t.rows {
        out.push_str(&row(order.iter().map(|i| r[*i].as_str()).collect()));
    }
    out.push_str("\n**Source**\n\n");
    for (label, value) in o.source.provenance() {
        out.push_str(&format!("- {label}: {}\n", escape(&value)));
    }
    Ok(out)
}

fn escape(text: &str) -> String {
    text.replace('|', "\\|")
        .replace("\r\n", "<br>")
        .replace('\n', "<br>")
}
