//! Initialize, keystroke diagnostics, hovers, lenses, actions, inlay hints.

use super::harness::{render_diagnostics, render_without_complexity, uri, Fixture};
use super::{utf16_caps, utf8_caps, SOLUTION_WITH_FINDINGS};
use expect_test::expect;
use serde_json::{json, Value};

const LIB: &str = "pair-sum/src/lib.rs";

#[tokio::test]
async fn initialize_negotiates_the_position_encoding() {
    let fx = Fixture::new(&[]);
    let mut client = fx.client();
    let result = client.initialize(utf8_caps(), Value::Null).await;
    assert_eq!(result["capabilities"]["positionEncoding"], "utf-8");
    expect![[r#"
        {
          "codeActionProvider": {
            "codeActionKinds": [
              "quickfix",
              ""
            ],
            "resolveProvider": false
          },
          "codeLensProvider": {
            "resolveProvider": false
          },
          "executeCommandProvider": {
            "commands": [
              "kata.server.showHint",
              "kata.server.runTests",
              "kata.server.reset",
              "kata.server.revealSolution",
              "kata.server.startNext",
              "kata.server.openPrompt"
            ]
          },
          "experimental": {
            "kataNotifications": [
              "kata/statusChanged"
            ],
            "kataRequests": [
              "kata/list",
              "kata/start",
              "kata/status"
            ]
          },
          "hoverProvider": true,
          "inlayHintProvider": true,
          "positionEncoding": "utf-8",
          "textDocumentSync": {
            "change": 1,
            "openClose": true,
            "save": {
              "includeText": false
            }
          }
        }"#]]
    .assert_eq(&serde_json::to_string_pretty(&result["capabilities"]).unwrap());
    client.shutdown().await;

    let mut client = fx.client();
    let result = client.initialize(utf16_caps(), Value::Null).await;
    assert_eq!(result["capabilities"]["positionEncoding"], "utf-16");
    client.shutdown().await;
}

#[tokio::test]
async fn keystroke_diagnostics_in_utf8() {
    let fx = Fixture::new(&["pair-sum"]);
    let mut client = fx.client();
    client.initialize(utf8_caps(), Value::Null).await;
    client.open(&fx.uri(LIB), SOLUTION_WITH_FINDINGS).await;
    let d = client.diagnostics(&fx.uri(LIB)).await;
    assert_eq!(d["version"], 1);
    // The static estimate flags the nested loops, pointing at the item.
    let complexity = d["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "complexity/nested-loop")
        .expect("a complexity finding");
    assert_eq!(complexity["source"], "kata");
    assert_eq!(
        complexity["relatedInformation"][0]["location"]["uri"],
        json!(fx.uri(LIB))
    );
    // `v.sort()` follows `ß😀` on its line: UTF-8 columns count bytes.
    expect![[r#"
        2:44-2:52 warning [rule/no-sort] Sorting costs O(n log n); this kata asks for a single O(n) pass.
        5:8-7:9 warning [rule/no-nested-loop] A loop inside a loop over the input checks every pair: O(n^2)."#]]
    .assert_eq(&render_without_complexity(&d));

    // An incremental edit that breaks the syntax: `out` → `let = ;`.
    client
        .notify(
            "textDocument/didChange",
            json!({
                "textDocument": {"uri": fx.uri(LIB), "version": 2},
                "contentChanges": [{"range": {"start": {"line": 9, "character": 4}, "end": {"line": 9, "character": 7}}, "text": "let = ;"}]
            }),
        )
        .await;
    let d = client.diagnostics(&fx.uri(LIB)).await;
    assert_eq!(d["version"], 2);
    expect![[r#"
        2:44-2:52 warning [rule/no-sort] Sorting costs O(n log n); this kata asks for a single O(n) pass.
        5:8-7:9 warning [rule/no-nested-loop] A loop inside a loop over the input checks every pair: O(n^2).
        9:4-9:9 error [syntax/error] syntax error: unexpected `let =`"#]]
    .assert_eq(&render_without_complexity(&d));
    client.shutdown().await;
}

#[tokio::test]
async fn keystroke_diagnostics_in_utf16_do_not_shift() {
    let fx = Fixture::new(&["pair-sum"]);
    let mut client = fx.client();
    client.initialize(utf16_caps(), Value::Null).await;
    client.open(&fx.uri(LIB), SOLUTION_WITH_FINDINGS).await;
    let d = client.diagnostics(&fx.uri(LIB)).await;
    // `ß` is one unit, `😀` two: 44 bytes are 41 UTF-16 units.
    expect![[r#"
        2:41-2:49 warning [rule/no-sort] Sorting costs O(n log n); this kata asks for a single O(n) pass.
        5:8-7:9 warning [rule/no-nested-loop] A loop inside a loop over the input checks every pair: O(n^2)."#]]
    .assert_eq(&render_without_complexity(&d));
    // Typing an emoji before `v.sort()` moves it by two units.
    client
        .notify(
            "textDocument/didChange",
            json!({
                "textDocument": {"uri": fx.uri(LIB), "version": 2},
                "contentChanges": [{"range": {"start": {"line": 2, "character": 33}, "end": {"line": 2, "character": 33}}, "text": "🦀"}]
            }),
        )
        .await;
    let d = client.diagnostics(&fx.uri(LIB)).await;
    assert_eq!(d["version"], 2);
    assert_eq!(d["diagnostics"][0]["range"]["start"]["character"], 43);
    client.shutdown().await;
}

#[tokio::test]
async fn files_outside_katas_get_nothing() {
    let fx = Fixture::new(&["pair-sum"]);
    let other = tempfile::tempdir().unwrap();
    std::fs::write(
        other.path().join("Cargo.toml"),
        "[package]\nname = \"x\"\nversion = \"0.1.0\"\n",
    )
    .unwrap();
    std::fs::create_dir(other.path().join("src")).unwrap();
    let other_uri = uri(&other.path().join("src/lib.rs"));
    let mut client = fx.client();
    client.initialize(utf8_caps(), Value::Null).await;
    client.open(&other_uri, "fn broken( {").await;
    let hover = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": other_uri}, "position": {"line": 0, "character": 3}}),
        )
        .await;
    assert_eq!(hover, Ok(Value::Null));
    // A kata's README is not analysed either; its tests are (syntax only).
    client.open(&fx.uri("pair-sum/README.md"), "# x").await;
    client
        .open(
            &fx.uri("pair-sum/tests/pair_sum.rs"),
            "fn t() { v.sort(); }\nfn (",
        )
        .await;
    let d = client
        .diagnostics(&fx.uri("pair-sum/tests/pair_sum.rs"))
        .await;
    expect!["1:0-1:4 error [syntax/error] syntax error: unexpected `fn (`"]
        .assert_eq(&render_diagnostics(&d));
    client.shutdown().await;
}

async fn hover_at(
    client: &mut super::harness::TestClient,
    uri: &str,
    line: u32,
    character: u32,
) -> String {
    let h = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}),
        )
        .await
        .unwrap();
    if h.is_null() {
        return "null".into();
    }
    let r = &h["range"];
    format!(
        "{}:{}-{}:{}\n{}",
        r["start"]["line"],
        r["start"]["character"],
        r["end"]["line"],
        r["end"]["character"],
        h["contents"]["value"].as_str().unwrap()
    )
}

#[tokio::test]
async fn hovers() {
    let fx = Fixture::new(&["pair-sum"]);
    let mut client = fx.client();
    client.initialize(utf16_caps(), Value::Null).await;
    let uri = fx.uri(LIB);
    client.open(&uri, SOLUTION_WITH_FINDINGS).await;
    client.diagnostics(&uri).await;

    // On a rule finding: why the rule exists.
    expect![[r#"
        2:43-2:47
        **kata rule `no-sort`** (warning)

        Sorting costs O(n log n); this kata asks for a single O(n) pass.

        *Why:* Sort-then-two-pointers is a fine answer, but it is not the optimal one: the exercise is the one-pass hash-set technique. The output may be returned in any order, so there is nothing to sort.

        ---

        **cost** A stable sort: **O(n log n)** comparisons and O(n) extra memory."#]]
    .assert_eq(&hover_at(&mut client, &uri, 2, 44).await);

    // On a std call with a cost worth knowing: `out` is a Vec.
    expect![[r#"
        6:39-6:47
        **kata rule `no-nested-loop`** (warning)

        A loop inside a loop over the input checks every pair: O(n^2).

        *Why:* Comparing every element with every other is the quadratic brute force. Remember what you have already seen so that each element needs only one O(1) look-up.

        ---

        **cost** `contains` on a Vec or slice scans every element: **O(n)**. A HashSet answers in O(1) on average."#]]
    .assert_eq(&hover_at(&mut client, &uri, 6, 42).await);

    // On the graded item: the status, the target, the estimate, the probe
    // and the hints first; then, below a rule, the prompt in short.
    let graded = hover_at(&mut client, &uri, 1, 9).await;
    let (facts, prompt) = graded.split_once("\n\n---\n\n").unwrap();
    expect![[r#"
        1:7-1:15
        **Pairs that sum to a target** · easy · `pair-sum`

        **Status** not checked yet: save the file to run the tests  
        **Target** `pair_sum`: time O(n), space O(n)  
        **Estimate** O(n^3) time, O(n) space (high confidence)  
        **Probe** the whole kata, n operations: expected O(n)  
        **Hints** 0/3 shown
    "#]]
    .assert_eq(&(facts.to_string() + "\n"));
    assert!(
        prompt.contains("in any order"),
        "the prompt follows the facts: {prompt}"
    );

    // Elsewhere: nothing.
    assert_eq!(hover_at(&mut client, &uri, 3, 1).await, "null");
    client.shutdown().await;
}

#[tokio::test]
async fn lenses_actions_and_inlay_hints() {
    let fx = Fixture::new(&["pair-sum"]);
    let mut client = fx.client();
    client.initialize(utf8_caps(), Value::Null).await;
    let uri = fx.uri(LIB);
    let starter = fx.pack.get("pair-sum").unwrap().starter().to_string();
    client.open(&uri, &starter).await;
    client.diagnostics(&uri).await;

    let lenses = client
        .request(
            "textDocument/codeLens",
            json!({"textDocument": {"uri": uri}}),
        )
        .await
        .unwrap();
    let rendered: Vec<String> = lenses
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            format!(
                "{}:{} {} -> {}",
                l["range"]["start"]["line"],
                l["range"]["start"]["character"],
                l["command"]["title"].as_str().unwrap(),
                l["command"]["command"].as_str().unwrap()
            )
        })
        .collect();
    expect![[r#"
        7:7 ▶ Run tests -> kata.server.runTests
        7:7 ○ tests not run -> kata.server.runTests
        7:7 Next hint (0/3 shown) -> kata.server.showHint
        7:7 target O(n) time, O(n) space · estimate not written yet -> kata.server.openPrompt"#]]
    .assert_eq(&rendered.join("\n"));
    assert_eq!(lenses[0]["command"]["arguments"][0], json!(uri));

    let actions = client
        .request(
            "textDocument/codeAction",
            json!({
                "textDocument": {"uri": uri},
                "range": {"start": {"line": 8, "character": 4}, "end": {"line": 8, "character": 4}},
                "context": {"diagnostics": [{"range": {"start": {"line": 8, "character": 4}, "end": {"line": 8, "character": 8}}, "message": "m", "source": "kata", "code": "rule/no-sort"}]}
            }),
        )
        .await
        .unwrap();
    let rendered: Vec<String> = actions
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            format!(
                "[{}] {} -> {}",
                a["kind"].as_str().unwrap_or("-"),
                a["title"].as_str().unwrap(),
                a["command"]["command"].as_str().unwrap()
            )
        })
        .collect();
    expect![[r#"
        [quickfix] kata: next hint (0/3 shown) -> kata.server.showHint
        [] kata: run the tests -> kata.server.runTests
        [] kata: open the prompt -> kata.server.openPrompt
        [] kata: reset to the starter (your files are backed up) -> kata.server.reset
        [] kata: reveal the reference solution -> kata.server.revealSolution
        [] kata: start the next kata -> kata.server.startNext"#]]
    .assert_eq(&rendered.join("\n"));

    let only_fixes = client
        .request(
            "textDocument/codeAction",
            json!({
                "textDocument": {"uri": uri},
                "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
                "context": {"diagnostics": [], "only": ["quickfix"]}
            }),
        )
        .await
        .unwrap();
    assert_eq!(only_fixes, json!([]));

    let hints = client
        .request(
            "textDocument/inlayHint",
            json!({"textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 100, "character": 0}}}),
        )
        .await
        .unwrap();
    expect![[r#"[{"label":"target O(n) time, O(n) space · estimate not written yet","paddingLeft":true,"position":{"character":1,"line":9},"tooltip":"The kata `pair-sum` grades `pair_sum`: it must run in O(n)."}]"#]]
        .assert_eq(&hints.to_string());
    client.shutdown().await;
}

#[tokio::test]
async fn inlay_hints_can_be_turned_off() {
    let fx = Fixture::new(&["pair-sum"]);
    let mut client = fx.client();
    client
        .initialize(utf8_caps(), json!({"kata.inlayHints.enable": false}))
        .await;
    let uri = fx.uri(LIB);
    client
        .open(&uri, fx.pack.get("pair-sum").unwrap().starter())
        .await;
    client.diagnostics(&uri).await;
    let range = json!({"start": {"line": 0, "character": 0}, "end": {"line": 100, "character": 0}});
    let hints = client
        .request(
            "textDocument/inlayHint",
            json!({"textDocument": {"uri": uri}, "range": range}),
        )
        .await;
    assert_eq!(hints, Ok(Value::Null));
    client
        .notify(
            "workspace/didChangeConfiguration",
            json!({"settings": {"kata": {"inlayHints": {"enable": true}}}}),
        )
        .await;
    let hints = client
        .request(
            "textDocument/inlayHint",
            json!({"textDocument": {"uri": uri}, "range": range}),
        )
        .await
        .unwrap();
    assert_eq!(hints.as_array().unwrap().len(), 1);
    client.shutdown().await;
}

#[tokio::test]
async fn a_single_kata_folder_works_too() {
    // The client opened only the kata's folder, not the workspace root.
    let fx = Fixture::new(&["pair-sum"]);
    let mut client = fx.client();
    client
        .initialize_in(&fx.path("pair-sum"), utf8_caps(), Value::Null)
        .await;
    client.open(&fx.uri(LIB), SOLUTION_WITH_FINDINGS).await;
    let d = client.diagnostics(&fx.uri(LIB)).await;
    assert!(d["diagnostics"][0]["code"] == "rule/no-sort", "{d}");
    let list = client.request("kata/list", json!({})).await.unwrap();
    let pair_sum = list
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["id"] == "pair-sum")
        .unwrap();
    assert_eq!(pair_sum["status"], "started");
    client.shutdown().await;
}
