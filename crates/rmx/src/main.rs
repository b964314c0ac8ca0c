//! `rmx`: responsibility matrices for docs pipelines and CI — validate our
//! JSON, import a provider's CSV/Markdown/XLSX/ODS/OSCAL file into it,
//! export it again, say what changed between two versions, and render the
//! widget's static HTML for it (the same prerenderer the site's build runs).

mod args;

use args::{Args, Command};
use rm_format::import::{self, Format as InFormat, ImportOptions};
use rm_format::model::Offering;
use rm_format::validate::ValidationError;
use rm_format::write::{self, Format as OutFormat};
use std::io::Write as _;
use std::process::ExitCode;

/// Files from this size on get progress lines on stderr.
const PROGRESS_BYTES: u64 = 1024 * 1024;

fn main() -> ExitCode {
    let args = match Args::parse(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(message) => {
            eprintln!("rmx: {message}\n\n{}", args::USAGE);
            return ExitCode::from(2);
        }
    };
    match run(args) {
        Ok(code) => code,
        Err(lines) => {
            for line in lines {
                eprintln!("{line}");
            }
            ExitCode::FAILURE
        }
    }
}

fn line(e: &ValidationError) -> String {
    if e.path.is_empty() {
        format!("{}: {}", e.file, e.reason)
    } else {
        format!("{}: {}: {}", e.file, e.path, e.reason)
    }
}

fn lines(errors: Vec<ValidationError>) -> Vec<String> {
    errors.iter().map(line).collect()
}

/// The bytes of `file`, refusing one over the import limit before reading it.
fn read(file: &str) -> Result<Vec<u8>, Vec<String>> {
    let meta = std::fs::metadata(file).map_err(|e| vec![format!("{file}: cannot read: {e}")])?;
    import::check_size(file, meta.len().min(usize::MAX as u64) as usize).map_err(lines)?;
    if meta.len() >= PROGRESS_BYTES {
        eprintln!(
            "rmx: reading {file} ({:.1} MB)…",
            meta.len() as f64 / 1_048_576.0
        );
    }
    std::fs::read(file).map_err(|e| vec![format!("{file}: cannot read: {e}")])
}

fn load(file: &str) -> Result<Offering, Vec<String>> {
    let bytes = read(file)?;
    let format = InFormat::guess(file, &bytes);
    import::import(file, &bytes, format, &ImportOptions::default()).map_err(lines)
}

fn run(args: Args) -> Result<ExitCode, Vec<String>> {
    match args.command {
        Command::Help => {
            println!("{}", args::USAGE);
            Ok(ExitCode::SUCCESS)
        }
        Command::Validate { files } => {
            let mut failed = Vec::new();
            for file in &files {
                match load(file) {
                    Ok(o) => println!(
                        "{file}: ok ({} rows, {} sections)",
                        o.row_count(),
                        o.sections.len()
                    ),
                    Err(mut e) => failed.append(&mut e),
                }
            }
            if failed.is_empty() {
                Ok(ExitCode::SUCCESS)
            } else {
                Err(failed)
            }
        }
        Command::Import {
            file,
            output,
            format,
            options,
        } => {
            let bytes = read(&file)?;
            let format = match format {
                Some(name) => InFormat::from_name(&name).ok_or_else(|| {
                    vec![format!(
                        "rmx: unknown input format “{name}” (csv, md, oscal, json, xlsx, ods)"
                    )]
                })?,
                None => InFormat::guess(&file, &bytes),
            };
            let large = bytes.len() as u64 >= PROGRESS_BYTES;
            if large {
                eprintln!("rmx: parsing {file} as {}…", format.name());
            }
            let o = import::import(&file, &bytes, format, &options).map_err(lines)?;
            let readings = o.notes.len()
                + o.rows()
                    .map(|(_, r)| {
                        r.notes.len() + r.cells.iter().filter(|c| c.cell.reading.is_some()).count()
                    })
                    .sum::<usize>();
            let json = write::json::write(&o).map_err(|e| vec![e])?;
            std::fs::write(&output, json)
                .map_err(|e| vec![format!("{output}: cannot write: {e}")])?;
            eprintln!(
                "rmx: {file}: {} rows in {} sections, {} parties, {} columns; {readings} readings recorded → {output}",
                o.row_count(),
                o.sections.len(),
                o.parties.len(),
                o.columns.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Export {
            file,
            format,
            output,
        } => {
            let o = load(&file)?;
            let format = OutFormat::from_name(&format).ok_or_else(|| {
                vec![format!(
                    "rmx: unknown output format “{format}” (csv, md, json, oscal, xlsx)"
                )]
            })?;
            let bytes = write::write(&o, format).map_err(|e| vec![format!("{file}: {e}")])?;
            match output {
                Some(out) => std::fs::write(&out, bytes)
                    .map_err(|e| vec![format!("{out}: cannot write: {e}")])?,
                None if format == OutFormat::Xlsx => {
                    return Err(vec!["rmx: XLSX is binary: give -o FILE".into()])
                }
                None => std::io::stdout()
                    .write_all(&bytes)
                    .map_err(|e| vec![format!("rmx: stdout: {e}")])?,
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Diff { a, b } => {
            let (oa, ob) = (load(&a)?, load(&b)?);
            let d = rm_format::diff::diff(&oa, &ob);
            for activity in &d.removed {
                println!("- {activity}");
            }
            for activity in &d.added {
                println!("+ {activity}");
            }
            for row in &d.changed {
                println!("~ {}", row.activity);
                for c in &row.cells {
                    println!("    {}: “{}” → “{}”", c.column, c.before, c.after);
                }
            }
            println!("{}", d.summary());
            Ok(if d.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Command::Render { file, output } => {
            let bytes = read(&file)?;
            let json = import::decode_text(&file, &bytes).map_err(lines)?;
            let html = responsibility_matrix::prerender::supplied_fragment_html(&file, json)
                .map_err(|r| {
                    r.problems
                        .iter()
                        .map(|p| format!("{}: {p}", r.source))
                        .collect::<Vec<_>>()
                })?;
            match output {
                Some(out) => {
                    std::fs::write(&out, &html)
                        .map_err(|e| vec![format!("{out}: cannot write: {e}")])?;
                    eprintln!(
                        "rmx: {file}: {} KB of static HTML → {out}",
                        html.len() / 1024
                    );
                }
                None => std::io::stdout()
                    .write_all(html.as_bytes())
                    .map_err(|e| vec![format!("rmx: stdout: {e}")])?,
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
