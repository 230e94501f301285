//! The real binary over stdio: `kata lsp` in a practice workspace made by
//! `kata init` and `kata start pair-sum`.

#[path = "support/stdio_client.rs"]
mod stdio_client;

use serde_json::{json, Value};
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_kata");
const WAIT: Duration = Duration::from_secs(20);
/// A cold cargo build and test run.
const RUN_WAIT: Duration = Duration::from_secs(300);

struct Lsp {
    child: Child,
    stdin: ChildStdin,
    rx: Receiver<Value>,
    queue: VecDeque<Value>,
    next_id: i64,
}

impl Lsp {
    fn spawn(cwd: &Path) -> Lsp {
        let (child, stdin, rx) = stdio_client::spawn_server(Path::new(BIN), cwd, Stdio::inherit());
        Lsp {
            child,
            stdin,
            rx,
            queue: VecDeque::new(),
            next_id: 1,
        }
    }

    fn send(&mut self, msg: Value) {
        stdio_client::write_frame(&mut self.stdin, &msg);
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    fn send_request(&mut self, method: &str, params: Value) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        id
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.send_request(method, params);
        let response = self.take(WAIT, |m| m.get("method").is_none() && m["id"] == id);
        assert!(response.get("error").is_none(), "{response}");
        response["result"].clone()
    }

    fn take(&mut self, within: Duration, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.queue.iter().position(&pred) {
            return self.queue.remove(i).unwrap();
        }
        let deadline = Instant::now() + within;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.rx.recv_timeout(left) {
                Ok(msg) if pred(&msg) => return msg,
                Ok(msg) => self.queue.push_back(msg),
                Err(RecvTimeoutError::Timeout) | Err(RecvTimeoutError::Disconnected) => {
                    panic!(
                        "no matching message within {within:?}; unread: {:#?}",
                        self.queue
                    )
                }
            }
        }
    }

    fn diagnostics(&mut self, within: Duration, uri: &str, pred: impl Fn(&Value) -> bool) -> Value {
        self.take(within, |m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && pred(&m["params"]["diagnostics"])
        })["params"]["diagnostics"]
            .clone()
    }

    fn initialize(&mut self, root: &Path, options: Value) {
        let result = self.request(
            "initialize",
            json!({
                "processId": std::process::id(),
                "rootUri": uri(root),
                "capabilities": {"general": {"positionEncodings": ["utf-16"]}},
                "initializationOptions": options,
            }),
        );
        assert_eq!(result["capabilities"]["positionEncoding"], "utf-16");
        self.notify("initialized", json!({}));
    }

    fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "rust", "version": 1, "text": text}}),
        );
    }

    fn save(&mut self, uri: &str) {
        self.notify(
            "textDocument/didSave",
            json!({"textDocument": {"uri": uri}}),
        );
    }

    /// `shutdown`, `exit`; the process must end promptly.
    fn shutdown(mut self) {
        self.request("shutdown", Value::Null);
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                assert!(status.success(), "kata lsp exited with {status}");
                return;
            }
            assert!(
                Instant::now() < deadline,
                "kata lsp did not exit after `exit`"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Lsp {
    fn drop(&mut self) {
        // Only if a test failed half-way: the process we started must not
        // outlive the test.
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// `kata init` + `kata start pair-sum` in a temporary directory.
fn workspace() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    let ok = |c: &mut Command| {
        let out = c.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    ok(Command::new(BIN).arg("init").arg(&root));
    ok(Command::new(BIN)
        .current_dir(&root)
        .args(["start", "pair-sum"]));
    (dir, root)
}

fn codes(diags: &Value) -> Vec<String> {
    diags
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn opening_a_kata_file_shows_rule_and_syntax_diagnostics() {
    let (_dir, root) = workspace();
    let lib = root.join("pair-sum/src/lib.rs");
    let mut lsp = Lsp::spawn(&root);
    lsp.initialize(&root, Value::Null);
    let text = "// 😀 before\npub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {\n    let mut v = nums.to_vec(); v.sort();\n    let = ;\n    vec![]\n}\n";
    lsp.open(&uri(&lib), text);
    let diags = lsp.diagnostics(WAIT, &uri(&lib), |_| true);
    let codes = codes(&diags);
    // The static estimate may add its own `complexity/*` findings.
    let kata_codes: Vec<&str> = codes
        .iter()
        .map(String::as_str)
        .filter(|c| !c.starts_with("complexity/"))
        .collect();
    assert_eq!(kata_codes, ["rule/no-sort", "syntax/error"], "{diags:#}");
    let find = |code: &str| {
        diags
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["code"] == code)
            .unwrap()
            .clone()
    };
    // `v.sort()` on line 2, the broken `let` on line 3.
    assert_eq!(
        find("rule/no-sort")["range"]["start"],
        json!({"line": 2, "character": 31})
    );
    assert_eq!(find("rule/no-sort")["source"], "kata");
    assert_eq!(find("syntax/error")["range"]["start"]["line"], 3);
    lsp.shutdown();
}

/// The line of `fn name` in `text`.
fn fn_line(text: &str, name: &str) -> usize {
    text.lines()
        .position(|l| l.trim_start().starts_with(&format!("fn {name}(")))
        .unwrap_or_else(|| panic!("no fn {name}"))
}

#[test]
fn saving_runs_the_tests_wrong_then_solved_then_looping() {
    let (_dir, root) = workspace();
    let lib = root.join("pair-sum/src/lib.rs");
    let tests = root.join("pair-sum/tests/pair_sum.rs");
    let tests_text = std::fs::read_to_string(&tests).unwrap();
    let mut lsp = Lsp::spawn(&root);
    lsp.initialize(&root, json!({"timeoutSecs": 3}));

    // A wrong solution: every test that expects pairs fails, on its fn.
    let wrong =
        "pub fn pair_sum(_nums: &[i64], _target: i64) -> Vec<(i64, i64)> {\n    vec![(0, 0)]\n}\n";
    std::fs::write(&lib, wrong).unwrap();
    lsp.open(&uri(&lib), wrong);
    lsp.save(&uri(&lib));
    let failures = lsp.diagnostics(RUN_WAIT, &uri(&tests), |d| {
        !d.as_array().unwrap().is_empty()
    });
    let failures = failures.as_array().unwrap();
    assert!(failures.len() >= 3, "{failures:#?}");
    for d in failures {
        assert_eq!(d["code"], "test/failed");
        let message = d["message"].as_str().unwrap();
        let name = message
            .strip_prefix("test `")
            .and_then(|m| m.split('`').next())
            .unwrap();
        assert_eq!(
            d["range"]["start"]["line"].as_u64().unwrap() as usize,
            fn_line(&tests_text, name),
            "{message}"
        );
        assert!(
            message.contains("\nexpected: ") && message.contains("\nactual:   "),
            "{message}"
        );
    }
    let summary = lsp.diagnostics(WAIT, &uri(&lib), |d| !d.as_array().unwrap().is_empty());
    assert_eq!(summary[0]["code"], "kata/summary");
    assert!(summary[0]["message"]
        .as_str()
        .unwrap()
        .contains("tests pass"));

    // The reference: solved, the failures go away, progress is recorded.
    let reference = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../katas/pair-sum/solution/reference.rs"),
    )
    .unwrap();
    std::fs::write(&lib, &reference).unwrap();
    lsp.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri(&lib), "version": 2}, "contentChanges": [{"text": reference}]}),
    );
    lsp.save(&uri(&lib));
    let solved = lsp.take(RUN_WAIT, |m| m["method"] == "window/showMessage");
    assert!(
        solved["params"]["message"]
            .as_str()
            .unwrap()
            .starts_with("kata solved"),
        "{solved}"
    );
    lsp.diagnostics(WAIT, &uri(&tests), |d| d.as_array().unwrap().is_empty());
    let progress: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join(".kata/progress.json")).unwrap())
            .unwrap();
    assert_eq!(progress["katas"]["pair-sum"]["status"], "solved");

    // Then the probe measures the growth: a pass, on the status, the
    // complexity lens and the graded item's hover.
    let status = measured_pass(&mut lsp, &uri(&lib));
    let measured = &status["measured"];
    assert_eq!(measured["expected"], "O(n)", "{measured:#}");
    assert_eq!(measured["measure"], "time", "{measured:#}");
    let slope = measured["slope"].as_f64().unwrap();
    assert!(slope < 1.45, "{measured:#}");
    assert_eq!(
        measured["sizes"].as_array().unwrap().len(),
        6,
        "{measured:#}"
    );
    let lenses = lsp.request(
        "textDocument/codeLens",
        json!({"textDocument": {"uri": uri(&lib)}}),
    );
    let complexity = lenses
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["command"]["command"] == "kata.server.openPrompt")
        .map(|l| l["command"]["title"].as_str().unwrap().to_string())
        .unwrap();
    assert!(
        complexity.ends_with(&format!(" · measured n^{slope:.2} ✔")),
        "{complexity}"
    );
    let line = reference
        .lines()
        .position(|l| l.starts_with("pub fn pair_sum("))
        .unwrap();
    let hover = lsp.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri(&lib)}, "position": {"line": line, "character": 9}}),
    );
    let hover = hover["contents"]["value"].as_str().unwrap();
    assert!(
        hover.contains(&format!(
            "**Measured** ✔ measured n^{slope:.2} (O(n) time, n = "
        )),
        "{hover}"
    );

    // An infinite loop: a timeout diagnostic, and hovers answer meanwhile.
    let looping = "pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {\n    loop {\n        std::hint::black_box((nums, target));\n    }\n}\n";
    std::fs::write(&lib, looping).unwrap();
    lsp.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri(&lib), "version": 3}, "contentChanges": [{"text": looping}]}),
    );
    lsp.save(&uri(&lib));
    // Let the build finish and the tests start looping.
    std::thread::sleep(Duration::from_secs(2));
    let asked = Instant::now();
    let hover = lsp.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri(&lib)}, "position": {"line": 0, "character": 9}}),
    );
    let answered = asked.elapsed();
    assert!(hover["contents"]["value"]
        .as_str()
        .unwrap()
        .contains("Pairs that sum"));
    assert!(
        answered < Duration::from_secs(2),
        "hover took {answered:?} during a run"
    );
    let timeouts = lsp.diagnostics(RUN_WAIT, &uri(&tests), |d| {
        d.as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "test/timeout")
    });
    // Tests that never started (the binary was stopped for the hung ones)
    // are reported too; the hung one says it timed out.
    let first = timeouts
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "test/timeout")
        .unwrap();
    assert!(
        first["message"]
            .as_str()
            .unwrap()
            .contains("timed out after 3 s"),
        "{first}"
    );
    lsp.shutdown();
}

/// Waits for the measurement of the last run's code (the run after the
/// last recorded one, if the tests are still running) and returns the
/// `kata/status` showing it.
fn measurement(lsp: &mut Lsp, lib: &str, runs_at_least: u64) -> Value {
    let deadline = Instant::now() + RUN_WAIT;
    loop {
        let status = lsp.request("kata/status", json!({"uri": lib}));
        let runs = status["tests"]["runs"].as_u64().unwrap();
        if runs >= runs_at_least && status["measuring"] == false && !status["measured"].is_null() {
            return status;
        }
        assert!(
            Instant::now() < deadline,
            "no measurement within {RUN_WAIT:?}: {status:#}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The measured growth of the solved kata, which must pass. Timing on a
/// loaded machine can leave a measurement inconclusive: then the file is
/// saved again, at most twice. "Too slow" or an error fails at once.
fn measured_pass(lsp: &mut Lsp, lib: &str) -> Value {
    let runs = |status: &Value| status["tests"]["runs"].as_u64().unwrap();
    let now = lsp.request("kata/status", json!({"uri": lib}));
    let mut status = measurement(lsp, lib, runs(&now));
    for _ in 0..2 {
        if status["measured"]["verdict"] != "inconclusive" {
            break;
        }
        eprintln!("inconclusive, measuring again: {:#}", status["measured"]);
        let before = runs(&status);
        lsp.save(lib);
        status = measurement(lsp, lib, before + 1);
    }
    assert_eq!(status["measured"]["verdict"], "pass", "{status:#}");
    status
}

/// Test processes started by runs in `root`, found through /proc.
fn processes_under(root: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        if let Ok(exe) = std::fs::read_link(entry.path().join("exe")) {
            if exe.starts_with(root) {
                found.push(exe.display().to_string());
            }
        }
    }
    found
}

#[test]
fn shutdown_kills_the_run_in_flight() {
    let (_dir, root) = workspace();
    let lib = root.join("pair-sum/src/lib.rs");
    let looping = "pub fn pair_sum(_: &[i64], _: i64) -> Vec<(i64, i64)> {\n    loop { std::hint::spin_loop(); }\n}\n";
    std::fs::write(&lib, looping).unwrap();
    let mut lsp = Lsp::spawn(&root);
    lsp.initialize(&root, json!({"timeoutSecs": 60}));
    lsp.open(&uri(&lib), looping);
    lsp.save(&uri(&lib));
    // Wait until the test binary is looping.
    let deadline = Instant::now() + RUN_WAIT;
    while processes_under(&root.join("target")).is_empty() {
        assert!(Instant::now() < deadline, "the tests never started");
        std::thread::sleep(Duration::from_millis(100));
    }
    lsp.shutdown();
    let left = processes_under(&root);
    assert!(left.is_empty(), "processes outlived the server: {left:?}");
}
