//! Test runs on save: mapping a run to diagnostics (pure), and real runs
//! with `$/progress`, cancellation and code-lens refresh.

use super::super::diagnostics::from_outcome;
use super::super::katas::KataCtx;
use super::super::to_proto::Encoding;
use super::harness::{render_diagnostics, Fixture, TestClient};
use crate::engine::check::{Checked, StaticChecks};
use crate::engine::outcome::Measurement;
use crate::engine::{CheckOutcome, CheckRequest};
use crate::runner::{BuildOutput, Outcome, RunReport, TestResult};
use expect_test::expect;
use serde_json::{json, Value};
use std::time::Duration;

const LIB: &str = "pair-sum/src/lib.rs";
const TESTS: &str = "pair-sum/tests/pair_sum.rs";

/// Our own tests file, so that the snapshots do not follow the pack's.
pub const TESTS_TEXT: &str = "use pair_sum::pair_sum;

#[test]
fn finds_a_pair() {
    assert_eq!(pair_sum(&[1, 5], 6), vec![(1, 5)], \"input: [1, 5]\");
}

#[test]
fn empty_has_none() {
    assert_eq!(pair_sum(&[], 0), vec![]);
}

mod edge {
    use pair_sum::pair_sum;

    #[test]
    fn single() {
        assert!(pair_sum(&[3], 6).is_empty());
    }
}
";

pub const STARTER: &str = "pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    todo!(\"pair_sum({nums:?}, {target})\")
}
";

fn fixture() -> Fixture {
    let fx = Fixture::new(&["pair-sum"]);
    fx.write(TESTS, TESTS_TEXT);
    fx.write(LIB, STARTER);
    fx
}

/// The engine's outcome of a fabricated run (no static checks, no
/// measurement), as a check would produce it.
pub fn outcome_of(fx: &Fixture, kata: &KataCtx, report: &RunReport) -> CheckOutcome {
    let request = CheckRequest {
        kata: kata.kata.clone(),
        crate_dir: kata.crate_dir.clone(),
        cargo_root: fx.ws.root.clone(),
        timeout: report.timeout,
        measure: false,
    };
    Checked::new(&request, StaticChecks::default(), None, report)
        .finish(&request, Measurement::NotRun)
}

fn render_files(
    fx: &Fixture,
    files: &std::collections::BTreeMap<
        std::path::PathBuf,
        Vec<tower_lsp_server::ls_types::Diagnostic>,
    >,
) -> String {
    let mut out = String::new();
    for (path, diags) in files {
        let rel = path
            .strip_prefix(&fx.ws.root)
            .unwrap()
            .display()
            .to_string();
        let params = json!({"diagnostics": diags});
        out.push_str(&format!("{rel}:\n{}\n", render_diagnostics(&params)));
    }
    out
}

#[test]
fn a_run_maps_to_diagnostics_on_the_right_lines() {
    let fx = fixture();
    // A learner file with multi-byte text before the error.
    fx.write(LIB, "// ünïcödé 😀\npub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {\n    let x: u8 = \"😀\"; x\n}\n");
    let kata = KataCtx::new(fx.pack.get("pair-sum").unwrap(), fx.path("pair-sum"));
    let lib_text = std::fs::read_to_string(fx.path(LIB)).unwrap();
    let start = lib_text.find("\"😀\"").unwrap();
    let mut build = BuildOutput::default();
    build.parse_line(&json!({
        "reason": "compiler-message",
        "message": {
            "level": "error", "message": "mismatched types", "code": {"code": "E0308"},
            "rendered": "error[E0308]: mismatched types\n --> pair-sum/src/lib.rs:3:17\n  |\n  = note: expected `u8`, found `&str`\n",
            "spans": [{"file_name": "pair-sum/src/lib.rs", "byte_start": start, "byte_end": start + 6,
                       "line_start": 3, "column_start": 17, "is_primary": true}]
        }
    }).to_string());
    let report = RunReport {
        build,
        timeout: Duration::from_secs(3),
        ..RunReport::default()
    };
    let outcome = outcome_of(&fx, &kata, &report);
    let mapped = from_outcome(&outcome, &kata, Encoding::Utf16, &mut |p| {
        std::fs::read_to_string(p).ok()
    });
    expect![[r#"
        pair-sum/src/lib.rs:
        1:7-1:15 info [kata/summary] kata `pair-sum`: does not compile: 1 error
        2:16-2:20 error [build/E0308] mismatched types
        note: expected `u8`, found `&str`
    "#]]
    .assert_eq(&render_files(&fx, &mapped));

    // Tests: a failure with expected/actual, a timeout, a stack overflow.
    fx.write(LIB, STARTER);
    let failed = |name: &str, outcome: Outcome, message: &str| TestResult {
        target: "pair_sum".into(),
        name: name.into(),
        outcome,
        panic: Some(crate::runner::parse_panic(message)),
    };
    let report = RunReport {
        tests: vec![
            failed(
                "empty_has_none",
                Outcome::Failed,
                "thread 'empty_has_none' (77) panicked at pair-sum/tests/pair_sum.rs:10:5:\nassertion `left == right` failed: input: [], target 0\n  left: [(0, 0)]\n right: []\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
            ),
            failed("finds_a_pair", Outcome::TimedOut, ""),
            failed("edge::single", Outcome::StackOverflow, "thread 'edge::single' has overflowed its stack\nfatal runtime error: stack overflow"),
            TestResult {
                target: "pair_sum".into(),
                name: "missing_from_the_file".into(),
                outcome: Outcome::Passed,
                panic: None,
            },
        ],
        timeout: Duration::from_secs(3),
        ..RunReport::default()
    };
    let outcome = outcome_of(&fx, &kata, &report);
    let mapped = from_outcome(&outcome, &kata, Encoding::Utf16, &mut |p| {
        std::fs::read_to_string(p).ok()
    });
    expect![[r#"
        pair-sum/src/lib.rs:
        0:7-0:15 warning [kata/summary] kata `pair-sum`: failing: 1/4 tests pass · `finds_a_pair` timed out
        ✘ empty_has_none: assertion `left == right` failed: input: [], target 0; expected: []; actual: [(0, 0)]
        ✘ finds_a_pair: timed out after 3 s (an infinite loop?)
        ✘ edge::single: overflowed its stack (unbounded recursion?); thread 'edge::single' has overflowed its stack; fatal runtime error: stack overflow
        (each failing test is marked on its `fn` in the tests)
        pair-sum/tests/pair_sum.rs:
        3:3-3:15 error [test/timeout] finds_a_pair timed out after 3 s (an infinite loop?)
        8:3-8:17 error [test/failed] test `empty_has_none` failed: assertion `left == right` failed: input: [], target 0
        expected: []
        actual:   [(0, 0)]
            related 9:4: the test panicked here
        16:7-16:13 error [test/stack-overflow] edge::single overflowed its stack (unbounded recursion?)
        thread 'edge::single' has overflowed its stack
        fatal runtime error: stack overflow
    "#]]
    .assert_eq(&render_files(&fx, &mapped));
    assert_eq!((outcome.tests.passed, outcome.tests.failed), (1, 3));
}

/// Takes `$/progress` notifications of `token` until its end; returns the
/// end message.
async fn progress_end(client: &mut TestClient, token: &Value) -> String {
    loop {
        let token = token.clone();
        let p = client
            .take_within(super::harness::RUN_WAIT, move |m| {
                m["method"] == "$/progress" && m["params"]["token"] == token
            })
            .await;
        if p["params"]["value"]["kind"] == "end" {
            return p["params"]["value"]["message"]
                .as_str()
                .unwrap_or("")
                .to_string();
        }
    }
}

/// Accepts the next progress token; checks its `begin`.
async fn progress_begin(client: &mut TestClient) -> Value {
    let create = client.take_run("window/workDoneProgress/create").await;
    let token = create["params"]["token"].clone();
    client.respond(&create, Value::Null).await;
    let t = token.clone();
    let begin = client
        .take_within(super::harness::WAIT, move |m| {
            m["method"] == "$/progress" && m["params"]["token"] == t
        })
        .await;
    assert_eq!(begin["params"]["value"]["kind"], "begin");
    assert_eq!(begin["params"]["value"]["title"], "kata: testing pair-sum");
    token
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn save_runs_the_tests_with_progress_and_a_new_save_cancels() {
    let fx = fixture();
    let mut client = fx.client();
    client
        .initialize(
            json!({"window": {"workDoneProgress": true}, "workspace": {"codeLens": {"refreshSupport": true}}}),
            json!({"timeoutSecs": 5}),
        )
        .await;
    let lib = fx.uri(LIB);
    let tests = fx.uri(TESTS);
    client.open(&lib, STARTER).await;
    client.diagnostics(&lib).await;

    // Two saves in a row: the first run is cancelled, the second reports.
    client
        .notify(
            "textDocument/didSave",
            json!({"textDocument": {"uri": lib}}),
        )
        .await;
    let first = progress_begin(&mut client).await;
    client
        .notify(
            "textDocument/didSave",
            json!({"textDocument": {"uri": lib}}),
        )
        .await;
    assert_eq!(progress_end(&mut client, &first).await, "cancelled");
    let second = progress_begin(&mut client).await;
    let on_tests = client
        .take_within(super::harness::RUN_WAIT, |m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == tests
        })
        .await;
    let on_lib = client.diagnostics(&lib).await;
    assert_eq!(
        progress_end(&mut client, &second).await,
        "failing: 0/3 tests pass"
    );
    let refresh = client.take("workspace/codeLens/refresh").await;
    client.respond(&refresh, Value::Null).await;

    expect![[r#"
        3:3-3:15 error [test/failed] test `finds_a_pair` failed: not yet implemented: pair_sum([1, 5], 6)
            related 1:4: the test panicked here
        8:3-8:17 error [test/failed] test `empty_has_none` failed: not yet implemented: pair_sum([], 0)
            related 1:4: the test panicked here
        16:7-16:13 error [test/failed] test `edge::single` failed: not yet implemented: pair_sum([3], 6)
            related 1:4: the test panicked here"#]]
    .assert_eq(&render_diagnostics(&on_tests["params"]));
    expect![[r#"
        0:7-0:15 warning [kata/summary] kata `pair-sum`: failing: 0/3 tests pass
        ✘ edge::single: not yet implemented: pair_sum([3], 6)
        ✘ empty_has_none: not yet implemented: pair_sum([], 0)
        ✘ finds_a_pair: not yet implemented: pair_sum([1, 5], 6)
        (each failing test is marked on its `fn` in the tests)
        1:4-1:41 error [test/panicked] tests edge::single, empty_has_none, finds_a_pair panicked here: not yet implemented: pair_sum([3], 6)"#]]
        .assert_eq(&render_diagnostics(&on_lib));
    assert_eq!(on_lib["version"], 1);

    let status = client
        .request("kata/status", json!({"uri": lib}))
        .await
        .unwrap();
    assert_eq!(status["tests"]["lastRun"]["failed"], 3);
    // Where each test is defined, for editors that list tests.
    let items: Vec<String> = status["tests"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let r = &i["range"];
            format!(
                "{} {} {}:{}-{}:{}",
                i["name"].as_str().unwrap(),
                i["uri"].as_str().unwrap().replace(&fx.uri(""), ""),
                r["start"]["line"],
                r["start"]["character"],
                r["end"]["line"],
                r["end"]["character"]
            )
        })
        .collect();
    expect![[r#"
        edge::single pair-sum/tests/pair_sum.rs 16:7-16:13
        empty_has_none pair-sum/tests/pair_sum.rs 8:3-8:17
        finds_a_pair pair-sum/tests/pair_sum.rs 3:3-3:15"#]]
    .assert_eq(&items.join("\n"));
    assert_eq!(fx.ws.progress().read().unwrap().get("pair-sum").runs, 1);
    client.shutdown().await;
}

/// Takes `$/progress` notifications of `token` until the report `message`.
async fn progress_until(client: &mut TestClient, token: &Value, message: &str) {
    loop {
        let token = token.clone();
        let p = client
            .take_within(super::harness::RUN_WAIT, move |m| {
                m["method"] == "$/progress" && m["params"]["token"] == token
            })
            .await;
        let value = &p["params"]["value"];
        assert_ne!(value["kind"], "end", "ended before `{message}`: {p}");
        if value["message"] == message {
            return;
        }
    }
}

/// The tests passed and the probe runs: the lenses are refreshed to say
/// so, and nothing is celebrated before the measurement decides.
async fn measuring(client: &mut TestClient, token: &Value) {
    progress_until(client, token, "measuring growth").await;
    let refresh = client.take_run("workspace/codeLens/refresh").await;
    client.respond(&refresh, Value::Null).await;
    assert!(
        !client
            .queue
            .iter()
            .any(|m| m["method"] == "window/showMessage"),
        "a message before the verdict"
    );
}

/// The `kata solved` message, the summary on `src/lib.rs` and the lenses
/// refreshed with the verdict.
async fn solved_then_refreshed(client: &mut TestClient, lib: &str) -> Value {
    let solved = client.take_run("window/showMessage").await;
    assert!(
        solved["params"]["message"]
            .as_str()
            .unwrap()
            .starts_with("kata solved"),
        "{solved}"
    );
    let diagnostics = client.diagnostics(lib).await;
    let refresh = client.take_run("workspace/codeLens/refresh").await;
    client.respond(&refresh, Value::Null).await;
    diagnostics
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passing_tests_measure_growth_and_a_new_save_cancels_the_measurement() {
    let fx = fixture();
    let text = fx
        .pack
        .get("pair-sum")
        .unwrap()
        .reference()
        .unwrap()
        .to_string();
    fx.write(LIB, &text);
    let mut client = fx.client();
    client
        .initialize(
            json!({"window": {"workDoneProgress": true}, "workspace": {"codeLens": {"refreshSupport": true}}}),
            json!({"timeoutSecs": 10}),
        )
        .await;
    let lib = fx.uri(LIB);
    client.open(&lib, &text).await;
    client.diagnostics(&lib).await;
    let save = json!({"textDocument": {"uri": lib}});

    // The tests pass, the probe starts building; a new save cancels it.
    client.notify("textDocument/didSave", save.clone()).await;
    let first = progress_begin(&mut client).await;
    measuring(&mut client, &first).await;
    client.notify("textDocument/didSave", save).await;
    assert_eq!(progress_end(&mut client, &first).await, "cancelled");

    // The second run measures to the end.
    let second = progress_begin(&mut client).await;
    measuring(&mut client, &second).await;
    let status = client
        .request("kata/status", json!({"uri": lib}))
        .await
        .unwrap();
    assert_eq!(status["measuring"], true, "{status}");
    assert_eq!(status["measured"], Value::Null, "{status}");
    let end = progress_end(&mut client, &second).await;
    let after = solved_then_refreshed(&mut client, &lib).await;

    let status = client
        .request("kata/status", json!({"uri": lib}))
        .await
        .unwrap();
    let measured = &status["measured"];
    assert_eq!(status["measuring"], false, "{status}");
    // Timing on a busy machine may leave the reference inconclusive; it
    // must never be called too slow, and the probe must build and run.
    let verdict = measured["verdict"].as_str().unwrap();
    assert!(["pass", "inconclusive"].contains(&verdict), "{measured:#}");
    assert_eq!(measured["expected"], "O(n)");
    assert_eq!(measured["measure"], "time");
    assert_eq!(status["outcome"]["status"], "solved", "{status}");
    assert_eq!(end, "solved: 3/3 tests pass, targets met");
    expect!["9:7-9:15 info [kata/summary] kata `pair-sum`: solved: 3/3 tests pass, targets met"]
        .assert_eq(&render_diagnostics(&after));
    let lenses = client
        .request(
            "textDocument/codeLens",
            json!({"textDocument": {"uri": lib}}),
        )
        .await
        .unwrap();
    let complexity = lenses[3]["command"]["title"].as_str().unwrap();
    assert!(complexity.contains(" · measured n^"), "{complexity}");
    assert_eq!(lenses[1]["command"]["title"], "✔ 3/3 solved");
    client.shutdown().await;
}
