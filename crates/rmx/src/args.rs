//! The command line, read by hand (no parser dependency): subcommand,
//! positional files and `--flag value` options.

use rm_format::import::ImportOptions;

pub const USAGE: &str = "usage:
  rmx validate FILE…                       check matrices; exit 1 with `file: path: reason` lines
  rmx import FILE -o matrix.json [--format csv|md|oscal|json|xlsx|ods]
             [--provider NAME] [--customer NAME] [--sheet NAME] [--id ID] [--title TITLE]
  rmx export matrix.json --format csv|md|json|oscal|xlsx [-o FILE]
  rmx diff a.json b.json                   what changed, by activity; exit 1 when they differ
  rmx render matrix.json [-o fragment.html] the static HTML fragment of the widget for it";

pub enum Command {
    Help,
    Validate {
        files: Vec<String>,
    },
    Import {
        file: String,
        output: String,
        format: Option<String>,
        options: ImportOptions,
    },
    Export {
        file: String,
        format: String,
        output: Option<String>,
    },
    Diff {
        a: String,
        b: String,
    },
    Render {
        file: String,
        output: Option<String>,
    },
}

pub struct Args {
    pub command: Command,
}

impl Args {
    pub fn parse(args: impl Iterator<Item = String>) -> Result<Args, String> {
        let mut args = args.peekable();
        let command = args.next().ok_or("no command given")?;
        let mut positional = Vec::new();
        let mut flags: Vec<(String, String)> = Vec::new();
        while let Some(a) = args.next() {
            if a == "-h" || a == "--help" {
                return Ok(Args {
                    command: Command::Help,
                });
            }
            if a.starts_with('-') && a.len() > 1 {
                let (name, value) = match a.split_once('=') {
                    Some((n, v)) => (n.to_string(), v.to_string()),
                    None => (
                        a.clone(),
                        args.next().ok_or_else(|| format!("{a} needs a value"))?,
                    ),
                };
                let known = [
                    "-o",
                    "--output",
                    "--format",
                    "--provider",
                    "--customer",
                    "--sheet",
                    "--id",
                    "--title",
                ];
                if !known.contains(&name.as_str()) {
                    return Err(format!("unknown option {name}"));
                }
                flags.push((name, value));
            } else {
                positional.push(a);
            }
        }
        let flag = |names: &[&str]| {
            flags
                .iter()
                .rev()
                .find(|(n, _)| names.contains(&n.as_str()))
                .map(|(_, v)| v.clone())
        };
        let one = |what: &str| -> Result<String, String> {
            match positional.as_slice() {
                [f] => Ok(f.clone()),
                [] => Err(format!("{command}: give the {what}")),
                _ => Err(format!("{command}: give one {what}")),
            }
        };
        let command = match command.as_str() {
            "help" | "-h" | "--help" => Command::Help,
            "validate" if positional.is_empty() => {
                return Err("validate: give at least one file".into())
            }
            "validate" => Command::Validate {
                files: positional.clone(),
            },
            "import" => Command::Import {
                file: one("input file")?,
                output: flag(&["-o", "--output"]).ok_or("import: give -o matrix.json")?,
                format: flag(&["--format"]),
                options: ImportOptions {
                    provider: flag(&["--provider"]),
                    customer: flag(&["--customer"]),
                    sheet: flag(&["--sheet"]),
                    id: flag(&["--id"]),
                    title: flag(&["--title"]),
                },
            },
            "export" => Command::Export {
                file: one("matrix file")?,
                format: flag(&["--format"])
                    .ok_or("export: give --format csv|md|json|oscal|xlsx")?,
                output: flag(&["-o", "--output"]),
            },
            "diff" => match positional.as_slice() {
                [a, b] => Command::Diff {
                    a: a.clone(),
                    b: b.clone(),
                },
                _ => return Err("diff: give two matrix files".into()),
            },
            "render" => Command::Render {
                file: one("matrix file")?,
                output: flag(&["-o", "--output"]),
            },
            other => return Err(format!("unknown command “{other}”")),
        };
        Ok(Args { command })
    }
}
