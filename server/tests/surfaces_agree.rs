//! The command line and the language server judge the same files the same
//! way: for a starter, a wrong, a too-slow and a right solution (built-in
//! pair-sum) and the fixture pack's answer and broken katas, `kata check`
//! and a save in `kata lsp` give the same outcome and record the same
//! progress. Both call the engine; this keeps it so.

#[path = "support/stdio_client.rs"]
mod stdio_client;

use serde_json::{json, Value};
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_kata");
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
    fn spawn(cwd: &Path, pack: Option<&Path>) -> Lsp {
        // The pack comes from the environment, as for the CLI (one test
        // runs in this binary, so no other thread reads it meanwhile).
        if let Some(pack) = pack {
            std::env::set_var("KATA_PACK", pack);
        } else {
            std::env::remove_var("KATA_PACK");
        }
        let (child, stdin, rx) = stdio_client::spawn_server(Path::new(BIN), cwd, Stdio::null());
        let mut lsp = Lsp {
            child,
            stdin,
            rx,
            queue: VecDeque::new(),
            next_id: 1,
        };
        let root = Value::String(format!("file://{}", cwd.display()));
        lsp.request(
            "initialize",
            json!({"capabilities": {}, "rootUri": root,
                   "initializationOptions": {"measureGrowth": false}}),
        );
        lsp.notify("initialized", json!({}));
        lsp
    }

    fn notify(&mut self, method: &str, params: Value) {
        stdio_client::write_frame(
            &mut self.stdin,
            &json!({"jsonrpc": "2.0", "method": method, "params": params}),
        );
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        stdio_client::write_frame(
            &mut self.stdin,
            &json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}),
        );
        let deadline = Instant::now() + RUN_WAIT;
        loop {
            if let Some(i) = self
                .queue
                .iter()
                .position(|m| m.get("method").is_none() && m["id"] == id)
            {
                let response = self.queue.remove(i).unwrap();
                assert!(response.get("error").is_none(), "{response}");
                return response["result"].clone();
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self.rx.recv_timeout(left) {
                Ok(msg) => self.queue.push_back(msg),
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => {
                    panic!("no answer to {method}")
                }
            }
        }
    }

    /// Saves `lib` and waits until the server has recorded the check.
    fn check_on_save(&mut self, lib: &Path, text: &str, version: i32) -> Value {
        let uri = format!("file://{}", lib.display());
        let runs_before = self.request("kata/status", json!({"uri": uri}))["tests"]["runs"]
            .as_u64()
            .unwrap();
        if version == 1 {
            self.notify(
                "textDocument/didOpen",
                json!({"textDocument": {"uri": uri, "languageId": "rust", "version": 1, "text": text}}),
            );
        } else {
            self.notify(
                "textDocument/didChange",
                json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}),
            );
        }
        self.notify(
            "textDocument/didSave",
            json!({"textDocument": {"uri": uri}}),
        );
        let deadline = Instant::now() + RUN_WAIT;
        loop {
            let status = self.request("kata/status", json!({"uri": uri}));
            if status["tests"]["runs"].as_u64().unwrap() > runs_before
                && status["tests"]["running"] == false
                && !status["outcome"].is_null()
            {
                return status["outcome"].clone();
            }
            assert!(
                Instant::now() < deadline,
                "the server never finished: {status}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Lsp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn kata(ws: &Path, pack: Option<&Path>, args: &[&str]) -> std::process::Output {
    let mut command = Command::new(BIN);
    command.args(args).current_dir(ws).env_remove("KATA_PACK");
    if let Some(pack) = pack {
        command.env("KATA_PACK", pack);
    }
    command.output().unwrap()
}

/// What must agree: the verdict and everything it was decided from (not
/// times, nor the learner-facing wording of a measurement).
fn projection(outcome: &Value) -> Value {
    let names = |key: &str, fields: &[&str]| -> Vec<Value> {
        outcome[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| {
                fields
                    .iter()
                    .map(|f| v.pointer(f).cloned().unwrap_or(Value::Null))
                    .collect()
            })
            .collect()
    };
    // Tests finish in any order (libtest runs them in parallel).
    let mut tests = names("testResults", &["/name", "/outcome", "/message"]);
    tests.sort_by_key(|t| t.to_string());
    json!({
        "status": outcome["status"],
        "decidedBy": outcome["decidedBy"],
        "headline": outcome["headline"],
        "tests": outcome["tests"],
        "testResults": tests,
        "compileErrors": names("compileErrors", &["/code", "/location/line", "/message"]),
        "findings": names("findings", &["/code", "/severity", "/location/line"]),
        "complexity": outcome["complexity"],
        "measurement": outcome["measurement"],
    })
}

fn progress_of(ws: &Path, id: &str) -> Value {
    let text = std::fs::read_to_string(ws.join(".kata/progress.json")).unwrap();
    let progress: Value = serde_json::from_str(&text).unwrap();
    let p = &progress["katas"][id];
    json!({"status": p["status"], "last_passed": p["last_passed"], "last_failed": p["last_failed"], "runs": p["runs"]})
}

/// Checks each solution with the CLI, then saves it in the server; returns
/// one line per case: the status both gave.
fn agree(pack: Option<&Path>, id: &str, cases: &[(&str, String)]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().canonicalize().unwrap();
    assert!(kata(&ws, pack, &["init", "."]).status.success());
    assert!(kata(&ws, pack, &["start", id]).status.success());
    let lib: PathBuf = ws.join(id).join("src/lib.rs");
    let mut lsp = Lsp::spawn(&ws, pack);
    let mut out = String::new();
    for (version, (name, text)) in cases.iter().enumerate() {
        std::fs::write(&lib, text).unwrap();
        let cli = kata(
            &ws,
            pack,
            &["check", id, "--format", "json", "--no-measure"],
        );
        let report: Value = serde_json::from_slice(&cli.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&cli.stderr)));
        let from_cli = report["katas"][0].clone();
        let recorded_by_cli = progress_of(&ws, id);
        let from_server = lsp.check_on_save(&lib, text, version as i32 + 1);
        let recorded_by_server = progress_of(&ws, id);
        let (cli_view, server_view) = (projection(&from_cli), projection(&from_server));
        for key in cli_view.as_object().unwrap().keys() {
            assert_eq!(
                cli_view[key], server_view[key],
                "{name}: the CLI and the server disagree on `{key}`"
            );
        }
        for key in ["status", "last_passed", "last_failed"] {
            assert_eq!(
                recorded_by_cli[key], recorded_by_server[key],
                "{name}: progress `{key}` differs"
            );
        }
        assert_eq!(
            recorded_by_server["runs"].as_u64(),
            recorded_by_cli["runs"].as_u64().map(|r| r + 1)
        );
        // Only a solved kata is celebrated.
        let celebrated = lsp.queue.iter().any(|m| {
            m["method"] == "window/showMessage"
                && m["params"]["message"]
                    .as_str()
                    .is_some_and(|t| t.starts_with("kata solved"))
        });
        assert_eq!(
            celebrated,
            from_server["status"] == "solved",
            "{name}: a solved message iff solved"
        );
        lsp.queue.retain(|m| m["method"] != "window/showMessage");
        let exit = cli.status.code().unwrap();
        out.push_str(&format!(
            "{id} {name}: {} (exit {exit}), progress {}\n",
            from_cli["status"].as_str().unwrap(),
            recorded_by_server["status"].as_str().unwrap()
        ));
    }
    out
}

fn builtin_file(rel: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../katas/pair-sum");
    std::fs::read_to_string(root.join(rel)).unwrap()
}

/// One test, so that the pack in the environment is this thread's alone.
#[test]
fn cli_and_server_agree() {
    pair_sum();
    fixture_pack();
    too_slow_is_never_solved();
}

/// An O(n^2) pair-sum, measured: too slow in every format, in the progress
/// store, and its reference stays locked.
fn too_slow_is_never_solved() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().canonicalize().unwrap();
    assert!(kata(&ws, None, &["init", "."]).status.success());
    assert!(kata(&ws, None, &["start", "pair-sum"]).status.success());
    std::fs::write(
        ws.join("pair-sum/src/lib.rs"),
        builtin_file("solution/naive.rs"),
    )
    .unwrap();
    let check = |format: &str| {
        let out = kata(&ws, None, &["check", "pair-sum", "--format", format]);
        assert_eq!(out.status.code(), Some(1), "{format}: too slow fails");
        String::from_utf8(out.stdout).unwrap()
    };
    let json: Value = serde_json::from_str(&check("json")).unwrap();
    let outcome = &json["katas"][0];
    assert_eq!(outcome["status"], "too-slow", "{outcome:#}");
    assert_eq!(json["summary"]["tooSlow"], 1);
    let human = check("human");
    assert!(human.contains("⚠ pair-sum — "), "{human}");
    assert!(human.contains("too slow"), "{human}");
    assert!(human.contains("1 kata checked: 1 too slow"), "{human}");
    let junit = check("junit");
    assert!(junit.contains("type=\"too-slow\""), "{junit}");
    let sarif: Value = serde_json::from_str(&check("sarif")).unwrap();
    assert_eq!(
        sarif["runs"][0]["properties"]["katas"][0]["status"],
        "too-slow"
    );
    let github = check("github");
    assert!(
        github.starts_with("::error file=pair-sum/src/lib.rs,title=pair-sum%3A too slow::"),
        "{github}"
    );
    assert_eq!(progress_of(&ws, "pair-sum")["status"], "too-slow");
    let solution = kata(&ws, None, &["solution", "pair-sum"]);
    assert!(!solution.status.success());
    assert!(
        String::from_utf8_lossy(&solution.stderr).contains("not solved yet"),
        "{}",
        String::from_utf8_lossy(&solution.stderr)
    );
}

fn pair_sum() {
    let starter = builtin_file("src/lib.rs");
    let wrong =
        "pub fn pair_sum(_nums: &[i64], _target: i64) -> Vec<(i64, i64)> {\n    Vec::new()\n}\n"
            .to_string();
    let cases = [
        ("starter", starter),
        ("wrong", wrong),
        ("naive", builtin_file("solution/naive.rs")),
        ("reference", builtin_file("solution/reference.rs")),
    ];
    expect_test::expect![[r#"
        pair-sum starter: failing (exit 1), progress started
        pair-sum wrong: failing (exit 1), progress started
        pair-sum naive: too-slow (exit 1), progress too-slow
        pair-sum reference: solved (exit 0), progress solved
    "#]]
    .assert_eq(&agree(None, "pair-sum", &cases));
}

fn fixture_pack() {
    let pack = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/pack");
    let pack = pack.canonicalize().unwrap();
    let answer = |rel: &str| std::fs::read_to_string(pack.join("answer").join(rel)).unwrap();
    let cases = [
        ("starter", answer("src/lib.rs")),
        (
            "unsafe",
            "pub fn answer() -> u64 {\n    unsafe { 42 }\n}\n".to_string(),
        ),
        ("reference", answer("solution/reference.rs")),
    ];
    let mut out = agree(Some(&pack), "answer", &cases);
    let broken = std::fs::read_to_string(pack.join("broken/src/lib.rs")).unwrap();
    out.push_str(&agree(Some(&pack), "broken", &[("starter", broken)]));
    expect_test::expect![[r#"
        answer starter: failing (exit 1), progress started
        answer unsafe: failing (exit 1), progress started
        answer reference: solved (exit 0), progress solved
        broken starter: does-not-compile (exit 1), progress started
    "#]]
    .assert_eq(&out);
}
