//! Structure-aware fuzzing of the wire: random frames (headers, lengths,
//! bodies, JSON-RPC shapes with LSP and kata methods and random params),
//! then one well-formed request, which must be answered within a bound.
//!
//! 256 cases by default; `KATA_FUZZ_CASES=100000 cargo test -p kata --lib
//! lsp::tests::fuzz -- --nocapture` for a long run.

use super::super::{serve_service, service};
use crate::catalog::Pack;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::{json, Value};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};

/// How long the final request may take.
const BOUND: Duration = Duration::from_secs(10);

const METHODS: &[&str] = &[
    "initialize",
    "initialized",
    "shutdown",
    "textDocument/didOpen",
    "textDocument/didChange",
    "textDocument/didClose",
    "textDocument/didSave",
    "textDocument/hover",
    "textDocument/codeLens",
    "textDocument/codeAction",
    "textDocument/inlayHint",
    "workspace/executeCommand",
    "workspace/didChangeConfiguration",
    "$/cancelRequest",
    "$/setTrace",
    "kata/list",
    "kata/start",
    "kata/status",
    "kata/unknown",
    "",
];

fn json_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1e300f64..1e300).prop_map(Value::from),
        "[a-z/:.~ \u{e9}\u{1f980}]{0,12}".prop_map(Value::from),
        Just(json!("file:///tmp/kata-fuzz/src/lib.rs")),
        Just(json!({"line": 0, "character": 4_000_000_000u32})),
        Just(json!({"start": {"line": 0, "character": 0}, "end": {"line": 9, "character": 1}})),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    json_leaf().prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::vec(
                (
                    prop::sample::select(vec![
                        "textDocument",
                        "uri",
                        "text",
                        "version",
                        "position",
                        "range",
                        "contentChanges",
                        "command",
                        "arguments",
                        "id",
                        "capabilities",
                        "settings",
                        "context",
                        "diagnostics",
                        "x",
                    ]),
                    inner
                ),
                0..4
            )
            .prop_map(|kv| Value::Object(
                kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
            )),
        ]
    })
}

/// A JSON-RPC message, well- or ill-formed.
fn message() -> impl Strategy<Value = Value> {
    let id = prop_oneof![
        any::<i32>().prop_map(Value::from),
        "[a-z0-9]{0,6}".prop_map(Value::from),
        Just(Value::Null),
        Just(json!(1.5)),
        Just(json!({"a": 1})),
        Just(json!(u64::MAX)),
    ];
    let version =
        prop_oneof![8 => Just(json!("2.0")), 1 => Just(json!("1.0")), 1 => Just(json!(2))];
    (
        version,
        prop::sample::select(METHODS),
        prop::option::of(id),
        prop::option::of(json_value()),
        0..10u8,
    )
        .prop_map(|(version, method, id, params, shape)| {
            let mut m = json!({"jsonrpc": version});
            match shape {
                // A response to a request the server never made.
                0 => {
                    m["id"] = id.unwrap_or(json!(1));
                    m["result"] = params.unwrap_or(Value::Null);
                }
                1 => {
                    m["method"] = params.unwrap_or(json!(3));
                }
                _ => {
                    m["method"] = json!(method);
                    if let Some(id) = id {
                        m["id"] = id;
                    }
                    if let Some(params) = params {
                        m["params"] = params;
                    }
                }
            }
            m
        })
}

/// Bytes of a body: a message, or a message damaged.
fn body() -> impl Strategy<Value = Vec<u8>> {
    (message(), 0..8u8, any::<prop::sample::Index>(), any::<u8>()).prop_map(
        |(m, damage, at, byte)| {
            let mut b = m.to_string().into_bytes();
            let i = if b.is_empty() { 0 } else { at.index(b.len()) };
            match damage {
                0 => b.truncate(i),
                1 => b[i] = byte,
                2 => b.insert(i, 0xff),
                3 => b
                    .splice(i..i, br#""\ud800""#.iter().copied())
                    .for_each(drop),
                4 => b = br#"[{}, 1]"#.to_vec(),
                _ => {}
            }
            b
        },
    )
}

/// One chunk of input: a frame with a right or wrong header, or garbage.
fn chunk() -> impl Strategy<Value = Vec<u8>> {
    let header = prop_oneof![
        12 => Just(0i64).prop_map(|_| None),
        1 => (-20i64..20).prop_map(Some),
    ];
    let frame = (body(), header, 0..8u8).prop_map(|(body, delta, style)| {
        let length = match delta {
            None => body.len().to_string(),
            Some(d) => (body.len() as i64 + d).to_string(),
        };
        let header = match style {
            0 => "Content-Length: 1099511627776\r\n\r\n".to_string(),
            1 => "Content-Length: nope\r\n\r\n".to_string(),
            2 => format!("content-length:{length}\n\n"),
            3 => format!("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: {length}\r\n\r\n"),
            4 => format!("Content-Length: {length}\r\nX-Other: 1\r\n\r\n"),
            _ => format!("Content-Length: {length}\r\n\r\n"),
        };
        let mut out = header.into_bytes();
        out.extend_from_slice(&body);
        out
    });
    prop_oneof![
        10 => frame,
        1 => prop::collection::vec(any::<u8>(), 0..40),
        1 => Just(b"\r\n\r\n".to_vec()),
    ]
}

fn case() -> impl Strategy<Value = Vec<Vec<u8>>> {
    prop::collection::vec(chunk(), 0..8)
}

async fn read_frame<R: tokio::io::AsyncBufRead + Unpin>(reader: &mut R) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).await.ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(v) = line.strip_prefix("Content-Length: ") {
            length = v.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).await.ok()?;
    serde_json::from_slice(&body).ok()
}

/// Runs one case against a fresh server; Err if the final request is
/// not answered within BOUND (or the server's output is not JSON-RPC).
pub async fn run_case(pack: Pack, chunks: &[Vec<u8>]) -> Result<(), String> {
    let (client_io, server_io) = tokio::io::duplex(1 << 16);
    let (server_read, server_write) = tokio::io::split(server_io);
    let (service, socket) = service(pack);
    let server = tokio::spawn(serve_service(service, socket, server_read, server_write));
    let (client_read, mut writer) = tokio::io::split(client_io);
    let answered = tokio::spawn(async move {
        let mut reader = BufReader::new(client_read);
        while let Some(msg) = read_frame(&mut reader).await {
            if msg["id"] == "final" && msg.get("method").is_none() {
                return Ok(());
            }
            if msg.get("jsonrpc") != Some(&json!("2.0")) {
                return Err(format!("not JSON-RPC 2.0: {msg}"));
            }
        }
        Err("the server's output ended".to_string())
    });
    let write = async {
        for c in chunks {
            writer.write_all(c).await.map_err(|e| e.to_string())?;
        }
        let last = br#"{"jsonrpc":"2.0","id":"final","method":"kata/list","params":{}}"#;
        let frame = format!("Content-Length: {}\r\n\r\n", last.len());
        writer
            .write_all(frame.as_bytes())
            .await
            .map_err(|e| e.to_string())?;
        writer.write_all(last).await.map_err(|e| e.to_string())?;
        writer.flush().await.map_err(|e| e.to_string())
    };
    let result = tokio::time::timeout(BOUND, async {
        // Written while the server reads: a full pipe must not block.
        let (written, answered) = tokio::join!(write, answered);
        written?;
        answered.map_err(|e| e.to_string())?
    })
    .await
    .unwrap_or_else(|_| Err(format!("no answer within {BOUND:?}")));
    server.abort();
    result
}

fn cases() -> u32 {
    std::env::var("KATA_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(256)
}

#[test]
fn every_case_ends_with_an_answered_request() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let pack = Pack::builtin();
    let n = cases();
    let mut runner = TestRunner::new(Config {
        cases: n,
        failure_persistence: None,
        ..Config::default()
    });
    let started = std::time::Instant::now();
    let result = runner.run(&case(), |chunks| {
        runtime
            .block_on(run_case(pack.clone(), &chunks))
            .map_err(|e| {
                TestCaseError::fail(format!(
                    "{e}; input: {:?}",
                    chunks
                        .iter()
                        .map(|c| String::from_utf8_lossy(c).into_owned())
                        .collect::<Vec<_>>()
                ))
            })
    });
    eprintln!("fuzz: {n} cases in {:.1?}", started.elapsed());
    if let Err(e) = result {
        panic!("{e}");
    }
}
