//! Measured growth: a measurement stored in the kata's state shows on the
//! graded item's hover, on the complexity lens, in `kata/status` and, when
//! the solution grows too fast, as a warning. (`runs` measures for real.)

use super::super::katas::{KataCtx, RunSummary};
use super::super::measured::tests::{passed, too_slow};
use super::super::measured::Growth;
use super::super::runs::record_growth;
use super::harness::{render_diagnostics, Fixture, TestClient};
use super::utf16_caps;
use expect_test::expect;
use serde_json::{json, Value};
use std::collections::BTreeMap;
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

fn solved() -> RunSummary {
    RunSummary {
        passed: 9,
        solved: true,
        ..RunSummary::default()
    }
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
    md[md.find("**Estimate**").unwrap()..].to_string()
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
    kata.set_run_diagnostics(solved(), BTreeMap::new(), true);
    expect![[r#"
        hover:
        **Estimate** O(n) time, O(n) space (high confidence)  
        **Measured growth** expected: O(n)  
        **Measured** measuring growth…  
        **Tests** solved: all 9 tests pass  
        **Hints** 0/3 shown
        lens: target O(n) time, O(n) space · estimate O(n) time, O(n) space (high confidence) · ⟳ measuring growth…
        status: measuring true measured null
    "#]]
    .assert_eq(&seen(&mut client, &uri, &text).await);

    // It grows too fast: a warning on the graded item, published at once.
    record_growth(&client.inner, &kata, too_slow()).await;
    expect!["9:7-9:15 warning [complexity/measured-growth] measured: grows like n^1.97, expected n^1 (n = 256..8192)"]
        .assert_eq(&render_diagnostics(&client.diagnostics(&uri).await));
    expect![[r#"
        hover:
        **Estimate** O(n) time, O(n) space (high confidence)  
        **Measured growth** expected: O(n)  
        **Measured** ✘ grows like n^1.97, expected n^1 (time, n = 256..8192)  
        **Tests** solved: all 9 tests pass  
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
          "summary": "✘ grows like n^1.97, expected n^1 (time, n = 256..8192)",
          "verdict": "too-slow"
        }
    "#]]
    .assert_eq(&seen(&mut client, &uri, &text).await);

    // A later measurement passes: the warning goes away.
    record_growth(&client.inner, &kata, passed()).await;
    assert_eq!(client.diagnostics(&uri).await["diagnostics"], json!([]));
    expect![[r#"
        hover:
        **Estimate** O(n) time, O(n) space (high confidence)  
        **Measured growth** expected: O(n)  
        **Measured** n^1.02 ✔ pass (time, n = 256..8192)  
        **Tests** solved: all 9 tests pass  
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
          "summary": "n^1.02 ✔ pass (time, n = 256..8192)",
          "verdict": "pass"
        }
    "#]]
    .assert_eq(&seen(&mut client, &uri, &text).await);

    // The probe could not run.
    record_growth(
        &client.inner,
        &kata,
        Growth::Failed("the probe did not build: pair-sum/src/lib.rs:3: oops".into()),
    )
    .await;
    assert_eq!(client.diagnostics(&uri).await["diagnostics"], json!([]));
    expect![[r#"
        hover:
        **Estimate** O(n) time, O(n) space (high confidence)  
        **Measured growth** expected: O(n)  
        **Measured** not measured: the probe did not build: pair-sum/src/lib.rs:3: oops  
        **Tests** solved: all 9 tests pass  
        **Hints** 0/3 shown
        lens: target O(n) time, O(n) space · estimate O(n) time, O(n) space (high confidence) · not measured: the probe failed
        status: measuring false measured {
          "expected": "O(n)",
          "expectedExponent": null,
          "measure": "time",
          "reason": "the probe did not build: pair-sum/src/lib.rs:3: oops",
          "sizes": [],
          "slope": null,
          "summary": "not measured: the probe did not build: pair-sum/src/lib.rs:3: oops",
          "verdict": "error"
        }
    "#]]
    .assert_eq(&seen(&mut client, &uri, &text).await);

    // A later run fails its tests: the measurement is forgotten, and with
    // it the warning.
    record_growth(&client.inner, &kata, too_slow()).await;
    client.diagnostics(&uri).await;
    let failed = RunSummary {
        passed: 8,
        failed: 1,
        ..RunSummary::default()
    };
    kata.set_run_diagnostics(failed, BTreeMap::new(), false);
    assert_eq!(kata.run_diagnostics(&fx.path(LIB)), []);
    expect![[r#"
        hover:
        **Estimate** O(n) time, O(n) space (high confidence)  
        **Measured growth** expected: O(n)  
        **Tests** 8/9 tests pass  
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
    let kata = KataCtx::new(fx.pack.get("lru-cache").unwrap(), fx.path("lru-cache"));
    let lib = kata.lib_path();
    let text = fx.pack.get("lru-cache").unwrap().reference().unwrap();
    let diags = super::super::diagnostics::from_growth(
        &too_slow(),
        &kata,
        super::super::to_proto::Encoding::Utf16,
        &mut |p| (p == lib).then(|| text.to_string()),
    );
    let rendered: Vec<String> = diags
        .iter()
        .map(|(path, d)| {
            format!(
                "{}:\n{}",
                path.strip_prefix(&fx.ws.root).unwrap().display(),
                render_diagnostics(&json!({ "diagnostics": d }))
            )
        })
        .collect();
    expect![[r#"
        lru-cache/src/lib.rs:
        35:11-35:14 warning [complexity/measured-growth] measured: grows like n^1.97, expected n^1 (n = 256..8192)
        43:11-43:15 warning [complexity/measured-growth] measured: grows like n^1.97, expected n^1 (n = 256..8192)
        50:11-50:14 warning [complexity/measured-growth] measured: grows like n^1.97, expected n^1 (n = 256..8192)"#]]
    .assert_eq(&rendered.join("\n"));
    // Nothing to warn about when it passed.
    let none = super::super::diagnostics::from_growth(
        &passed(),
        &kata,
        super::super::to_proto::Encoding::Utf16,
        &mut |_| Some(text.to_string()),
    );
    assert!(none.is_empty());
}
