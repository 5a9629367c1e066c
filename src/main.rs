//! The native command line: the same `analyze` the browser runs, over files and
//! over archives.
//!
//! `cakupan FILE` prints one report as pretty JSON; `cakupan -` reads standard
//! input. For an archive, `cakupan --jsonl FILE...` (one article per file, each
//! report with a `source` field naming its file) and `cakupan --input-jsonl FILE`
//! (one JSON object `{"id": ..., "text": "..."}` per line, each report with that
//! `id`) print one compact report per line, in input order, analysing up to
//! `--jobs` articles at once. `USAGE` below is the full description; README's
//! "The command line" says the same for readers of the repository.
//!
//! The archive modes stream: a reader thread takes one item at a time (a path,
//! or one line of the JSONL input), worker threads analyse and serialise, and
//! this thread writes each report as soon as it and every one before it are
//! done. At most `WINDOW_PER_JOB * jobs` items are between being read and being
//! written, so memory depends on the number of jobs, not on the archive's size.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::borrow::Cow;
    use std::collections::BTreeMap;
    use std::ffi::{OsStr, OsString};
    use std::fmt::Write as _;
    use std::fs::File;
    use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
    use std::process::ExitCode;
    use std::sync::mpsc::{self, RecvTimeoutError};
    use std::sync::{Condvar, Mutex};

    use indicatif::{ProgressBar, ProgressStyle};
    use serde::de::{Deserializer as _, Visitor};
    use serde::{Deserialize, Serialize};
    use serde_json::value::RawValue;

    /// Items in flight per job: read but not yet written.
    const WINDOW_PER_JOB: usize = 16;
    /// How long the writer lets results gather before taking them.
    const GATHER: std::time::Duration = std::time::Duration::from_millis(1);
    /// How long the writer waits for the next result before flushing what it holds.
    const FLUSH_AFTER: std::time::Duration = std::time::Duration::from_millis(5);
    /// The most threads `--jobs` may ask for.
    const MAX_JOBS: usize = 1024;
    /// The longest line `--input-jsonl` analyses (64 MiB, room for the 16 MiB
    /// `cakupan::MAX_INPUT_BYTES` of text written with JSON escapes). A longer
    /// line gets an error object and is skipped without being held in memory.
    const MAX_LINE_BYTES: usize = 64 * 1024 * 1024;
    /// Failed items named one by one on standard error; the rest only in the output.
    const MAX_ERRORS_SHOWN: u64 = 20;

    /// What a usage error prints after its message.
    const SYNOPSIS: &str = "\
usage: cakupan [-j N] FILE | - | --jsonl FILE... | --input-jsonl FILE | --recheck REPORT
       cakupan --help for more";

    fn usage(default_jobs: usize) -> String {
        format!(
            "\
cakupan: reads the numbers in Indonesian articles about BPJS Ketenagakerjaan and checks them

usage:
  cakupan FILE                 print the report for FILE as pretty JSON
  cakupan -                    the same, reading the article from standard input
  cakupan --jsonl FILE...      an archive of one article per file: one compact report
                               per line, in the order given, each with a \"source\"
                               field naming its file (- is standard input)
  cakupan --input-jsonl FILE   an archive in JSON Lines: FILE (- for standard input)
                               holds one JSON object per line, {{\"id\": ID, \"text\": TEXT}},
                               ID a string or a number (optional), other fields ignored;
                               one compact report per line, in input order, each with
                               the line's \"id\" copied as it was written
  cakupan --recheck REPORT     REPORT (- for standard input) is a report as cakupan
                               wrote it, its facts corrected by a person (values,
                               metrics, regions, periods changed; facts removed or
                               added): prints it with its checks, derived figures
                               and coverage recomputed from those facts; a malformed
                               report is an error naming the field (exit status 1)
  cakupan -h | --help          this text
  cakupan -V | --version       the version

options:
  -j N, --jobs N   analyse N articles at once, on N threads (default: the number of
                   cores, here {default_jobs}); for --jsonl and --input-jsonl. The output
                   is the same for every N.

archives:
  Reports come out in input order, each as soon as it and every one before it are
  done; at most {WINDOW_PER_JOB} x N articles are held in memory at once. Blank lines of
  --input-jsonl are skipped. A line that is not JSON, not an object, has no \"text\",
  a \"text\" that is not a string, an \"id\" that is neither a string nor a number, or
  more than {max_line} MiB gets an error object in its place, and so does a file that
  cannot be read; the run goes on:
    {{\"id\":ID,\"error\":{{\"line\":17,\"message\":\"...\"}}}}   (\"id\" when it could be read)
    {{\"source\":\"a.txt\",\"error\":{{\"message\":\"...\"}}}}
  Each is also named on standard error (the first {MAX_ERRORS_SHOWN}), with a count at the end.
  Text that is not valid UTF-8 is read with U+FFFD in place of the bad bytes, and a
  lone surrogate escaped in JSON (\\ud800) as one U+FFFD, as in the browser.
  A progress bar is drawn on standard error when it is a terminal (and TERM is set and
  not \"dumb\"), nothing otherwise.

exit status:
  0  every article got a report
  1  a file or line could not be read or analysed (its error object is in the
     output), the JSONL input could not be read, or the output could not be written
  2  wrong usage
",
            max_line = MAX_LINE_BYTES / (1024 * 1024),
        )
    }

    /// What the arguments ask for.
    #[derive(Debug, PartialEq)]
    enum Command {
        Help,
        Version,
        /// One article, pretty JSON.
        One(OsString),
        /// `--jsonl FILE...`
        Files {
            paths: Vec<OsString>,
            jobs: usize,
        },
        /// `--input-jsonl FILE`
        Lines {
            path: OsString,
            jobs: usize,
        },
        /// `--recheck REPORT`
        Recheck(OsString),
    }

    fn parse_jobs(value: Option<&OsStr>) -> Result<usize, String> {
        let text = value.and_then(OsStr::to_str).unwrap_or("");
        match text.parse::<usize>() {
            Ok(n) if (1..=MAX_JOBS).contains(&n) => Ok(n),
            _ => Err(format!("--jobs takes a whole number from 1 to {MAX_JOBS}, got {text:?}")),
        }
    }

    fn parse(args: &[OsString], default_jobs: usize) -> Result<Command, String> {
        let mut jsonl = false;
        let mut input: Option<OsString> = None;
        let mut jobs = None;
        let mut paths = Vec::new();
        let mut options_done = false;
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            let flag = arg.to_str().unwrap_or("");
            if options_done || flag == "-" || !arg.as_encoded_bytes().starts_with(b"-") {
                paths.push(arg.clone());
                continue;
            }
            let set_input = |input: &mut Option<OsString>, value: Option<&OsString>| {
                let value = value
                    .filter(|v| v.as_os_str() == "-" || !v.as_encoded_bytes().starts_with(b"-"))
                    .ok_or("--input-jsonl needs a FILE (or - for standard input)")?;
                match input.replace(value.clone()) {
                    Some(_) => Err("--input-jsonl reads one FILE".to_string()),
                    None => Ok(()),
                }
            };
            match flag {
                "--" => options_done = true,
                "-h" | "--help" => return Ok(Command::Help),
                "-V" | "--version" => return Ok(Command::Version),
                "--jsonl" => jsonl = true,
                "--recheck" => {
                    let file = it.next().ok_or("--recheck needs a REPORT file (or - for standard input)")?;
                    return Ok(Command::Recheck(file.clone()));
                }
                "--input-jsonl" => set_input(&mut input, it.next())?,
                "-j" | "--jobs" => jobs = Some(parse_jobs(it.next().map(OsString::as_os_str))?),
                _ => {
                    if let Some(v) = flag.strip_prefix("--jobs=").or_else(|| flag.strip_prefix("-j")) {
                        jobs = Some(parse_jobs(Some(OsStr::new(v)))?);
                    } else if let Some(v) = flag.strip_prefix("--input-jsonl=") {
                        set_input(&mut input, Some(&OsString::from(v)))?;
                    } else {
                        return Err(format!("unknown option {}", arg.to_string_lossy()));
                    }
                }
            }
        }
        let jobs = jobs.unwrap_or(default_jobs);
        match (jsonl, input) {
            (true, Some(_)) => Err("--jsonl and --input-jsonl cannot be combined".into()),
            (false, Some(path)) => match paths.first() {
                None => Ok(Command::Lines { path, jobs }),
                Some(extra) => {
                    Err(format!("--input-jsonl reads one FILE; unexpected {}", extra.to_string_lossy()))
                }
            },
            (true, None) if paths.is_empty() => Err("--jsonl needs at least one FILE".into()),
            (true, None) => Ok(Command::Files { paths, jobs }),
            (false, None) => match <[OsString; 1]>::try_from(paths) {
                Ok([path]) => Ok(Command::One(path)),
                Err(paths) if paths.is_empty() => Err("no FILE given".into()),
                Err(_) => Err("one FILE at a time; for several, --jsonl FILE...".into()),
            },
        }
    }

    pub fn main() -> ExitCode {
        let default_jobs = std::thread::available_parallelism().map_or(1, |n| n.get().min(MAX_JOBS));
        let args: Vec<OsString> = std::env::args_os().skip(1).collect();
        match parse(&args, default_jobs) {
            Ok(Command::Help) => {
                print!("{}", usage(default_jobs));
                ExitCode::SUCCESS
            }
            Ok(Command::Version) => {
                println!("cakupan {}", env!("CARGO_PKG_VERSION"));
                ExitCode::SUCCESS
            }
            Ok(Command::One(path)) => one(&path),
            Ok(Command::Files { paths, jobs }) => files(paths, jobs),
            Ok(Command::Lines { path, jobs }) => lines(&path, jobs),
            Ok(Command::Recheck(path)) => recheck(&path),
            Err(message) => {
                eprintln!("cakupan: {message}\n{SYNOPSIS}");
                ExitCode::from(2)
            }
        }
    }

    /// A file's text, or standard input's for `-`. Bytes that are not UTF-8 are
    /// replaced by U+FFFD.
    fn read(path: &OsStr) -> io::Result<String> {
        let mut bytes = Vec::new();
        if path == "-" {
            io::stdin().read_to_end(&mut bytes)?;
        } else {
            bytes = std::fs::read(path)?;
        }
        Ok(lossy(bytes))
    }

    fn lossy(bytes: Vec<u8>) -> String {
        match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        }
    }

    fn one(path: &OsStr) -> ExitCode {
        let text = match read(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("cakupan: cannot read {}: {e}", path.to_string_lossy());
                return ExitCode::FAILURE;
            }
        };
        let report = cakupan::analyze(&text);
        print_pretty(&report)
    }

    /// `--recheck REPORT`: the report with its checks recomputed from its facts.
    fn recheck(path: &OsStr) -> ExitCode {
        let text = match read(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("cakupan: cannot read {}: {e}", path.to_string_lossy());
                return ExitCode::FAILURE;
            }
        };
        let value: serde_json::Value = match serde_json::from_str(&text) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("cakupan: {} is not JSON: {e}", path.to_string_lossy());
                return ExitCode::FAILURE;
            }
        };
        let report = match cakupan::recheck::recheck(&value) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("cakupan: {} is not a report cakupan can recheck: {e}", path.to_string_lossy());
                return ExitCode::FAILURE;
            }
        };
        print_pretty(&report)
    }

    /// One report (or rechecked report) as pretty JSON on standard output.
    fn print_pretty(report: &impl serde::Serialize) -> ExitCode {
        let mut out = io::BufWriter::new(io::stdout().lock());
        let written = serde_json::to_writer_pretty(&mut out, report)
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out))
            .and_then(|()| out.flush());
        match written {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => write_failed(&e),
        }
    }

    fn write_failed(e: &io::Error) -> ExitCode {
        // `cakupan ... | head` closes the pipe early: no message for that.
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("cakupan: cannot write the output: {e}");
        }
        ExitCode::FAILURE
    }

    // ---- The archive modes -------------------------------------------------

    /// One item analysed: its output line, ready to write.
    struct Done {
        /// One compact JSON object and `\n`.
        json: Vec<u8>,
        /// Why the item got an error object instead of a report.
        error: Option<String>,
        /// How far the item moves the progress bar (bytes of input, or 1 file).
        weight: u64,
    }

    /// Where a run stopped early.
    #[derive(Debug)]
    enum Stop {
        /// Reading the items failed; everything read before was written.
        Read(io::Error),
        /// Writing the output failed.
        Write(io::Error),
        /// A worker panicked outside the per-item guard (a bug).
        Crashed,
    }

    /// Runs `work` over `items` on `jobs` threads and writes each result to
    /// `out` in the order of `items`, as soon as it and all before it are done,
    /// calling `written` after each. `items` is drawn on its own thread, one
    /// item at a time, and at most `WINDOW_PER_JOB * jobs` items are between
    /// being drawn and being written (queued, being analysed, or waiting for an
    /// earlier one), whatever the number of items. `out` is flushed once no
    /// result has come for `FLUSH_AFTER`, so a slow producer's reports are not
    /// held back and a busy run writes in large blocks. The writer sleeps
    /// `GATHER` after each batch it writes, so that it (and the reader it
    /// returns permits to) wakes once per batch, not once per item.
    fn pipeline<T, I, F>(
        items: I,
        jobs: usize,
        work: F,
        out: &mut dyn Write,
        mut written: impl FnMut(&Done),
    ) -> Result<(), Stop>
    where
        T: Send,
        I: Iterator<Item = io::Result<T>> + Send,
        F: Fn(T) -> Done + Sync,
    {
        let window = WINDOW_PER_JOB * jobs.max(1);
        // A permit for every item in flight: the reader takes one before
        // drawing an item, the writer gives them back once the items are written.
        let permits = Permits::new(window);
        let permits = &permits;
        let (jobs_tx, jobs_rx) = mpsc::channel::<(usize, T)>();
        let jobs_rx = Mutex::new(jobs_rx);
        let (done_tx, done_rx) = mpsc::channel::<(usize, Option<Done>)>();
        std::thread::scope(|s| {
            let reader = s.spawn(move || {
                let mut items = items;
                let mut index = 0;
                // Ends when the items end or fail, or the writer has stopped.
                while permits.take() {
                    match items.next() {
                        None => break,
                        Some(Err(e)) => return Err(e),
                        Some(Ok(item)) => {
                            if jobs_tx.send((index, item)).is_err() {
                                break;
                            }
                            index += 1;
                        }
                    }
                }
                Ok(())
            });
            for _ in 0..jobs.max(1) {
                let (jobs_rx, done_tx, work) = (&jobs_rx, done_tx.clone(), &work);
                s.spawn(move || loop {
                    // The lock is held only while waiting for the next item.
                    let next = match jobs_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok((index, item)) = next else { return };
                    // The work functions catch their own panics and return an
                    // error object; this guard only keeps a bug from hanging the run.
                    let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(item))).ok();
                    let crashed = done.is_none();
                    if done_tx.send((index, done)).is_err() || crashed {
                        return;
                    }
                });
            }
            drop(done_tx);

            let mut pending: BTreeMap<usize, Done> = BTreeMap::new();
            let mut next = 0;
            let mut result = Ok(());
            'receive: loop {
                // Flush only once no result has come for a moment: a busy
                // run writes in large blocks, a slow producer's reports still
                // go out within a few milliseconds.
                let received = match done_rx.recv_timeout(FLUSH_AFTER) {
                    Ok(message) => Some(message),
                    Err(RecvTimeoutError::Timeout) => {
                        if let Err(e) = out.flush() {
                            result = Err(Stop::Write(e));
                            break;
                        }
                        done_rx.recv().ok()
                    }
                    Err(RecvTimeoutError::Disconnected) => None,
                };
                let Some(mut message) = received else { break };
                // Take every result that has come, write what is in order,
                // then let the next ones gather for a moment: the writer wakes
                // at most once per `GATHER` while the workers are busy, not
                // once per article (each wake-up took a core from a worker).
                loop {
                    let (index, done) = message;
                    let Some(done) = done else {
                        result = Err(Stop::Crashed);
                        break 'receive;
                    };
                    pending.insert(index, done);
                    message = match done_rx.try_recv() {
                        Ok(more) => more,
                        Err(_) => break,
                    };
                }
                let before = next;
                while let Some(done) = pending.remove(&next) {
                    if let Err(e) = out.write_all(&done.json) {
                        result = Err(Stop::Write(e));
                        break 'receive;
                    }
                    written(&done);
                    next += 1;
                }
                permits.give(next - before);
                std::thread::sleep(GATHER);
            }
            // Unblock the reader and the workers if this stopped early.
            permits.close();
            drop(done_rx);
            let read = reader.join();
            result?;
            match read {
                _ if !pending.is_empty() => Err(Stop::Crashed),
                Err(_) => Err(Stop::Crashed),
                Ok(Err(e)) => Err(Stop::Read(e)),
                Ok(Ok(())) => out.flush().map_err(Stop::Write),
            }
        })
    }

    /// The pipeline's count of items that may still be drawn: the reader waits
    /// for one, the writer returns as many as it wrote in one go (one wake-up
    /// of the reader per batch written, not one per item).
    struct Permits {
        state: Mutex<PermitState>,
        changed: Condvar,
    }

    struct PermitState {
        free: usize,
        closed: bool,
    }

    impl Permits {
        fn new(free: usize) -> Self {
            Permits { state: Mutex::new(PermitState { free, closed: false }), changed: Condvar::new() }
        }

        /// Takes a permit, waiting for one; false once closed.
        fn take(&self) -> bool {
            let Ok(state) = self.state.lock() else { return false };
            let Ok(mut state) = self.changed.wait_while(state, |s| s.free == 0 && !s.closed) else {
                return false;
            };
            if state.closed {
                return false;
            }
            state.free -= 1;
            true
        }

        fn give(&self, n: usize) {
            if n == 0 {
                return;
            }
            if let Ok(mut state) = self.state.lock() {
                state.free += n;
                self.changed.notify_one();
            }
        }

        /// Wakes the reader for good: no item is drawn after this.
        fn close(&self) {
            if let Ok(mut state) = self.state.lock() {
                state.closed = true;
                self.changed.notify_one();
            }
        }
    }

    /// Runs `f`, turning a panic into an error message.
    fn caught<R>(f: impl FnOnce() -> R) -> Result<R, String> {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|payload| {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            format!("internal error, the analysis failed: {what}")
        })
    }

    /// A report with the `id` of its JSONL line in front.
    #[derive(Serialize)]
    struct Identified<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<&'a RawValue>,
        #[serde(flatten)]
        report: &'a cakupan::Report,
    }

    /// The object written in place of a report that could not be made.
    #[derive(Serialize)]
    struct Failed<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<&'a RawValue>,
        #[serde(skip_serializing_if = "Option::is_none")]
        source: Option<&'a str>,
        error: ErrorOut<'a>,
    }

    #[derive(Serialize)]
    struct ErrorOut<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        line: Option<u64>,
        message: &'a str,
    }

    fn json_line(value: &impl Serialize) -> Vec<u8> {
        let mut json = serde_json::to_vec(value).expect("a report always serialises");
        json.push(b'\n');
        json
    }

    fn failed(failure: Failed<'_>, note: String, weight: u64) -> Done {
        Done { json: json_line(&failure), error: Some(note), weight }
    }

    // ---- --jsonl FILE... ----

    fn file_report(path: &OsStr) -> Done {
        let source = path.to_string_lossy();
        let result = read(path)
            .map_err(|e| format!("cannot read: {e}"))
            .and_then(|text| caught(|| cakupan::analyze(&text)));
        match result {
            Ok(mut report) => {
                report.source = Some(source.into_owned());
                Done { json: json_line(&report), error: None, weight: 1 }
            }
            Err(message) => failed(
                Failed { id: None, source: Some(&source), error: ErrorOut { line: None, message: &message } },
                format!("{source}: {message}"),
                1,
            ),
        }
    }

    fn files(paths: Vec<OsString>, jobs: usize) -> ExitCode {
        let total = paths.len() as u64;
        let bar =
            progress(Some(total), "{elapsed_precise} [{wide_bar}] {human_pos}/{human_len} files, {eta} left");
        let items = paths.into_iter().map(Ok);
        let result = run(items, jobs, |path: OsString| file_report(&path), &bar);
        finish(result, &bar, "files", None)
    }

    // ---- --input-jsonl FILE ----

    /// One line of the JSONL input.
    struct Line {
        /// 1-based, counting blank lines.
        number: u64,
        /// The line without its end, or its length if it is over the limit.
        bytes: Result<Vec<u8>, u64>,
        /// Bytes of input, the line end included.
        weight: u64,
    }

    /// The non-blank lines of a reader, one at a time.
    struct Lines<R> {
        reader: R,
        number: u64,
        max: usize,
    }

    impl<R: BufRead> Iterator for Lines<R> {
        type Item = io::Result<Line>;

        fn next(&mut self) -> Option<io::Result<Line>> {
            loop {
                let mut bytes = Vec::new();
                let limit = self.max as u64 + 2; // room for "\r\n"
                let n = match (&mut self.reader).take(limit).read_until(b'\n', &mut bytes) {
                    Ok(0) => return None,
                    Ok(n) => n as u64,
                    Err(e) => return Some(Err(e)),
                };
                self.number += 1;
                let ended = bytes.last() == Some(&b'\n');
                if n == limit && !ended {
                    // Too long: skip the rest of it without keeping it.
                    let rest = match self.reader.skip_until(b'\n') {
                        Ok(rest) => rest as u64,
                        Err(e) => return Some(Err(e)),
                    };
                    return Some(Ok(Line { number: self.number, bytes: Err(n + rest), weight: n + rest }));
                }
                while matches!(bytes.last(), Some(b'\n' | b'\r')) {
                    bytes.pop();
                }
                if bytes.len() > self.max {
                    return Some(Ok(Line { number: self.number, bytes: Err(bytes.len() as u64), weight: n }));
                }
                if bytes.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                return Some(Ok(Line { number: self.number, bytes: Ok(bytes), weight: n }));
            }
        }
    }

    /// A JSONL line's fields, unparsed. `null` is kept (and refused), not read
    /// as a missing field.
    #[derive(Deserialize)]
    struct RawLine<'a> {
        #[serde(default, borrow, deserialize_with = "present")]
        id: Option<&'a RawValue>,
        #[serde(default, borrow, deserialize_with = "present")]
        text: Option<&'a RawValue>,
    }

    fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<&'de RawValue>, D::Error> {
        <&RawValue>::deserialize(d).map(Some)
    }

    /// What kind of JSON value `raw` is, in JavaScript's words.
    fn kind(raw: &RawValue) -> &'static str {
        match raw.get().as_bytes().first() {
            Some(b'"') => "string",
            Some(b'{') => "object",
            Some(b'[') => "array",
            Some(b't' | b'f') => "boolean",
            Some(b'n') => "null",
            _ => "number",
        }
    }

    /// Reads a JSON string's bytes as serde_json gives them (WTF-8: a lone
    /// surrogate escape such as `\ud800` becomes three bytes that are not
    /// UTF-8) and replaces each lone surrogate by one U+FFFD, as a browser's
    /// TextEncoder does, so UTF-16 offsets into the text stay those of the
    /// JavaScript string the JSON was written from.
    struct Wtf8Lossy;

    impl<'de> Visitor<'de> for Wtf8Lossy {
        type Value = Cow<'de, str>;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a string")
        }

        fn visit_borrowed_bytes<E>(self, v: &'de [u8]) -> Result<Cow<'de, str>, E> {
            Ok(from_wtf8(v))
        }

        fn visit_bytes<E>(self, v: &[u8]) -> Result<Cow<'de, str>, E> {
            Ok(Cow::Owned(from_wtf8(v).into_owned()))
        }
    }

    fn from_wtf8(bytes: &[u8]) -> Cow<'_, str> {
        if let Ok(s) = std::str::from_utf8(bytes) {
            return Cow::Borrowed(s);
        }
        let mut out = String::with_capacity(bytes.len());
        let mut rest = bytes;
        while !rest.is_empty() {
            match std::str::from_utf8(rest) {
                Ok(s) => {
                    out.push_str(s);
                    break;
                }
                Err(e) => {
                    let (valid, after) = rest.split_at(e.valid_up_to());
                    out.push_str(std::str::from_utf8(valid).unwrap_or_default());
                    out.push('\u{FFFD}');
                    // A surrogate is three bytes here and one UTF-16 unit in JavaScript.
                    let surrogate = matches!(after, [0xED, 0xA0..=0xBF, 0x80..=0xBF, ..]);
                    let skip = if surrogate { 3 } else { e.error_len().unwrap_or(after.len()) };
                    rest = &after[skip..];
                }
            }
        }
        Cow::Owned(out)
    }

    /// A line's `id` (if it has one) and text, or why it has none.
    /// A JSONL line's `id`, as written, if it has one.
    type Id<'a> = Option<&'a RawValue>;

    fn parse_line(json: &str) -> Result<(Id<'_>, Cow<'_, str>), (Id<'_>, String)> {
        let not_an_object = |e: Option<serde_json::Error>| match serde_json::from_str::<&RawValue>(json) {
            Err(e) => format!("not JSON: {}", without_position(&e)),
            Ok(raw) if kind(raw) != "object" => format!("expected a JSON object, got {}", kind(raw)),
            Ok(_) => e.map_or_else(String::new, |e| without_position(&e)),
        };
        // Checked first: serde would read an array as the fields in order.
        if !json.trim_start().starts_with('{') {
            return Err((None, not_an_object(None)));
        }
        let fields: RawLine = match serde_json::from_str(json) {
            Ok(fields) => fields,
            Err(e) => return Err((None, not_an_object(Some(e)))),
        };
        let id = match fields.id {
            Some(id) if !matches!(kind(id), "string" | "number") => {
                return Err((None, format!("\"id\": expected a string or a number, got {}", kind(id))));
            }
            id => id,
        };
        let Some(text) = fields.text else {
            return Err((id, "no \"text\"".into()));
        };
        if kind(text) != "string" {
            return Err((id, format!("\"text\": expected a string, got {}", kind(text))));
        }
        let mut de = serde_json::Deserializer::from_str(text.get());
        match de.deserialize_bytes(Wtf8Lossy) {
            Ok(text) => Ok((id, text)),
            Err(e) => Err((id, format!("\"text\": {}", without_position(&e)))),
        }
    }

    /// serde_json's message without " at line 1 column N", which would name
    /// the line within the line; the column stays.
    fn without_position(e: &serde_json::Error) -> String {
        let message = e.to_string();
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        match message.strip_suffix(&suffix) {
            Some(m) if e.line() != 0 => format!("{m} at column {}", e.column()),
            _ => message,
        }
    }

    fn line_report(line: Line) -> Done {
        let (number, weight) = (line.number, line.weight);
        let fail = |id: Option<&RawValue>, message: String| {
            failed(
                Failed { id, source: None, error: ErrorOut { line: Some(number), message: &message } },
                format!("line {number}: {message}"),
                weight,
            )
        };
        let bytes = match line.bytes {
            Ok(bytes) => bytes,
            Err(len) => {
                let max = MAX_LINE_BYTES / (1024 * 1024);
                return fail(None, format!("the line is {len} bytes long, over the {max} MiB limit"));
            }
        };
        let text = lossy(bytes);
        let json = if number == 1 { text.strip_prefix('\u{feff}').unwrap_or(&text) } else { &text };
        match parse_line(json) {
            Ok((id, article)) => match caught(|| cakupan::analyze(&article)) {
                Ok(report) => {
                    Done { json: json_line(&Identified { id, report: &report }), error: None, weight }
                }
                Err(message) => fail(id, message),
            },
            Err((id, message)) => fail(id, message),
        }
    }

    fn lines(path: &OsStr, jobs: usize) -> ExitCode {
        let name = if path == "-" { "standard input".into() } else { path.to_string_lossy() };
        let (reader, size): (Box<dyn BufRead + Send>, Option<u64>) = if path == "-" {
            (Box::new(BufReader::with_capacity(1 << 16, io::stdin())), None)
        } else {
            let file = File::open(path).and_then(|f| f.metadata().map(|m| (f, m)));
            match file {
                Ok((_, m)) if m.is_dir() => {
                    eprintln!("cakupan: cannot read {name}: it is a directory");
                    return ExitCode::FAILURE;
                }
                Ok((f, m)) => {
                    (Box::new(BufReader::with_capacity(1 << 16, f)), m.is_file().then_some(m.len()))
                }
                Err(e) => {
                    eprintln!("cakupan: cannot read {name}: {e}");
                    return ExitCode::FAILURE;
                }
            }
        };
        let bar = match size {
            Some(size) => progress(
                Some(size),
                "{elapsed_precise} [{wide_bar}] {binary_bytes}/{binary_total_bytes}, {binary_bytes_per_sec}, {eta} left, {msg}",
            ),
            None => progress(None, "{spinner} {elapsed_precise} {binary_bytes}, {binary_bytes_per_sec}, {msg}"),
        };
        let items = Lines { reader, number: 0, max: MAX_LINE_BYTES };
        let result = run(items, jobs, line_report, &bar);
        finish(result, &bar, "lines", Some(&name))
    }

    // ---- Shared by both archive modes ----

    /// A progress bar on standard error if it is a terminal, else a hidden one.
    fn progress(len: Option<u64>, template: &str) -> ProgressBar {
        if !io::stderr().is_terminal() {
            return ProgressBar::hidden();
        }
        let bar = match len {
            Some(len) => ProgressBar::new(len),
            None => ProgressBar::new_spinner(),
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar
    }

    /// What a run did.
    struct Tally {
        items: u64,
        failed: u64,
    }

    fn run<T, I, F>(items: I, jobs: usize, work: F, bar: &ProgressBar) -> (Result<(), Stop>, Tally)
    where
        T: Send,
        I: Iterator<Item = io::Result<T>> + Send,
        F: Fn(T) -> Done + Sync,
    {
        let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
        let mut tally = Tally { items: 0, failed: 0 };
        let mut message = String::new();
        let result = pipeline(items, jobs, work, &mut out, |done| {
            tally.items += 1;
            if let Some(error) = &done.error {
                tally.failed += 1;
                if tally.failed <= MAX_ERRORS_SHOWN {
                    bar.suspend(|| eprintln!("cakupan: {error}"));
                }
            }
            bar.inc(done.weight);
            if !bar.is_hidden() {
                message.clear();
                let _ = write!(message, "{} articles", tally.items);
                bar.set_message(message.clone());
            }
        });
        (result, tally)
    }

    fn finish(
        outcome: (Result<(), Stop>, Tally),
        bar: &ProgressBar,
        unit: &str,
        input: Option<&str>,
    ) -> ExitCode {
        let (result, tally) = outcome;
        if result.is_ok() {
            bar.finish();
        } else {
            bar.abandon();
        }
        let mut status = ExitCode::SUCCESS;
        if tally.failed > 0 {
            eprintln!(
                "cakupan: {} of {} {unit} could not be analysed; each has an error object in the output",
                tally.failed, tally.items
            );
            status = ExitCode::FAILURE;
        }
        match result {
            Ok(()) => status,
            Err(Stop::Read(e)) => {
                eprintln!("cakupan: cannot read {}: {e}", input.unwrap_or("the input"));
                ExitCode::FAILURE
            }
            Err(Stop::Write(e)) => write_failed(&e),
            Err(Stop::Crashed) => {
                eprintln!("cakupan: internal error: a worker thread failed; the output is incomplete");
                ExitCode::FAILURE
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use std::sync::atomic::{AtomicUsize, Ordering};

        fn os(args: &[&str]) -> Vec<OsString> {
            args.iter().map(OsString::from).collect()
        }

        #[test]
        fn arguments() {
            let p = |a: &[&str]| parse(&os(a), 3);
            assert_eq!(p(&["a.txt"]), Ok(Command::One("a.txt".into())));
            assert_eq!(p(&["-"]), Ok(Command::One("-".into())));
            assert_eq!(p(&["--jsonl", "a", "b"]), Ok(Command::Files { paths: os(&["a", "b"]), jobs: 3 }));
            assert_eq!(p(&["-j", "2", "--jsonl", "a"]), Ok(Command::Files { paths: os(&["a"]), jobs: 2 }));
            assert_eq!(p(&["--jsonl", "a", "-j4"]), Ok(Command::Files { paths: os(&["a"]), jobs: 4 }));
            assert_eq!(p(&["--jsonl", "--", "-j"]), Ok(Command::Files { paths: os(&["-j"]), jobs: 3 }));
            assert_eq!(
                p(&["--input-jsonl", "-", "--jobs=5"]),
                Ok(Command::Lines { path: "-".into(), jobs: 5 })
            );
            assert_eq!(p(&["--input-jsonl=x.jsonl"]), Ok(Command::Lines { path: "x.jsonl".into(), jobs: 3 }));
            assert_eq!(p(&["a", "--help"]), Ok(Command::Help));
            assert_eq!(p(&["-V"]), Ok(Command::Version));
            for bad in [
                &[][..],
                &["a", "b"],
                &["--jsonl"],
                &["--jobs", "0", "a"],
                &["--jobs", "x", "a"],
                &["-j"],
                &["--jobs=2000", "a"],
                &["--frobnicate", "a"],
                &["--input-jsonl"],
                &["--input-jsonl", "--jobs", "2"],
                &["--input-jsonl", "a", "b"],
                &["--input-jsonl", "a", "--input-jsonl", "b"],
                &["--jsonl", "a", "--input-jsonl", "b"],
            ] {
                assert!(p(bad).is_err(), "{bad:?} should be refused");
            }
        }

        fn numbered(n: usize) -> impl Iterator<Item = io::Result<usize>> + Send {
            (0..n).map(Ok)
        }

        fn echo(i: usize) -> Done {
            // Later items finish first now and then.
            std::thread::sleep(std::time::Duration::from_micros(((i * 7919) % 13) as u64 * 50));
            Done { json: format!("{i}\n").into_bytes(), error: None, weight: 1 }
        }

        #[test]
        fn the_pipeline_keeps_the_input_order() {
            for jobs in [1, 2, 4, 7] {
                let mut out = Vec::new();
                pipeline(numbered(500), jobs, echo, &mut out, |_| {}).unwrap();
                let expected: String = (0..500).map(|i| format!("{i}\n")).collect();
                assert_eq!(String::from_utf8(out).unwrap(), expected, "jobs = {jobs}");
            }
        }

        #[test]
        fn the_pipeline_holds_at_most_its_window() {
            // Items drawn but not yet written never exceed WINDOW_PER_JOB x jobs,
            // even when the first item is the slowest by far.
            let in_flight = AtomicUsize::new(0);
            let most = AtomicUsize::new(0);
            let items = (0..300usize).map(|i| {
                let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
                most.fetch_max(now, Ordering::SeqCst);
                Ok(i)
            });
            let work = |i: usize| {
                if i % 50 == 0 {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                Done { json: Vec::new(), error: None, weight: 1 }
            };
            let jobs = 3;
            pipeline(items, jobs, work, &mut Vec::new(), |_| {
                in_flight.fetch_sub(1, Ordering::SeqCst);
            })
            .unwrap();
            assert!(most.load(Ordering::SeqCst) <= WINDOW_PER_JOB * jobs, "{most:?}");
            assert_eq!(in_flight.load(Ordering::SeqCst), 0);
        }

        #[test]
        fn a_read_error_stops_after_writing_what_was_read() {
            let items = (0..10usize).map(|i| if i == 6 { Err(io::Error::other("disk")) } else { Ok(i) });
            let mut out = Vec::new();
            let result = pipeline(items, 2, echo, &mut out, |_| {});
            assert!(matches!(result, Err(Stop::Read(_))), "{result:?}");
            assert_eq!(String::from_utf8(out).unwrap(), "0\n1\n2\n3\n4\n5\n");
        }

        struct Closed;
        impl Write for Closed {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }

        #[test]
        fn a_write_error_stops_the_run_without_hanging() {
            // An endless input: only stopping everything ends this test.
            let result = pipeline((0..).map(Ok), 2, echo, &mut Closed, |_| {});
            assert!(matches!(result, Err(Stop::Write(_))), "{result:?}");
        }

        #[test]
        fn a_panicking_worker_ends_the_run_instead_of_hanging_it() {
            let work = |i: usize| if i == 40 { panic!("boom") } else { echo(i) };
            let mut out = Vec::new();
            let result = pipeline((0..).map(Ok), 2, work, &mut out, |_| {});
            assert!(matches!(result, Err(Stop::Crashed)), "{result:?}");
            assert!(String::from_utf8(out).unwrap().starts_with("0\n1\n"));
        }

        #[test]
        fn a_panicking_reader_ends_the_run_instead_of_hanging_it() {
            let items = (0..).map(|i| if i == 30 { panic!("bad input") } else { Ok(i) });
            let mut out = Vec::new();
            let result = pipeline(items, 2, echo, &mut out, |_| {});
            assert!(matches!(result, Err(Stop::Crashed)), "{result:?}");
            assert!(String::from_utf8(out).unwrap().ends_with("28\n29\n"));
        }

        #[test]
        fn a_panic_in_an_analysis_becomes_an_error_message() {
            let r: Result<(), String> = caught(|| panic!("index out of range"));
            assert_eq!(r.unwrap_err(), "internal error, the analysis failed: index out of range");
        }

        fn lines_of(input: &[u8], max: usize) -> Vec<(u64, Result<Vec<u8>, u64>, u64)> {
            Lines { reader: BufReader::with_capacity(8, input), number: 0, max }
                .map(|l| l.map(|l| (l.number, l.bytes, l.weight)).unwrap())
                .collect()
        }

        #[test]
        fn lines_skip_blanks_strip_ends_and_refuse_overlong_lines() {
            let got = lines_of(b"a\r\n\n  \t\nbb\n0123456789abc\nlast", 10);
            assert_eq!(
                got,
                vec![
                    (1, Ok(b"a".to_vec()), 3),
                    (4, Ok(b"bb".to_vec()), 3),
                    (5, Err(14), 14),
                    (6, Ok(b"last".to_vec()), 4),
                ]
            );
            // At the limit exactly, with either line end, a line is kept.
            assert_eq!(lines_of(b"0123456789\r\nx", 10)[0].1, Ok(b"0123456789".to_vec()));
            assert_eq!(lines_of(b"0123456789", 10)[0].1, Ok(b"0123456789".to_vec()));
            assert_eq!(lines_of(b"0123456789ab", 10)[0].1, Err(12));
        }

        #[test]
        fn lone_surrogates_become_one_replacement_character_each() {
            let text = |json: &str| parse_line(json).map(|(_, t)| t.into_owned()).unwrap();
            assert_eq!(text(r#"{"text":"a\ud800b"}"#), "a\u{FFFD}b");
            assert_eq!(text(r#"{"text":"\udc00\ud800"}"#), "\u{FFFD}\u{FFFD}");
            assert_eq!(text(r#"{"text":"\ud83d\ude00 x\u00e9"}"#), "\u{1F600} x\u{e9}");
            assert_eq!(text(r#"{"text":"\ud83d"}"#), "\u{FFFD}");
            assert_eq!(from_wtf8(b"ok"), "ok");
        }

        #[test]
        fn malformed_lines_say_what_is_wrong() {
            let error = |json: &str| parse_line(json).map(|_| ()).unwrap_err().1;
            assert_eq!(error("hello"), "not JSON: expected value at column 1");
            assert_eq!(error("{\"text\": \"a\""), "not JSON: EOF while parsing an object at column 12");
            assert_eq!(error("[1, 2]"), "expected a JSON object, got array");
            assert_eq!(error("\"text\""), "expected a JSON object, got string");
            assert_eq!(error(r#"{"id": 1}"#), "no \"text\"");
            assert_eq!(error(r#"{"id": 1, "text": null}"#), "\"text\": expected a string, got null");
            assert_eq!(error(r#"{"id": 1, "text": ["a"]}"#), "\"text\": expected a string, got array");
            assert_eq!(
                error(r#"{"id": true, "text": "a"}"#),
                "\"id\": expected a string or a number, got boolean"
            );
            assert!(error(r#"{"text": "a", "text": "b"}"#).contains("duplicate field"));
            let (id, _) = parse_line(r#"{"id": 12345678901234567890123, "text": 7}"#).unwrap_err();
            assert_eq!(id.map(RawValue::get), Some("12345678901234567890123"));
        }
    }
}
