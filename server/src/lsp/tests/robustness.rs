//! Malformed or unexpected input: an error response or a log line, never
//! a panic or a hang.

use super::harness::{render_diagnostics, Fixture};
use super::{utf16_caps, utf8_caps};
use expect_test::expect;
use serde_json::{json, Value};

const LIB: &str = "pair-sum/src/lib.rs";

#[tokio::test]
async fn requests_before_initialize_are_refused() {
    let fx = Fixture::new(&[]);
    let mut client = fx.client();
    let err = client
        .request("textDocument/hover", json!({"textDocument": {"uri": "file:///x.rs"}, "position": {"line": 0, "character": 0}}))
        .await
        .unwrap_err();
    assert_eq!(err["code"], -32002);
    client.initialize(utf8_caps(), Value::Null).await;
    client.shutdown().await;
}

#[tokio::test]
async fn unknown_documents_and_wild_positions() {
    let fx = Fixture::new(&["pair-sum"]);
    let mut client = fx.client();
    client.initialize(utf16_caps(), Value::Null).await;
    let unknown = fx.uri("pair-sum/src/other.rs");
    // Edits, hovers, lenses on a document that was never opened.
    client
        .notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": unknown, "version": 3}, "contentChanges": [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "x"}]}),
        )
        .await;
    for method in [
        "textDocument/hover",
        "textDocument/codeLens",
        "textDocument/inlayHint",
    ] {
        let r = client
            .request(
                method,
                json!({"textDocument": {"uri": unknown}, "position": {"line": 0, "character": 0},
                       "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}}),
            )
            .await;
        assert_eq!(r, Ok(Value::Null), "{method}");
    }
    client
        .notify(
            "textDocument/didClose",
            json!({"textDocument": {"uri": unknown}}),
        )
        .await;

    // Positions beyond the end of lines and of the document.
    let uri = fx.uri(LIB);
    client.open(&uri, "pub fn pair_sum() {}\n").await;
    client.diagnostics(&uri).await;
    client
        .notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
                {"range": {"start": {"line": 0, "character": 500}, "end": {"line": 0, "character": 9000}}, "text": " // end of line 0"},
                {"range": {"start": {"line": 99, "character": 0}, "end": {"line": 4000000000u32, "character": 4000000000u32}}, "text": "fn tail() {}"},
                {"range": {"start": {"line": 1, "character": 0}, "end": {"line": 0, "character": 3}}, "text": ""}
            ]}),
        )
        .await;
    let d = client.diagnostics(&uri).await;
    assert_eq!(d["version"], 2);
    let hover = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": {"line": 4000000000u32, "character": 1}}),
        )
        .await;
    assert_eq!(hover, Ok(Value::Null));
    let status = client
        .request("kata/status", json!({"uri": uri}))
        .await
        .unwrap();
    assert_eq!(status["id"], "pair-sum");
    client.shutdown().await;
}

#[tokio::test]
async fn malformed_messages_get_errors_and_the_server_goes_on() {
    let fx = Fixture::new(&["pair-sum"]);
    let mut client = fx.client();
    client.initialize(utf8_caps(), Value::Null).await;
    // Not JSON: a parse error each, with a null id.
    client.send_raw("{this is not json").await;
    client.send_raw("\"caf\u{e9}\" but cut").await;
    for _ in 0..2 {
        let err = client
            .take_within(super::harness::WAIT, |m| m["error"]["code"] == -32700)
            .await;
        assert_eq!(err["id"], Value::Null);
    }
    client
        .send(json!({"jsonrpc": "2.0", "id": 99, "method": "kata/list", "params": {}}))
        .await;
    let list = client
        .take_within(super::harness::WAIT, |m| m["id"] == 99)
        .await;
    assert!(list["result"].is_array());
    // Wrong parameter types.
    let err = client
        .request(
            "textDocument/hover",
            json!({"textDocument": 5, "position": "here"}),
        )
        .await
        .unwrap_err();
    assert_eq!(err["code"], -32602);
    let err = client
        .request("kata/start", json!([1, 2]))
        .await
        .unwrap_err();
    assert_eq!(err["code"], -32602);
    // An unknown method.
    let err = client.request("kata/fly", json!({})).await.unwrap_err();
    assert_eq!(err["code"], -32601);
    // A notification with bad parameters is dropped.
    client
        .notify("textDocument/didOpen", json!({"textDocument": null}))
        .await;
    // Still alive.
    let list = client.request("kata/list", json!({})).await.unwrap();
    assert!(list.as_array().unwrap().len() > 3);
    client.shutdown().await;
}

#[tokio::test]
async fn a_ten_megabyte_file_is_kept_in_sync_but_not_analysed() {
    let fx = Fixture::new(&["pair-sum"]);
    let mut client = fx.client();
    client.initialize(utf16_caps(), Value::Null).await;
    let uri = fx.uri(LIB);
    let big = "// 🦀 filler line for a big file\n".repeat(10_000_000 / 35);
    let started = std::time::Instant::now();
    client.open(&uri, &big).await;
    let d = client.diagnostics(&uri).await;
    expect!["0:0-0:0 info [kata/too-large] this file is 10.0 MB, too large for kata's keystroke checks (limit 2 MB); tests still run on save"]
        .assert_eq(&render_diagnostics(&d));
    // Shrinking it back below the limit brings the checks back.
    client
        .notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": "fn (\n"}]}),
        )
        .await;
    let d = client.diagnostics(&uri).await;
    assert_eq!(d["version"], 2);
    assert_eq!(d["diagnostics"][0]["code"], "syntax/error");
    assert!(started.elapsed() < std::time::Duration::from_secs(15));
    client.shutdown().await;
}

#[tokio::test]
async fn a_test_file_that_is_not_utf8_still_maps() {
    use super::super::diagnostics::from_outcome;
    use super::super::katas::KataCtx;
    use super::super::to_proto::Encoding;
    use super::runs::outcome_of;
    use crate::runner::{Outcome, Panic, RunReport, TestResult};

    let fx = Fixture::new(&["pair-sum"]);
    let tests = fx.path("pair-sum/tests/pair_sum.rs");
    let mut bytes =
        b"// \xff\xfe latin-1 junk\n#[test]\nfn empty_slice_has_no_pairs() {}\n".to_vec();
    bytes.extend_from_slice(b"// more \xe9\n");
    std::fs::write(&tests, bytes).unwrap();
    let kata = KataCtx::new(fx.pack.get("pair-sum").unwrap(), fx.path("pair-sum"));
    let report = RunReport {
        tests: vec![TestResult {
            target: "pair_sum".into(),
            name: "empty_slice_has_no_pairs".into(),
            outcome: Outcome::Failed,
            panic: Some(Panic {
                message: "assertion failed".into(),
                ..Panic::default()
            }),
        }],
        timeout: std::time::Duration::from_secs(3),
        ..RunReport::default()
    };
    let outcome = outcome_of(&fx, &kata, &report);
    let mapped = from_outcome(&outcome, &kata, Encoding::Utf16, &mut |p| {
        std::fs::read(p)
            .ok()
            .map(|b| String::from_utf8_lossy(&b).into_owned())
    });
    let d = &mapped[&tests][0];
    assert_eq!((d.range.start.line, d.range.start.character), (2, 3));
}
