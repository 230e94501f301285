//! Hostile frames: each gets the answer JSON-RPC prescribes (or a log
//! line), and the request after it is still answered.

use super::harness::{Fixture, TestClient, WAIT};
use super::utf8_caps;
use serde_json::{json, Value};

fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

/// Bodies that are JSON-ish but not messages the server accepts, with
/// the error code and id of the expected answer.
pub fn hostile_bodies() -> Vec<(Vec<u8>, i64, Value)> {
    let b = |s: &str| s.as_bytes().to_vec();
    vec![
        (b("{}"), -32600, Value::Null),
        (b("1"), -32600, Value::Null),
        (b("[]"), -32600, Value::Null),
        (
            b("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"kata/list\"}]"),
            -32600,
            Value::Null,
        ),
        (b("null"), -32600, Value::Null),
        (b("\"x\""), -32600, Value::Null),
        (b("true"), -32600, Value::Null),
        (
            b(r#"{"jsonrpc":"1.0","id":41,"method":"kata/list"}"#),
            -32600,
            json!(41),
        ),
        (b(r#"{"id":42,"method":"kata/list"}"#), -32600, json!(42)),
        (
            b(r#"{"jsonrpc":"2.0","id":{"a":1},"method":"kata/list"}"#),
            -32600,
            Value::Null,
        ),
        (
            b(r#"{"jsonrpc":"2.0","id":[1],"method":"kata/list"}"#),
            -32600,
            Value::Null,
        ),
        (
            b(r#"{"jsonrpc":"2.0","id":1.5,"method":"kata/list"}"#),
            -32600,
            Value::Null,
        ),
        (
            b(r#"{"jsonrpc":"2.0","id":18446744073709551615,"method":"x"}"#),
            -32600,
            Value::Null,
        ),
        (
            b(r#"{"jsonrpc":"2.0","id":"s","method":7}"#),
            -32600,
            json!("s"),
        ),
        (
            b(r#"{"jsonrpc":2,"id":43,"method":"kata/list"}"#),
            -32600,
            json!(43),
        ),
        (
            b(r#"{"jsonrpc":"2.0","id":44,"method":"kata/list","params":"\ud800"}"#),
            -32700,
            Value::Null,
        ),
        (
            b(r#"{"jsonrpc":"2.0","method":"\udc00"}"#),
            -32700,
            Value::Null,
        ),
        (
            b"{\"jsonrpc\":\"2.0\",\"id\":45,\"method\":\"x\xff\"}".to_vec(),
            -32700,
            Value::Null,
        ),
        (b"\xef\xbb\xbf{}".to_vec(), -32700, Value::Null),
        (
            b(r#"{"jsonrpc":"2.0","id":46,"method":"kata/list","params":1e999}"#),
            -32700,
            Value::Null,
        ),
        (
            format!(
                r#"{{"jsonrpc":"2.0","id":47,"method":"kata/list","params":{}0{}}}"#,
                "[".repeat(5000),
                "]".repeat(5000)
            )
            .into_bytes(),
            -32700,
            Value::Null,
        ),
        (b(""), -32700, Value::Null),
        (b("{\"jsonrpc\":\"2.0\",\"id\":48,"), -32700, Value::Null),
    ]
}

async fn still_answers(client: &mut TestClient) {
    let list = client.request("kata/list", json!({})).await.unwrap();
    assert!(list.as_array().unwrap().len() > 3);
}

#[tokio::test]
async fn each_hostile_body_is_answered_and_the_next_request_too() {
    let fx = Fixture::new(&["pair-sum"]);
    let mut client = fx.client();
    client.initialize(utf8_caps(), Value::Null).await;
    for (body, code, id) in hostile_bodies() {
        let shown = String::from_utf8_lossy(&body)
            .chars()
            .take(60)
            .collect::<String>();
        client.send_bytes(&frame(&body)).await;
        let err = client
            .take_within(WAIT, |m| {
                m.get("method").is_none() && m.get("error").is_some()
            })
            .await;
        assert_eq!(err["error"]["code"], code, "{shown}: {err}");
        assert_eq!(err["id"], id, "{shown}: {err}");
        still_answers(&mut client).await;
    }
    // The same, before `initialize`.
    client.shutdown().await;
    let mut client = fx.client();
    for (body, code, _) in hostile_bodies() {
        client.send_bytes(&frame(&body)).await;
        let err = client
            .take_within(WAIT, |m| m.get("error").is_some() && m["id"] != json!(1))
            .await;
        assert_eq!(err["error"]["code"], code);
    }
    client.initialize(utf8_caps(), Value::Null).await;
    still_answers(&mut client).await;
    client.shutdown().await;
}

#[tokio::test]
async fn bad_lengths_are_skipped_and_the_next_request_is_answered() {
    let fx = Fixture::new(&["pair-sum"]);
    let mut client = fx.client();
    client.initialize(utf8_caps(), Value::Null).await;
    let note = br#"{"jsonrpc":"2.0","method":"$/setTrace","params":{"value":"off"}}"#;
    let with_length = |length: &str| {
        let mut out = format!("Content-Length: {length}\r\n\r\n").into_bytes();
        out.extend_from_slice(note);
        out
    };
    let n = note.len();
    let cases: Vec<(Vec<u8>, Option<i64>)> = vec![
        (with_length("-1"), None),
        (with_length("1099511627776"), None),
        (with_length("99999999999999999999999"), None),
        (with_length("0x10"), None),
        (with_length(""), None),
        (with_length(&(n + 7).to_string()), None),
        (with_length(&(n + 100_000).to_string()), None),
        (with_length(&(n - 3).to_string()), Some(-32700)),
        (b"Content-Type: application/json\r\n\r\n{}".to_vec(), None),
        (b"garbage without any header\r\n\r\n".to_vec(), None),
        (b"\r\n\r\n\r\n".to_vec(), None),
    ];
    for (bytes, error) in cases {
        let shown = String::from_utf8_lossy(&bytes)
            .chars()
            .take(40)
            .collect::<String>();
        client.send_bytes(&bytes).await;
        if let Some(code) = error {
            let err = client
                .take_within(WAIT, |m| m.get("error").is_some() && m["id"].is_null())
                .await;
            assert_eq!(err["error"]["code"], code, "{shown}");
        }
        still_answers(&mut client).await;
    }
    client.shutdown().await;
}

#[tokio::test]
async fn exit_without_shutdown_is_an_unclean_end() {
    let fx = Fixture::new(&[]);
    let (client_io, server_io) = tokio::io::duplex(1 << 16);
    let (read, write) = tokio::io::split(server_io);
    let server = tokio::spawn(super::super::serve_on(fx.pack.clone(), read, write));
    let (_client_read, mut client_write) = tokio::io::split(client_io);
    use tokio::io::AsyncWriteExt;
    client_write
        .write_all(&frame(br#"{"jsonrpc":"2.0","method":"exit"}"#))
        .await
        .unwrap();
    let clean = tokio::time::timeout(WAIT, server).await.unwrap().unwrap();
    assert!(!clean);
}
