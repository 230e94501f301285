//! `kata/statusChanged`: the status of a kata pushed to clients that ask
//! for it (`experimental.kataStatusNotification`), whenever it changes.

use super::harness::{Fixture, TestClient, RUN_WAIT};
use super::utf8_caps;
use expect_test::expect;
use serde_json::{json, Value};

const LIB: &str = "pair-sum/src/lib.rs";

fn caps() -> Value {
    let mut caps = utf8_caps();
    caps["experimental"] = json!({"kataStatusNotification": true});
    caps
}

/// One line per pushed status: what a plugin renders from it.
fn render(fx: &Fixture, status: &Value) -> String {
    let p = &status["params"];
    let last = &p["tests"]["lastRun"];
    let last = if last.is_null() {
        "not run".to_string()
    } else {
        format!(
            "{} {}/{}",
            last["status"].as_str().unwrap(),
            last["passed"],
            last["failed"]
        )
    };
    let root = fx.uri("");
    format!(
        "{} {} in {} · running {} · last {last} · hints {}/{} · lib {}",
        p["id"].as_str().unwrap(),
        p["status"].as_str().unwrap(),
        p["crateUri"].as_str().unwrap().replace(&root, "WS/"),
        p["tests"]["running"],
        p["hints"]["shown"],
        p["hints"]["total"],
        p["uri"].as_str().unwrap().replace(&root, "WS/"),
    )
}

async fn pushed(client: &mut TestClient, fx: &Fixture) -> String {
    let status = client.take("kata/statusChanged").await;
    render(fx, &status)
}

async fn command(client: &mut TestClient, name: &str, uri: &str) -> i64 {
    client
        .send_request(
            "workspace/executeCommand",
            json!({"command": name, "arguments": [uri]}),
        )
        .await
}

#[tokio::test]
async fn status_is_pushed_on_open_hint_reset_and_start() {
    let fx = Fixture::new(&["pair-sum"]);
    let mut client = fx.client();
    let init = client.initialize_in(&fx.ws.root, caps(), Value::Null).await;
    assert_eq!(
        init["capabilities"]["experimental"]["kataNotifications"],
        json!(["kata/statusChanged"])
    );
    let lib = fx.uri(LIB);

    // Opening a file of the kata says which kata it belongs to.
    client.open(&lib, "pub fn pair_sum() {}\n").await;
    client.diagnostics(&lib).await;
    let opened = pushed(&mut client, &fx).await;
    expect!["pair-sum started in WS/pair-sum · running false · last not run · hints 0/3 · lib WS/pair-sum/src/lib.rs"]
        .assert_eq(&opened);
    // The same as `kata/status` answers.
    let asked = client
        .request("kata/status", json!({"uri": lib}))
        .await
        .unwrap();
    assert_eq!(render(&fx, &json!({ "params": asked })), opened);

    let id = command(&mut client, "kata.server.showHint", &lib).await;
    client.take("window/showMessage").await;
    expect!["pair-sum started in WS/pair-sum · running false · last not run · hints 1/3 · lib WS/pair-sum/src/lib.rs"]
        .assert_eq(&pushed(&mut client, &fx).await);
    client.response(id).await.unwrap();

    let id = command(&mut client, "kata.server.reset", &lib).await;
    let ask = client.take("window/showMessageRequest").await;
    client.respond(&ask, json!({"title": "Reset"})).await;
    client.diagnostics(&lib).await;
    expect!["pair-sum started in WS/pair-sum · running false · last not run · hints 1/3 · lib WS/pair-sum/src/lib.rs"]
        .assert_eq(&pushed(&mut client, &fx).await);
    client.take("window/showMessage").await;
    assert_eq!(client.response(id).await.unwrap()["reset"], true);

    // A kata started by request is announced before any file of it opens.
    client
        .request("kata/start", json!({"id": "palindrome"}))
        .await
        .unwrap();
    expect!["palindrome started in WS/palindrome · running false · last not run · hints 0/3 · lib WS/palindrome/src/lib.rs"]
        .assert_eq(&pushed(&mut client, &fx).await);
    client.shutdown().await;
}

#[tokio::test]
async fn nothing_is_pushed_to_a_client_that_did_not_ask() {
    let fx = Fixture::new(&["pair-sum"]);
    let mut client = fx.client();
    let init = client.initialize(utf8_caps(), Value::Null).await;
    // The server still says it can.
    assert_eq!(
        init["capabilities"]["experimental"]["kataNotifications"],
        json!(["kata/statusChanged"])
    );
    let lib = fx.uri(LIB);
    client.open(&lib, "pub fn pair_sum() {}\n").await;
    client.diagnostics(&lib).await;
    let id = command(&mut client, "kata.server.showHint", &lib).await;
    client.take("window/showMessage").await;
    client.response(id).await.unwrap();
    client.shutdown().await;
    assert!(
        !client
            .queue
            .iter()
            .any(|m| m["method"] == "kata/statusChanged"),
        "{:#?}",
        client.queue
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_run_pushes_running_then_its_outcome() {
    let fx = Fixture::new(&["pair-sum"]);
    let broken = "pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> { nums }\n";
    fx.write(LIB, broken);
    let mut client = fx.client();
    client.initialize(caps(), Value::Null).await;
    let lib = fx.uri(LIB);
    client.open(&lib, broken).await;
    client.diagnostics(&lib).await;
    pushed(&mut client, &fx).await;

    client
        .notify(
            "textDocument/didSave",
            json!({"textDocument": {"uri": lib}}),
        )
        .await;
    expect!["pair-sum started in WS/pair-sum · running true · last not run · hints 0/3 · lib WS/pair-sum/src/lib.rs"]
        .assert_eq(&pushed(&mut client, &fx).await);
    let ended = client
        .take_within(RUN_WAIT, |m| m["method"] == "kata/statusChanged")
        .await;
    expect!["pair-sum started in WS/pair-sum · running false · last does-not-compile 0/0 · hints 0/3 · lib WS/pair-sum/src/lib.rs"]
        .assert_eq(&render(&fx, &ended));
    // The run's diagnostics were published before the status said it ended.
    assert!(client
        .queue
        .iter()
        .any(|m| m["method"] == "textDocument/publishDiagnostics"));
    client
        .queue
        .retain(|m| m["method"] != "textDocument/publishDiagnostics");
    client.shutdown().await;
}
