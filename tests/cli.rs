//! The command line over archives: `--jsonl FILE...` and `--input-jsonl FILE`
//! in input order with any number of jobs, error objects in place of malformed
//! lines and unreadable files, standard input, streaming, `--help`, exit status.
//! Runs the binary Cargo builds for the tests (`CARGO_BIN_EXE_cakupan`).
#![cfg(not(target_arch = "wasm32"))]

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::{json, Value};

const BIN: &str = env!("CARGO_BIN_EXE_cakupan");

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().unwrap();
        let input = input.to_vec();
        // Written from a thread: the child writes while it reads.
        std::thread::spawn(move || {
            let _ = pipe.write_all(&input);
        });
    }
    child.wait_with_output().expect("the binary finishes")
}

fn stdout(o: &Output) -> &str {
    std::str::from_utf8(&o.stdout).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn lines(o: &Output) -> Vec<Value> {
    stdout(o).lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect()
}

/// A directory of its own for each test, emptied first.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cakupan-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn fixture_paths() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut paths = Vec::new();
    for dir in ["seeds", "fixtures/articles"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                paths.push(path);
            }
        }
    }
    paths.sort();
    assert!(paths.len() >= 30, "seeds and fixtures: {}", paths.len());
    paths
}

/// The seeds and fixtures as `(id, text)`, a long article (all of them joined)
/// first and in the middle, so that with several jobs later articles finish
/// before earlier ones.
fn articles() -> Vec<(Value, String)> {
    let texts: Vec<String> = fixture_paths().iter().map(|p| std::fs::read_to_string(p).unwrap()).collect();
    let long = texts.join("\n\n");
    let mut all = vec![long.clone()];
    all.extend(texts.iter().cloned());
    all.push(long);
    all.extend(texts.iter().rev().cloned());
    all.into_iter()
        .enumerate()
        // Numbers and strings alternate as ids.
        .map(|(i, t)| (if i % 2 == 0 { json!(i) } else { json!(format!("art-{i}")) }, t))
        .collect()
}

fn jsonl(articles: &[(Value, String)]) -> String {
    articles
        .iter()
        .map(|(id, text)| json!({ "id": id, "text": text, "url": "ignored" }).to_string() + "\n")
        .collect()
}

/// What the library says about `text`, as the CLI writes it: compact, with
/// `id` in front. Compared as text, byte for byte (serde_json reads floats back
/// up to one unit in the last place off, so parsed values could differ).
fn expected(id: &Value, text: &str) -> String {
    let report = serde_json::to_string(&cakupan::analyze(text)).unwrap();
    format!("{{\"id\":{id},{}", &report[1..])
}

#[test]
fn jsonl_input_comes_out_in_input_order_with_any_number_of_jobs() {
    let dir = scratch("order");
    let articles = articles();
    let archive = dir.join("archive.jsonl");
    std::fs::write(&archive, jsonl(&articles)).unwrap();
    let archive = archive.to_str().unwrap();

    let one = run(&["--input-jsonl", archive, "--jobs", "1"], None);
    assert!(one.status.success(), "{}", stderr(&one));
    assert!(one.stderr.is_empty(), "nothing on stderr when it is not a terminal: {}", stderr(&one));
    for jobs in ["4", "3"] {
        let many = run(&["--input-jsonl", archive, "-j", jobs], None);
        assert!(many.status.success(), "{}", stderr(&many));
        assert!(one.stdout == many.stdout, "--jobs 1 and --jobs {jobs} differ");
    }
    let default = run(&["--input-jsonl", archive], None);
    assert!(one.stdout == default.stdout, "--jobs 1 and the default differ");

    let out: Vec<&str> = stdout(&one).lines().collect();
    assert_eq!(out.len(), articles.len());
    for ((id, text), got) in articles.iter().zip(&out) {
        assert!(*got == expected(id, text), "the report for id {id} is not the library's");
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn files_come_out_in_the_order_given_with_any_number_of_jobs() {
    let mut paths: Vec<String> = fixture_paths().iter().map(|p| p.to_str().unwrap().to_string()).collect();
    paths.reverse();
    let args = |jobs: &'static str| {
        let mut a = vec!["--jsonl", "--jobs", jobs];
        a.extend(paths.iter().map(String::as_str));
        run(&a, None)
    };
    let one = args("1");
    let four = args("4");
    assert!(one.status.success() && four.status.success(), "{}", stderr(&four));
    assert!(one.stdout == four.stdout, "--jobs 1 and --jobs 4 differ");
    let out = lines(&four);
    let sources: Vec<&str> = out.iter().map(|r| r["source"].as_str().unwrap()).collect();
    assert_eq!(sources, paths);
    let text = std::fs::read_to_string(&paths[3]).unwrap();
    let mut want = cakupan::analyze(&text);
    want.source = Some(paths[3].clone());
    assert!(stdout(&four).lines().nth(3).unwrap() == serde_json::to_string(&want).unwrap());
}

#[test]
fn a_malformed_line_gets_an_error_object_and_its_neighbours_their_reports() {
    let good = |id: &str, text: &str| json!({ "id": id, "text": text }).to_string();
    let a = "Dari total 7.996.826 pekerja, baru 3.302.762 orang atau 41,30 persen yang terdaftar.";
    let b = "Jumlah peserta BPJS Ketenagakerjaan mencapai 1.250.000 orang pada 2024.";
    let input = [
        good("a", a),                                      // 1
        "{\"id\": \"x\", \"text\": \"unterminated".into(), // 2: not JSON
        "".into(),                                         // 3: blank, skipped
        json!({ "id": 4 }).to_string(),                    // 4: no text
        json!({ "id": 5, "text": 5 }).to_string(),         // 5: text not a string
        json!({ "id": 6, "text": null }).to_string(),      // 6: text null
        json!([1, "text"]).to_string(),                    // 7: not an object
        json!({ "id": [7], "text": "x" }).to_string(),     // 8: id not a string or number
        good("b", b),                                      // 9
    ]
    .join("\n");
    for jobs in ["1", "3"] {
        let o = run(&["--input-jsonl", "-", "-j", jobs], Some(input.as_bytes()));
        assert_eq!(o.status.code(), Some(1), "a failed line makes the exit status 1");
        let out = lines(&o);
        assert_eq!(out.len(), 8, "one output line per non-blank input line");
        let text: Vec<&str> = stdout(&o).lines().collect();
        assert_eq!(text[0], expected(&json!("a"), a));
        assert_eq!(text[7], expected(&json!("b"), b));
        let error = |i: usize| {
            (out[i]["error"]["line"].as_u64().unwrap(), out[i]["error"]["message"].as_str().unwrap())
        };
        assert_eq!(out[1].get("id"), None, "no id from a line that is not JSON");
        assert_eq!(error(1).0, 2);
        assert!(error(1).1.starts_with("not JSON: "), "{}", error(1).1);
        assert_eq!(out[2], json!({ "id": 4, "error": { "line": 4, "message": "no \"text\"" } }));
        assert_eq!(
            out[3],
            json!({ "id": 5, "error": { "line": 5, "message": "\"text\": expected a string, got number" } })
        );
        assert_eq!(out[4]["error"]["message"], "\"text\": expected a string, got null");
        assert_eq!(out[5], json!({ "error": { "line": 7, "message": "expected a JSON object, got array" } }));
        assert_eq!(
            out[6],
            json!({ "error": { "line": 8, "message": "\"id\": expected a string or a number, got array" } })
        );
        let err = stderr(&o);
        for line in [2, 4, 5, 6, 7, 8] {
            assert!(err.contains(&format!("line {line}: ")), "stderr names line {line}: {err}");
        }
        assert!(err.contains("6 of 8 lines could not be analysed"), "{err}");
    }
}

#[test]
fn standard_input_and_file_give_the_same_output() {
    let dir = scratch("stdin");
    let input = jsonl(&articles()[1..8]);
    let file = dir.join("a.jsonl");
    std::fs::write(&file, &input).unwrap();
    let from_stdin = run(&["--input-jsonl", "-"], Some(input.as_bytes()));
    let from_file = run(&["--input-jsonl", file.to_str().unwrap()], None);
    assert!(from_stdin.status.success(), "{}", stderr(&from_stdin));
    assert_eq!(lines(&from_stdin).len(), 7);
    assert!(from_stdin.stdout == from_file.stdout);
    // The single-article mode reads standard input too.
    let one = run(&["-"], Some(articles()[1].1.as_bytes()));
    let pretty = serde_json::to_string_pretty(&cakupan::analyze(&articles()[1].1)).unwrap() + "\n";
    assert!(stdout(&one) == pretty);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn reports_stream_out_before_the_input_ends() {
    let mut child = Command::new(BIN)
        .args(["--input-jsonl", "-", "-j", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let (tx, rx) = mpsc::channel();
    let mut output = BufReader::new(child.stdout.take().unwrap());
    std::thread::spawn(move || loop {
        let mut line = String::new();
        if output.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        if tx.send(line).is_err() {
            return;
        }
    });
    for id in 1..=3 {
        let line = json!({ "id": id, "text": format!("Sebanyak {id}.000 pekerja terdaftar.") }).to_string();
        writeln!(input, "{line}").unwrap();
        input.flush().unwrap();
        // The report arrives while standard input is still open.
        let report: Value =
            serde_json::from_str(&rx.recv_timeout(Duration::from_secs(60)).expect("a report")).unwrap();
        assert_eq!(report["id"], id);
    }
    drop(input);
    assert!(child.wait().unwrap().success());
    assert!(rx.recv_timeout(Duration::from_secs(10)).is_err(), "nothing more");
}

#[test]
fn ids_are_copied_as_written_and_are_optional() {
    let input = concat!(
        "{\"id\": 12345678901234567890123, \"text\": \"a\"}\n",
        "{\"id\": -1.50e3, \"text\": \"a\"}\n",
        "{\"id\": \"caf\\u00e9 \\\"7\\\"\", \"text\": \"a\"}\n",
        "{\"text\": \"a\"}\n",
    );
    let o = run(&["--input-jsonl", "-"], Some(input.as_bytes()));
    assert!(o.status.success(), "{}", stderr(&o));
    let out: Vec<&str> = stdout(&o).lines().collect();
    assert!(out[0].starts_with("{\"id\":12345678901234567890123,\"schema\":"), "{}", out[0]);
    assert!(out[1].starts_with("{\"id\":-1.50e3,\"schema\":"), "{}", out[1]);
    let third: Value = serde_json::from_str(out[2]).unwrap();
    assert_eq!(third["id"], "café \"7\"");
    assert!(out[3].starts_with("{\"schema\":"), "no id, no id field: {}", out[3]);
}

#[test]
fn odd_bytes_and_lone_surrogates_are_read_as_in_the_browser() {
    // A byte that is not UTF-8, a byte-order mark, Windows line ends, and a
    // lone surrogate escaped in JSON (as Python and JavaScript write one).
    let mut input =
        b"\xEF\xBB\xBF{\"id\": 1, \"text\": \"Sebanyak 1.000 pekerja \xFF terdaftar.\"}\r\n".to_vec();
    input.extend_from_slice(
        b"{\"id\": 2, \"text\": \"Dari total \\ud800 7.996.826 pekerja, baru 3.302.762 orang terdaftar.\"}\r\n",
    );
    let o = run(&["--input-jsonl", "-"], Some(&input));
    assert!(o.status.success(), "{}", stderr(&o));
    let got: Vec<&str> = stdout(&o).lines().collect();
    assert_eq!(got[0], expected(&json!(1), "Sebanyak 1.000 pekerja \u{FFFD} terdaftar."));
    let text = "Dari total \u{FFFD} 7.996.826 pekerja, baru 3.302.762 orang terdaftar.";
    assert_eq!(got[1], expected(&json!(2), text));
    let out = lines(&o);
    // One UTF-16 unit for one, as the JavaScript string had it.
    let fact = &out[1]["facts"][0];
    let [s, e] = [0, 1].map(|i| fact["span"]["utf16"][i].as_u64().unwrap() as usize);
    let units: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(String::from_utf16(&units[s..e]).unwrap(), fact["text"].as_str().unwrap());
}

#[test]
fn help_names_every_flag() {
    let o = run(&["--help"], None);
    assert!(o.status.success());
    let help = stdout(&o);
    for flag in
        ["--jsonl", "--input-jsonl", "-j N", "--jobs N", "-h", "--help", "-V", "--version", "cakupan -  "]
    {
        assert!(help.contains(flag), "--help does not mention {flag}");
    }
    for topic in ["\"source\"", "\"id\"", "\"error\"", "exit status", "progress bar", "standard input"] {
        assert!(help.contains(topic), "--help does not mention {topic}");
    }
    assert_eq!(run(&["-h"], None).stdout, o.stdout);
    let v = run(&["--version"], None);
    assert_eq!(stdout(&v), format!("cakupan {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn wrong_usage_exits_with_2() {
    for args in [
        &[][..],
        &["--jobs", "0", "a.txt"],
        &["--jobs", "many", "a.txt"],
        &["--frobnicate", "a.txt"],
        &["a.txt", "b.txt"],
        &["--jsonl"],
        &["--input-jsonl"],
        &["--input-jsonl", "a", "b"],
        &["--jsonl", "a", "--input-jsonl", "b"],
    ] {
        let o = run(args, None);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(o.stdout.is_empty());
        assert!(stderr(&o).starts_with("cakupan: "), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains("usage:"), "{args:?}");
    }
}

#[test]
fn an_unreadable_file() {
    let dir = scratch("unreadable");
    let missing = dir.join("missing.txt");
    let missing = missing.to_str().unwrap();
    let dir_name = dir.to_str().unwrap();

    // One article: a message, exit status 1, no output.
    let o = run(&[missing], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    assert!(stderr(&o).contains(&format!("cannot read {missing}")), "{}", stderr(&o));

    // The JSONL input itself, a missing file or a directory: the same.
    for path in [missing, dir_name] {
        let o = run(&["--input-jsonl", path], None);
        assert_eq!(o.status.code(), Some(1), "{path}");
        assert!(o.stdout.is_empty());
        assert!(stderr(&o).contains(&format!("cannot read {path}")), "{}", stderr(&o));
    }

    // One file of several: an error object in its place, the others' reports.
    let good = fixture_paths()[0].to_str().unwrap().to_string();
    let o = run(&["--jsonl", "-j", "2", &good, missing, dir_name, &good], None);
    assert_eq!(o.status.code(), Some(1));
    let out = lines(&o);
    assert_eq!(out.len(), 4);
    assert_eq!(out[0]["source"], good.as_str());
    assert_eq!(out[3], out[0]);
    for (i, path) in [(1, missing), (2, dir_name)] {
        assert_eq!(out[i]["source"], path);
        let message = out[i]["error"]["message"].as_str().unwrap();
        assert!(message.starts_with("cannot read: "), "{message}");
        assert_eq!(out[i].as_object().unwrap().len(), 2, "only source and error: {}", out[i]);
    }
    assert!(stderr(&o).contains(&format!("{missing}: cannot read")), "{}", stderr(&o));
    assert!(stderr(&o).contains("2 of 4 files could not be analysed"), "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_closed_output_ends_the_run_quietly() {
    // `cakupan --input-jsonl big.jsonl | head -1`: the pipe closes early.
    let input = jsonl(&articles()).repeat(3);
    let mut child = Command::new(BIN)
        .args(["--input-jsonl", "-", "-j", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    assert!(first.starts_with("{\"id\":0,"));
    // stdout is dropped here: the child's next writes fail.
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
}

/// The progress bar, under a pseudo-terminal made by `script` (util-linux),
/// where there is one: drawn on stderr, and the output the same as without it.
#[test]
fn a_progress_bar_on_a_terminal_only() {
    if Command::new("script").arg("--version").output().map_or(true, |o| !o.status.success()) {
        eprintln!("skipped: no `script` to make a terminal");
        return;
    }
    let dir = scratch("progress");
    let archive = dir.join("a.jsonl");
    std::fs::write(&archive, jsonl(&articles()[1..6])).unwrap();
    let plain = run(&["--input-jsonl", archive.to_str().unwrap()], None);
    assert!(plain.stderr.is_empty());
    let out = dir.join("out.jsonl");
    let command = format!("'{BIN}' --input-jsonl '{}' > '{}'", archive.display(), out.display());
    let terminal = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("TERM", "xterm")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(terminal.status.success(), "{}", String::from_utf8_lossy(&terminal.stdout));
    let drawn = String::from_utf8_lossy(&terminal.stdout);
    assert!(drawn.contains("5 articles") && drawn.contains("KiB"), "no progress bar: {drawn:?}");
    assert!(std::fs::read(&out).unwrap() == plain.stdout);
    let _ = std::fs::remove_dir_all(dir);
}

// ---- --recheck ----------------------------------------------------------------

fn seed3_report() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/seeds/003_5c7de55c21b6b812.txt");
    let out = run(&[path.to_str().unwrap()], None);
    assert!(out.status.success());
    serde_json::from_str(stdout(&out)).unwrap()
}

fn difference_status(report: &Value) -> Option<String> {
    report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "difference")
        .map(|c| c["status"].as_str().unwrap().to_string())
}

fn recheck_cli(report: &Value) -> Output {
    run(&["--recheck", "-"], Some(report.to_string().as_bytes()))
}

#[test]
fn recheck_follows_a_corrected_figure() {
    let mut report = seed3_report();
    assert_eq!(difference_status(&report).as_deref(), Some("inconsistent"));
    let i = report["facts"].as_array().unwrap().iter().position(|f| f["metric"] == "uncovered").unwrap();
    report["facts"][i]["value"] = json!(4_694_064.0);
    let out = recheck_cli(&report);
    assert!(out.status.success(), "{}", stderr(&out));
    let corrected: Value = serde_json::from_str(stdout(&out)).unwrap();
    assert_eq!(difference_status(&corrected).as_deref(), Some("consistent"));
    report["facts"].as_array_mut().unwrap().remove(i);
    let out = recheck_cli(&report);
    let removed: Value = serde_json::from_str(stdout(&out)).unwrap();
    assert_eq!(difference_status(&removed), None);
    // From a file too.
    let dir = scratch("recheck");
    let file = dir.join("report.json");
    std::fs::write(&file, seed3_report().to_string()).unwrap();
    let out = run(&["--recheck", file.to_str().unwrap()], None);
    let again: Value = serde_json::from_str(stdout(&out)).unwrap();
    assert_eq!(difference_status(&again).as_deref(), Some("inconsistent"));
}

#[test]
fn recheck_refuses_a_malformed_report_naming_the_field() {
    type Edit = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(Edit, &str)> = vec![
        (Box::new(|r| r["facts"][1]["value"] = json!("lots")), "facts[1].value"),
        (Box::new(|r| r["facts"][0]["metric"] = json!("widgets")), "facts[0].metric"),
        (Box::new(|r| r["facts"][0]["region"] = json!({"name": "Atlantis"})), "facts[0].region.name"),
        (Box::new(|r| r["facts"] = json!("none")), "facts"),
        (Box::new(|r| *r = json!({"facts": []})), "document"),
        (Box::new(|r| *r = json!(3)), "report"),
    ];
    for (edit, path) in cases {
        let mut report = seed3_report();
        edit(&mut report);
        let out = recheck_cli(&report);
        assert_eq!(out.status.code(), Some(1), "{path}: exit status");
        assert!(stdout(&out).is_empty(), "{path}: no partial result");
        assert!(stderr(&out).contains(path), "{path}: named in {:?}", stderr(&out));
    }
    let out = run(&["--recheck", "-"], Some(b"{ not json"));
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
}
