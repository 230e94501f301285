//! Files nested deeper than the analyses can walk: the server answers,
//! says so once at the start of the file, and keeps answering on every
//! keystroke.

use super::harness::Fixture;
use super::utf16_caps;
use serde_json::{json, Value};

const LIB: &str = "pair-sum/src/lib.rs";

fn nested_blocks(n: usize) -> String {
    format!(
        "pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {{\n    {}{}\n    vec![]\n}}\n",
        "{".repeat(n),
        "}".repeat(n)
    )
}

fn nested_parens(n: usize) -> String {
    format!(
        "pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {{\n    let x = {}1{};\n    vec![]\n}}\n",
        "(".repeat(n),
        ")".repeat(n)
    )
}

async fn everything_answers(client: &mut super::harness::TestClient, uri: &str) {
    let range = json!({"start": {"line": 0, "character": 0}, "end": {"line": 3, "character": 0}});
    for (line, character) in [(0, 9), (1, 6), (1, 300)] {
        let hover = client
            .request(
                "textDocument/hover",
                json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}),
            )
            .await;
        assert!(hover.is_ok(), "{hover:?}");
    }
    for method in ["textDocument/codeLens", "textDocument/inlayHint"] {
        let r = client
            .request(
                method,
                json!({"textDocument": {"uri": uri}, "range": range}),
            )
            .await;
        assert!(r.is_ok(), "{method}: {r:?}");
    }
    let r = client
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": range, "context": {"diagnostics": []}}),
        )
        .await;
    assert!(r.is_ok(), "{r:?}");
    let status = client
        .request("kata/status", json!({"uri": uri}))
        .await
        .unwrap();
    assert_eq!(status["id"], "pair-sum");
}

#[tokio::test]
async fn deeply_nested_files_are_answered_on_open_and_on_every_keystroke() {
    let fx = Fixture::new(&["pair-sum"]);
    let mut client = fx.client();
    client.initialize(utf16_caps(), Value::Null).await;
    let uri = fx.uri(LIB);
    for (i, text) in [nested_blocks(400), nested_parens(1000)].iter().enumerate() {
        assert!(text.len() < 2100, "{}", text.len());
        let version = 10 * i as i64;
        if i == 0 {
            client.open(&uri, text).await;
        } else {
            client
                .notify(
                    "textDocument/didChange",
                    json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}),
                )
                .await;
        }
        let d = client.diagnostics(&uri).await;
        let first = &d["diagnostics"][0];
        assert_eq!(first["code"], "analysis/too-deep", "{d:#}");
        assert_eq!(first["range"]["start"], json!({"line": 0, "character": 0}));
        let message = first["message"].as_str().unwrap();
        assert!(
            message.starts_with("nesting too deep to analyse (depth ")
                && message.contains(", limit 256)"),
            "{message}"
        );
        everything_answers(&mut client, &uri).await;
        // Keystrokes: type inside the innermost level, one character at a
        // time, then delete them.
        let line = 1;
        let inner = 4 + if i == 0 { 400 } else { 8 + 1000 };
        for k in 0..5 {
            client
                .notify(
                    "textDocument/didChange",
                    json!({"textDocument": {"uri": uri, "version": version + 1 + k},
                           "contentChanges": [{"range": {"start": {"line": line, "character": inner}, "end": {"line": line, "character": inner}}, "text": if i == 0 { ";" } else { " " }}]}),
                )
                .await;
            let d = client.diagnostics(&uri).await;
            assert_eq!(d["version"], version + 1 + k);
            assert_eq!(d["diagnostics"][0]["code"], "analysis/too-deep", "{d:#}");
            everything_answers(&mut client, &uri).await;
        }
    }
    // Back to a shallow file: the estimate and its findings return.
    client
        .notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": 100}, "contentChanges": [{"text": nested_blocks(3)}]}),
        )
        .await;
    let d = client.diagnostics(&uri).await;
    assert_eq!(d["version"], 100);
    assert!(
        d["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["code"] != "analysis/too-deep"),
        "{d:#}"
    );
    everything_answers(&mut client, &uri).await;
    client.shutdown().await;
}
