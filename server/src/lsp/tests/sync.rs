//! Document sync when `didChange`s arrive out of order, as Helix 25.01
//! sends them in a fast burst: the newest version wins, an older change is
//! ignored, and the diagnostics are those of the newest text, under its
//! version. Range changes, which the server still accepts, follow the
//! same rule.

use super::harness::{render_diagnostics, Fixture, TestClient};
use super::utf16_caps;
use expect_test::{expect, Expect};
use serde_json::{json, Value};

const LIB: &str = "pair-sum/src/lib.rs";

/// One `didChange`, as a client sends it.
enum Change {
    /// The whole text (`TextDocumentSyncKind::FULL`, what we advertise).
    Full(i32, &'static str),
    /// One range change: `"line:col-line:col"` (UTF-16) and its new text.
    Range(i32, &'static str, &'static str),
}

impl Change {
    fn version(&self) -> i32 {
        match self {
            Change::Full(v, _) | Change::Range(v, _, _) => *v,
        }
    }

    fn content_change(&self) -> Value {
        match self {
            Change::Full(_, text) => json!({"text": text}),
            Change::Range(_, range, text) => {
                let position = |p: &str| {
                    let (line, character) = p.split_once(':').unwrap();
                    json!({"line": line.parse::<u32>().unwrap(), "character": character.parse::<u32>().unwrap()})
                };
                let (start, end) = range.split_once('-').unwrap();
                json!({"range": {"start": position(start), "end": position(end)}, "text": text})
            }
        }
    }
}

async fn send(client: &mut TestClient, uri: &str, change: &Change) {
    client
        .notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": change.version()},
                   "contentChanges": [change.content_change()]}),
        )
        .await;
}

/// The server's copy of the document, after a round trip (every
/// notification sent before it has been handled).
async fn server_text(client: &mut TestClient, uri: &str) -> String {
    client
        .request("kata/status", json!({"uri": uri}))
        .await
        .unwrap();
    let uri = uri.parse().unwrap();
    client.inner.snapshot(&uri).unwrap().rope.to_string()
}

/// Opens the solution with `open` (version 1), sends `changes` in the
/// order given, without waiting, and renders the server's text and the
/// diagnostics it publishes for the highest version sent.
async fn check(open: &str, changes: &[Change], expect: Expect) {
    let fx = Fixture::new(&["pair-sum"]);
    let mut client = fx.client();
    client.initialize(utf16_caps(), Value::Null).await;
    let uri = fx.uri(LIB);
    client.open(&uri, open).await;
    for change in changes {
        send(&mut client, &uri, change).await;
    }
    let text = server_text(&mut client, &uri).await;
    let newest = changes.iter().map(Change::version).max().unwrap_or(1);
    // Earlier versions may have been published on the way: skipped.
    let published = loop {
        let d = client.diagnostics(&uri).await;
        if d["version"] == newest {
            break d;
        }
    };
    expect.assert_eq(&format!(
        "text {text:?}\npublished version {}\n{}",
        published["version"],
        render_diagnostics(&published)
    ));
    client.shutdown().await;
}

#[tokio::test]
async fn full_texts_out_of_order_end_with_the_newest() {
    // Typing "broken( {" key by key, the versions in the order Helix's
    // log showed them arrive (v29, v33, v34, v35, v31, v30, v32).
    check(
        "fn \n",
        &[
            Change::Full(2, "fn b\n"),
            Change::Full(6, "fn broke\n"),
            Change::Full(7, "fn broken\n"),
            Change::Full(8, "fn broken( {\n"),
            Change::Full(4, "fn bro\n"),
            Change::Full(3, "fn br\n"),
            Change::Full(5, "fn brok\n"),
        ],
        expect![[r#"
            text "fn broken( {\n"
            published version 8
            0:0-0:12 error [syntax/error] syntax error: unexpected `fn broken( {`"#]],
    )
    .await;
}

#[tokio::test]
async fn a_stale_change_after_a_newer_one_is_ignored() {
    // The range change of version 4 applies to version 3's text: the
    // stale version 2 between them changed nothing.
    check(
        "fn a() {}\n",
        &[
            Change::Full(3, "fn newest( {\n"),
            Change::Full(2, "fn older() {}\n"),
            Change::Range(4, "0:3-0:3", "x"),
        ],
        expect![[r#"
            text "fn xnewest( {\n"
            published version 4
            0:0-0:13 error [syntax/error] syntax error: unexpected `fn xnewest( {`"#]],
    )
    .await;
}

#[tokio::test]
async fn range_changes_apply_in_order_and_a_stale_one_is_ignored() {
    check(
        "fn a() {}\n",
        &[
            Change::Range(2, "0:3-0:4", "b"),
            Change::Range(5, "0:9-0:9", " fn c( {"),
            Change::Range(3, "0:0-0:2", "XX"),
        ],
        expect![[r#"
            text "fn b() {} fn c( {\n"
            published version 5
            0:10-0:17 error [syntax/error] syntax error: unexpected `fn c( {`"#]],
    )
    .await;
}

#[tokio::test]
async fn a_change_that_repeats_the_version_is_applied() {
    // No reordering repeats a version; a client that reuses one for a
    // newer text (Neovim 0.7 did) must not lose it.
    let fx = Fixture::new(&["pair-sum"]);
    let mut client = fx.client();
    client.initialize(utf16_caps(), Value::Null).await;
    let uri = fx.uri(LIB);
    client.open(&uri, "fn a() {}\n").await;
    assert_eq!(client.diagnostics(&uri).await["version"], 1);
    send(&mut client, &uri, &Change::Full(1, "fn again( {\n")).await;
    let d = client.diagnostics(&uri).await;
    assert_eq!(d["version"], 1);
    expect!["0:0-0:11 error [syntax/error] syntax error: unexpected `fn again( {`"]
        .assert_eq(&render_diagnostics(&d));
    assert_eq!(server_text(&mut client, &uri).await, "fn again( {\n");
    client.shutdown().await;
}
