//! `kata.server.*` commands and the `kata/*` requests.

use super::harness::{Fixture, TestClient};
use super::utf8_caps;
use crate::practice::Status;
use expect_test::expect;
use serde_json::{json, Value};

const LIB: &str = "pair-sum/src/lib.rs";

fn caps() -> Value {
    let mut caps = utf8_caps();
    caps["window"] = json!({"showDocument": {"support": true}});
    caps
}

async fn command(client: &mut TestClient, name: &str, args: Value) -> i64 {
    client
        .send_request(
            "workspace/executeCommand",
            json!({"command": name, "arguments": args}),
        )
        .await
}

#[tokio::test]
async fn show_hint_reveals_the_next_one_and_records_it() {
    let fx = Fixture::new(&["pair-sum"]);
    let mut client = fx.client();
    client.initialize(caps(), Value::Null).await;
    for expected in 1..=4 {
        let id = command(&mut client, "kata.server.showHint", json!([fx.uri(LIB)])).await;
        let shown = client.take("window/showMessage").await;
        let result = client.response(id).await.unwrap();
        // Three hints: asking a fourth time repeats the last.
        assert_eq!(result["index"], expected.min(3));
        let message = shown["params"]["message"].as_str().unwrap();
        assert!(
            message.starts_with(&format!("kata `pair-sum`, hint {}/3: ", expected.min(3))),
            "{message}"
        );
    }
    let progress = fx.ws.progress().read().unwrap();
    assert_eq!(progress.get("pair-sum").hints_shown, 3);
    client.shutdown().await;
}

#[tokio::test]
async fn reset_asks_first_and_backs_up() {
    let fx = Fixture::new(&["pair-sum"]);
    let mine = "pub fn pair_sum() { /* mine */ }\n";
    fx.write(LIB, mine);
    let mut client = fx.client();
    client.initialize(caps(), Value::Null).await;
    let args = json!([{"uri": fx.uri(LIB)}]);

    // Declined: nothing changes.
    let id = command(&mut client, "kata.server.reset", args.clone()).await;
    let ask = client.take("window/showMessageRequest").await;
    expect![[r#"{"actions":[{"title":"Reset"},{"title":"Cancel"}],"message":"Reset kata `pair-sum` to its starter files? Your src/ and tests/ are backed up under .kata/backups/ first.","type":2}"#]]
        .assert_eq(&ask["params"].to_string());
    client.respond(&ask, json!({"title": "Cancel"})).await;
    assert_eq!(client.response(id).await, Ok(json!({"reset": false})));
    assert_eq!(std::fs::read_to_string(fx.path(LIB)).unwrap(), mine);

    // Confirmed: the starter is back and the learner's file is backed up.
    let id = command(&mut client, "kata.server.reset", args).await;
    let ask = client.take("window/showMessageRequest").await;
    client.respond(&ask, json!({"title": "Reset"})).await;
    // The last check's diagnostics are cleared: they described the code
    // that is gone.
    let cleared = client.diagnostics(&fx.uri(LIB)).await;
    assert_eq!(cleared["diagnostics"], json!([]));
    let done = client.take("window/showMessage").await;
    assert!(done["params"]["message"]
        .as_str()
        .unwrap()
        .contains("was reset"));
    let result = client.response(id).await.unwrap();
    assert_eq!(result["reset"], true);
    let backup = std::path::PathBuf::from(result["backup"].as_str().unwrap());
    assert_eq!(
        std::fs::read_to_string(backup.join("src/lib.rs")).unwrap(),
        mine
    );
    assert_eq!(
        std::fs::read_to_string(fx.path(LIB)).unwrap(),
        fx.pack.get("pair-sum").unwrap().starter()
    );
    client.shutdown().await;
}

#[tokio::test]
async fn reveal_solution_confirms_records_and_opens_it() {
    let fx = Fixture::new(&["pair-sum"]);
    let mut client = fx.client();
    client.initialize(caps(), Value::Null).await;
    let id = command(
        &mut client,
        "kata.server.revealSolution",
        json!([fx.uri(LIB)]),
    )
    .await;
    let ask = client.take("window/showMessageRequest").await;
    client.respond(&ask, json!({"title": "Reveal"})).await;
    let show = client.take("window/showDocument").await;
    let solution = fx.path(".kata/solutions/pair-sum.rs");
    assert_eq!(show["params"]["uri"], json!(super::harness::uri(&solution)));
    assert_eq!(show["params"]["takeFocus"], true);
    client.respond(&show, json!({"success": true})).await;
    let result = client.response(id).await.unwrap();
    assert_eq!(result["revealed"], true);
    assert_eq!(
        std::fs::read_to_string(&solution).unwrap(),
        fx.pack.get("pair-sum").unwrap().reference().unwrap()
    );
    assert!(fx.ws.progress().read().unwrap().get("pair-sum").revealed);
    client.shutdown().await;
}

#[tokio::test]
async fn open_prompt_and_start_next() {
    let fx = Fixture::new(&["pair-sum"]);
    let mut client = fx.client();
    client.initialize(caps(), Value::Null).await;
    let id = command(&mut client, "kata.server.openPrompt", json!([fx.uri(LIB)])).await;
    let show = client.take("window/showDocument").await;
    assert_eq!(show["params"]["uri"], json!(fx.uri("pair-sum/README.md")));
    client.respond(&show, json!({"success": true})).await;
    client.response(id).await.unwrap();

    let id = command(&mut client, "kata.server.startNext", json!([fx.uri(LIB)])).await;
    let started = client.take("window/showMessage").await;
    let show = client.take("window/showDocument").await;
    client.respond(&show, json!({"success": true})).await;
    let result = client.response(id).await.unwrap();
    let next = result["id"].as_str().unwrap().to_string();
    assert_ne!(next, "pair-sum");
    assert!(started["params"]["message"]
        .as_str()
        .unwrap()
        .contains(&next));
    assert_eq!(
        show["params"]["uri"],
        json!(fx.uri(&format!("{next}/src/lib.rs")))
    );
    assert!(fx.ws.is_started(&next));
    client.shutdown().await;
}

#[test]
fn recommend_prefers_shared_topics_and_close_difficulty() {
    use crate::engine::actions::recommend;
    use crate::practice::Progress;
    let pack = crate::catalog::Pack::builtin();
    let current = pack.get("pair-sum").unwrap();
    let with = |status: &dyn Fn(&crate::catalog::Kata) -> Status| {
        let mut p = Progress::default();
        for k in &pack.katas {
            p.katas.entry(k.id().to_string()).or_default().status = status(k);
        }
        p
    };
    let new = with(&|_| Status::New);
    let next = recommend(&pack, &new, Some(current)).unwrap();
    assert_eq!(next.spec.difficulty, current.spec.difficulty);
    // Once everything easy is solved, the next one is harder.
    let easy_solved = with(&|k| {
        if k.spec.difficulty == crate::catalog::Difficulty::Easy {
            Status::Solved
        } else {
            Status::New
        }
    });
    let next = recommend(&pack, &easy_solved, Some(current)).unwrap();
    assert_eq!(next.spec.difficulty, crate::catalog::Difficulty::Medium);
    let all = with(&|_| Status::Solved);
    assert!(recommend(&pack, &all, Some(current)).is_none());
}

#[tokio::test]
async fn bad_commands_are_errors() {
    let fx = Fixture::new(&["pair-sum"]);
    let mut client = fx.client();
    client.initialize(caps(), Value::Null).await;
    let err = client
        .request(
            "workspace/executeCommand",
            json!({"command": "kata.server.nope"}),
        )
        .await
        .unwrap_err();
    assert_eq!(err["code"], -32602);
    assert!(err["message"]
        .as_str()
        .unwrap()
        .starts_with("unknown command `kata.server.nope`"));
    let err = client
        .request(
            "workspace/executeCommand",
            json!({"command": "kata.server.showHint", "arguments": [42]}),
        )
        .await
        .unwrap_err();
    assert_eq!(err["code"], -32602);
    let err = client
        .request(
            "workspace/executeCommand",
            json!({"command": "kata.server.runTests", "arguments": ["file:///nowhere/x.rs"]}),
        )
        .await
        .unwrap_err();
    expect![[
        r#"{"code":-32602,"message":"file:///nowhere/x.rs is not a file of a started kata"}"#
    ]]
    .assert_eq(&err.to_string());
    client.shutdown().await;
}

#[tokio::test]
async fn list_start_and_status() {
    let fx = Fixture::new(&["pair-sum"]);
    let mut client = fx.client();
    client.initialize_in(&fx.ws.root, caps(), Value::Null).await;
    let list = client
        .request(
            "kata/list",
            json!({"difficulty": "easy", "topic": "hash-set"}),
        )
        .await
        .unwrap();
    let pair_sum = list
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["id"] == "pair-sum")
        .expect("pair-sum is easy and about hash sets")
        .clone();
    expect![[r#"{"difficulty":"easy","hintsShown":0,"hintsTotal":3,"id":"pair-sum","status":"started","title":"Pairs that sum to a target","topics":["hash-set","arrays"],"uri":"URI"}"#]]
        .assert_eq(&pair_sum.to_string().replace(&fx.uri(LIB), "URI"));

    let err = client
        .request("kata/start", json!({"id": "pair-sun"}))
        .await
        .unwrap_err();
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("did you mean `pair-sum`?"),
        "{err}"
    );
    let started = client
        .request("kata/start", json!({"id": "palindrome"}))
        .await
        .unwrap();
    assert_eq!(started["created"], true);
    assert_eq!(started["uri"], json!(fx.uri("palindrome/src/lib.rs")));
    let again = client
        .request("kata/start", json!({"id": "palindrome"}))
        .await
        .unwrap();
    assert_eq!(again["created"], false);

    let status = client
        .request("kata/status", json!({"uri": fx.uri(LIB)}))
        .await
        .unwrap();
    expect![[r#"{"crateUri":"WS/pair-sum","difficulty":"easy","hints":{"shown":0,"total":3},"id":"pair-sum","measured":null,"measuring":false,"outcome":null,"probeExpect":"O(n)","revealed":false,"status":"started","targets":[{"item":"pair_sum","space":"O(n)","time":"O(n)"}],"tests":{"items":[],"lastRun":null,"recordedFailed":0,"recordedPassed":0,"running":false,"runs":0},"title":"Pairs that sum to a target","uri":"WS/pair-sum/src/lib.rs"}"#]]
        .assert_eq(&status.to_string().replace(&fx.uri(""), "WS/"));
    let err = client
        .request("kata/status", json!({"uri": 7}))
        .await
        .unwrap_err();
    assert_eq!(err["code"], -32602);
    client.shutdown().await;
}
