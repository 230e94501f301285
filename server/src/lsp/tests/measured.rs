//! Measured growth: a measurement stored in the kata's state shows on the
//! graded item's hover, on the complexity lens, in `kata/status` and, when
//! the solution grows too fast, as a warning. (`runs` measures for real.)

use super::super::katas::KataCtx;
use super::super::measured::tests::{growth, points};
use super::super::runs::finish;
use super::harness::{render_diagnostics, Fixture, TestClient};
use super::runs::outcome_of;
use super::utf16_caps;
use crate::engine::check::Checked;
use crate::engine::outcome::{GrowthVerdict, MeasuredGrowth, Measurement};
use crate::engine::{CheckOutcome, CheckRequest};
use crate::runner::{Outcome, RunReport, TestResult};
use expect_test::expect;
use serde_json::{json, Value};
use std::sync::Arc;

const LIB: &str = "pair-sum/src/lib.rs";

/// The reference, so that the static estimate meets the target.
fn fixture() -> (Fixture, String) {
    let fx = Fixture::new(&["pair-sum"]);
    let reference = fx
        .pack
        .get("pair-sum")
        .unwrap()
        .reference()
        .unwrap()
        .to_string();
    fx.write(LIB, &reference);
    (fx, reference)
}

/// A run of nine tests, `failed` of them failing.
fn run(failed: usize) -> RunReport {
    RunReport {
        tests: (0..9)
            .map(|i| TestResult {
                target: "pair_sum".into(),
                name: format!("t{i}"),
                outcome: if i < failed {
                    Outcome::Failed
                } else {
                    Outcome::Passed
                },
                panic: None,
            })
            .collect(),
        timeout: std::time::Duration::from_secs(3),
        ..RunReport::default()
    }
}

/// The outcome of nine passing tests and `measurement`, through the real
/// verdict (the static estimate of the reference meets the target).
fn measured(fx: &Fixture, kata: &KataCtx, measurement: Measurement) -> CheckOutcome {
    let request = CheckRequest {
        kata: kata.kata.clone(),
        crate_dir: kata.crate_dir.clone(),
        cargo_root: fx.ws.root.clone(),
        timeout: std::time::Duration::from_secs(3),
        measure: true,
    };
    let text = std::fs::read_to_string(kata.lib_path()).unwrap();
    let checks = crate::engine::check::static_checks(&kata.kata, &kata.rules, &text);
    Checked::new(&request, checks, None, &run(0)).finish(&request, measurement)
}

fn too_slow() -> Measurement {
    Measurement::Measured(MeasuredGrowth {
        points: points(&[3, 12, 50, 199, 790, 3160]),
        ..growth(
            GrowthVerdict::TooSlow,
            Some(1.9712),
            "grows like n^1.97, expected n^1 (O(n), n = 256..8192)",
        )
    })
}

fn passed() -> Measurement {
    Measurement::Measured(MeasuredGrowth {
        points: points(&[100, 205, 398, 810, 1590, 3230]),
        ..growth(
            GrowthVerdict::Pass,
            Some(1.0234),
            "measured n^1.02 (O(n) time, n = 256..8192): pass",
        )
    })
}

/// The graded item's hover from the `**Estimate**` line on.
async fn graded_hover(client: &mut TestClient, uri: &str, text: &str) -> String {
    let line = text
        .lines()
        .position(|l| l.starts_with("pub fn pair_sum("))
        .unwrap();
    let h = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": 9}}),
        )
        .await
        .unwrap();
    let md = h["contents"]["value"].as_str().unwrap();
    let from = md.find("**Estimate**").unwrap();
    let to = md.find("\n\n---").unwrap_or(md.len());
    md[from..to].to_string()
}

/// The title of the complexity lens (the one opening the prompt).
async fn complexity_lens(client: &mut TestClient, uri: &str) -> String {
    let lenses = client
        .request(
            "textDocument/codeLens",
            json!({"textDocument": {"uri": uri}}),
        )
        .await
        .unwrap();
    lenses
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["command"]["command"] == "kata.server.openPrompt")
        .map(|l| l["command"]["title"].as_str().unwrap().to_string())
        .unwrap()
}

async fn status(client: &mut TestClient, uri: &str) -> Value {
    client
        .request("kata/status", json!({"uri": uri}))
        .await
        .unwrap()
}

/// Everything the learner sees of the measurement, in one snapshot.
async fn seen(client: &mut TestClient, uri: &str, text: &str) -> String {
    let status = status(client, uri).await;
    format!(
        "hover:\n{}\nlens: {}\nstatus: measuring {} measured {}\n",
        graded_hover(client, uri, text).await,
        complexity_lens(client, uri).await,
        status["measuring"],
        serde_json::to_string_pretty(&status["measured"]).unwrap()
    )
}

/// The `window/showMessage` a finished check sent: `type: text`.
async fn message(client: &mut TestClient) -> String {
    let m = client.take("window/showMessage").await;
    format!(
        "{}: {}",
        m["params"]["type"],
        m["params"]["message"].as_str().unwrap()
    )
}

fn kata_of(client: &TestClient, fx: &Fixture) -> Arc<KataCtx> {
    client.inner.kata_for_path(&fx.path(LIB)).unwrap()
}

#[tokio::test]
async fn a_measurement_shows_on_hover_lens_status_and_as_a_warning() {
    let (fx, text) = fixture();
    let mut client = fx.client();
    client.initialize(utf16_caps(), Value::Null).await;
    let uri = fx.uri(LIB);
    client.open(&uri, &text).await;
    client.diagnostics(&uri).await;
    let kata = kata_of(&client, &fx);

    // The tests passed; the probe is running.
    kata.set_running(true);
    kata.set_measuring();
    expect![[r#"
        hover:
        **Estimate** O(n) time, O(n) space (high confidence)  
        **Probe** the whole kata, n operations: expected O(n)  
        **Measured** measuring growth…  
        **Hints** 0/3 shown
        lens: target O(n) time, O(n) space · estimate O(n) time, O(n) space (high confidence) · ⟳ measuring growth…
        status: measuring true measured null
    "#]]
    .assert_eq(&seen(&mut client, &uri, &text).await);

    // It grows too fast: too slow, a warning on the graded item, published
    // at once.
    let outcome = measured(&fx, &kata, too_slow());
    finish(&client.inner, &kata, outcome).await;
    expect!["2: kata `pair-sum`: 9/9 tests pass · too slow: grows like n^1.97, target O(n)"]
        .assert_eq(&message(&mut client).await);
    expect!["9:7-9:15 warning [complexity/measured-growth] kata `pair-sum`: 9/9 tests pass · too slow: grows like n^1.97, target O(n)"].assert_eq(&render_diagnostics(&client.diagnostics(&uri).await));
    expect![[r#"
        hover:
        **Estimate** O(n) time, O(n) space (high confidence)  
        **Probe** the whole kata, n operations: expected O(n)  
        **Measured** ✘ grows like n^1.97, expected n^1 (O(n), n = 256..8192) `▁▁▁▁▃█`  
        **Hints** 0/3 shown
        lens: target O(n) time, O(n) space · estimate O(n) time, O(n) space (high confidence) · ✘ grows like n^1.97
        status: measuring false measured {
          "expected": "O(n)",
          "expectedExponent": 1.0,
          "measure": "time",
          "reason": null,
          "sizes": [
            256,
            512,
            1024,
            2048,
            4096,
            8192
          ],
          "slope": 1.9712,
          "summary": "✘ grows like n^1.97, expected n^1 (O(n), n = 256..8192)",
          "verdict": "too-slow"
        }
    "#]]
    .assert_eq(&seen(&mut client, &uri, &text).await);

    // A later measurement passes: solved, and the warning goes away.
    let outcome = measured(&fx, &kata, passed());
    finish(&client.inner, &kata, outcome).await;
    expect!["3: kata solved: Pairs that sum to a target (pair-sum): solved: 9/9 tests pass, targets met"].assert_eq(&message(&mut client).await);
    expect!["9:7-9:15 info [kata/summary] kata `pair-sum`: solved: 9/9 tests pass, targets met"]
        .assert_eq(&render_diagnostics(&client.diagnostics(&uri).await));
    expect![[r#"
        hover:
        **Estimate** O(n) time, O(n) space (high confidence)  
        **Probe** the whole kata, n operations: expected O(n)  
        **Measured** ✔ measured n^1.02 (O(n) time, n = 256..8192): pass `▁▁▂▃▄█`  
        **Hints** 0/3 shown
        lens: target O(n) time, O(n) space · estimate O(n) time, O(n) space (high confidence) · measured n^1.02 ✔
        status: measuring false measured {
          "expected": "O(n)",
          "expectedExponent": 1.0,
          "measure": "time",
          "reason": null,
          "sizes": [
            256,
            512,
            1024,
            2048,
            4096,
            8192
          ],
          "slope": 1.0234,
          "summary": "✔ measured n^1.02 (O(n) time, n = 256..8192): pass",
          "verdict": "pass"
        }
    "#]]
    .assert_eq(&seen(&mut client, &uri, &text).await);

    // The probe could not run: the certain static estimate meets the
    // target, so the kata is solved; the hover says why it is unmeasured.
    let failed = Measurement::Measured(growth(
        GrowthVerdict::Error,
        None,
        "not measured: the probe did not build: pair-sum/src/lib.rs:3: oops",
    ));
    let outcome = measured(&fx, &kata, failed);
    finish(&client.inner, &kata, outcome).await;
    message(&mut client).await;
    client.diagnostics(&uri).await;
    expect![[r#"
        hover:
        **Estimate** O(n) time, O(n) space (high confidence)  
        **Probe** the whole kata, n operations: expected O(n)  
        **Measured** not measured: the probe did not build: pair-sum/src/lib.rs:3: oops  
        **Hints** 0/3 shown
        lens: target O(n) time, O(n) space · estimate O(n) time, O(n) space (high confidence) · not measured: the probe failed
        status: measuring false measured {
          "expected": "O(n)",
          "expectedExponent": 1.0,
          "measure": "time",
          "reason": null,
          "sizes": [
            256,
            512,
            1024,
            2048,
            4096,
            8192
          ],
          "slope": null,
          "summary": "not measured: the probe did not build: pair-sum/src/lib.rs:3: oops",
          "verdict": "error"
        }
    "#]]
    .assert_eq(&seen(&mut client, &uri, &text).await);

    // A later run fails its tests: nothing is measured, and the warning
    // of an earlier measurement is gone.
    let outcome = measured(&fx, &kata, too_slow());
    finish(&client.inner, &kata, outcome).await;
    message(&mut client).await;
    client.diagnostics(&uri).await;
    let outcome = outcome_of(&fx, &kata, &run(1));
    finish(&client.inner, &kata, outcome).await;
    expect![[r#"
        0:0-0:0 error [test/failed] test `t0` failed
        9:7-9:15 warning [kata/summary] kata `pair-sum`: failing: 8/9 tests pass
        ✘ t0: failed
        (each failing test is marked on its `fn` in the tests)"#]]
    .assert_eq(&render_diagnostics(&client.diagnostics(&uri).await));
    expect![[r#"
        hover:
        **Estimate** O(n) time, O(n) space (high confidence)  
        **Probe** the whole kata, n operations: expected O(n)  
        **Hints** 0/3 shown
        lens: target O(n) time, O(n) space · estimate O(n) time, O(n) space (high confidence)
        status: measuring false measured null
    "#]]
    .assert_eq(&seen(&mut client, &uri, &text).await);
    client.shutdown().await;
}

#[test]
fn the_warning_goes_on_every_graded_item() {
    // A kata grading three methods: the probe measures the whole kata.
    let fx = Fixture::new(&["lru-cache"]);
    let reference = fx.pack.get("lru-cache").unwrap().reference().unwrap();
    fx.write("lru-cache/src/lib.rs", reference);
    let kata = KataCtx::new(fx.pack.get("lru-cache").unwrap(), fx.path("lru-cache"));
    let lib = kata.lib_path();
    let render = |measurement| {
        let outcome = measured(&fx, &kata, measurement);
        let diags = super::super::diagnostics::from_outcome(
            &outcome,
            &kata,
            super::super::to_proto::Encoding::Utf16,
            &mut |p| (p == lib).then(|| reference.to_string()),
        );
        diags
            .iter()
            .map(|(path, d)| {
                format!(
                    "{}:\n{}",
                    path.strip_prefix(&fx.ws.root).unwrap().display(),
                    render_diagnostics(&json!({ "diagnostics": d }))
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    expect![[r#"
        lru-cache/src/lib.rs:
        35:11-35:14 warning [complexity/measured-growth] kata `lru-cache`: 9/9 tests pass · too slow: grows like n^1.97, target O(n)
        43:11-43:15 warning [complexity/measured-growth] kata `lru-cache`: 9/9 tests pass · too slow: grows like n^1.97, target O(n)
        50:11-50:14 warning [complexity/measured-growth] kata `lru-cache`: 9/9 tests pass · too slow: grows like n^1.97, target O(n)"#]]
    .assert_eq(&render(too_slow()));
    // A solution whose estimate names the slow methods: the warning goes on
    // them, not on `peek` (O(1)).
    let naive = fx.pack.get("lru-cache").unwrap().naive().unwrap();
    fx.write("lru-cache/src/lib.rs", naive);
    let outcome = measured(&fx, &kata, too_slow());
    let diags = super::super::diagnostics::from_outcome(
        &outcome,
        &kata,
        super::super::to_proto::Encoding::Utf16,
        &mut |p| (p == lib).then(|| naive.to_string()),
    );
    let warned: Vec<String> = diags[&lib]
        .iter()
        .filter(|d| d.severity == Some(tower_lsp_server::ls_types::DiagnosticSeverity::WARNING))
        .filter(|d| matches!(&d.code, Some(tower_lsp_server::ls_types::NumberOrString::String(c)) if c == "complexity/measured-growth"))
        .map(|d| naive.lines().nth(d.range.start.line as usize).unwrap().trim().to_string())
        .collect();
    expect![[r#"
        pub fn get(&mut self, key: &K) -> Option<&V> {
        pub fn put(&mut self, key: K, value: V) {
    "#]]
    .assert_eq(&(warned.join("\n") + "\n"));
    fx.write("lru-cache/src/lib.rs", reference);
    // Solved: the headline is information, not a warning.
    expect![[r#"
        lru-cache/src/lib.rs:
        35:11-35:14 info [kata/summary] kata `lru-cache`: solved: 9/9 tests pass, targets met
        43:11-43:15 info [kata/summary] kata `lru-cache`: solved: 9/9 tests pass, targets met
        50:11-50:14 info [kata/summary] kata `lru-cache`: solved: 9/9 tests pass, targets met"#]]
    .assert_eq(&render(passed()));
}

/// A restarted server (or one started after `kata check`) shows the last
/// recorded outcome: the status, the lens, the summary diagnostic.
#[tokio::test]
async fn the_last_outcome_survives_a_restart() {
    let (fx, text) = fixture();
    {
        let kata = KataCtx::new(fx.pack.get("pair-sum").unwrap(), fx.path("pair-sum"));
        let outcome = measured(&fx, &kata, too_slow());
        crate::engine::record::record(&fx.ws, &outcome).unwrap();
    }
    let mut client = fx.client();
    client.initialize(utf16_caps(), Value::Null).await;
    let uri = fx.uri(LIB);
    client.open(&uri, &text).await;
    expect!["9:7-9:15 warning [complexity/measured-growth] kata `pair-sum`: 9/9 tests pass · too slow: grows like n^1.97, target O(n)"]
        .assert_eq(&render_diagnostics(&client.diagnostics(&uri).await));
    let status = status(&mut client, &uri).await;
    assert_eq!(status["status"], "too-slow");
    assert_eq!(status["tests"]["lastRun"]["status"], "too-slow");
    assert_eq!(status["outcome"]["decidedBy"], "measurement");
    let lenses = client
        .request(
            "textDocument/codeLens",
            json!({"textDocument": {"uri": uri}}),
        )
        .await
        .unwrap();
    assert_eq!(lenses[1]["command"]["title"], "⚠ 9/9 too slow");
    client.shutdown().await;
}
