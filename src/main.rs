//! The native command line: the same `analyze` the browser runs, over files.
//!
//! `cakupan FILE` prints one report as pretty JSON; `cakupan -` reads standard
//! input; `cakupan --jsonl FILE...` prints one compact report per line, each with
//! a `source` field naming its file. Bytes that are not UTF-8 are replaced, so
//! any file gets a report; only an unreadable file is an error (exit status 1).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{Read, Write};
    use std::process::ExitCode;

    const USAGE: &str = "\
cakupan: reads the numbers in an Indonesian article about BPJS Ketenagakerjaan and checks them

usage:
  cakupan FILE              print the report for FILE as JSON
  cakupan -                 read the article from standard input
  cakupan --jsonl FILE...   one compact report per line, with a \"source\" field
  cakupan --help | --version
";

    fn read(path: &str) -> std::io::Result<String> {
        let mut bytes = Vec::new();
        if path == "-" {
            std::io::stdin().read_to_end(&mut bytes)?;
        } else {
            bytes = std::fs::read(path)?;
        }
        Ok(match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        })
    }

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let (jsonl, files): (bool, Vec<&String>) = match args.first().map(String::as_str) {
            None | Some("-h" | "--help") => {
                print!("{USAGE}");
                return if args.is_empty() { ExitCode::from(2) } else { ExitCode::SUCCESS };
            }
            Some("-V" | "--version") => {
                println!("cakupan {}", env!("CARGO_PKG_VERSION"));
                return ExitCode::SUCCESS;
            }
            Some("--jsonl") => (true, args[1..].iter().collect()),
            Some(_) => (false, args.iter().collect()),
        };
        if files.is_empty() || (!jsonl && files.len() > 1) {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
        let stdout = std::io::stdout();
        let mut out = std::io::BufWriter::new(stdout.lock());
        let mut failed = false;
        for path in files {
            let text = match read(path) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("cakupan: cannot read {path}: {e}");
                    failed = true;
                    continue;
                }
            };
            let mut report = cakupan::analyze(&text);
            let written = if jsonl {
                report.source = Some(path.clone());
                serde_json::to_writer(&mut out, &report).map_err(std::io::Error::from)
            } else {
                serde_json::to_writer_pretty(&mut out, &report).map_err(std::io::Error::from)
            }
            .and_then(|()| writeln!(out));
            if let Err(e) = written {
                eprintln!("cakupan: cannot write the report: {e}");
                return ExitCode::FAILURE;
            }
        }
        if out.flush().is_err() {
            return ExitCode::FAILURE;
        }
        if failed {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    }
}
