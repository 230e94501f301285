//! The real binary against hostile input: it answers what JSON-RPC says,
//! stays alive, and exits with the code the protocol prescribes.

#[path = "support/stdio_client.rs"]
mod stdio_client;

use serde_json::{json, Value};
use std::io::Write;
use std::path::Path;
use std::process::{Child, ChildStdin, ExitStatus, Stdio};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_kata");
const WAIT: Duration = Duration::from_secs(20);

struct Lsp {
    child: Child,
    stdin: Option<ChildStdin>,
    rx: Receiver<Value>,
    next_id: i64,
}

impl Lsp {
    fn spawn(cwd: &Path) -> Lsp {
        let (child, stdin, rx) = stdio_client::spawn_server(Path::new(BIN), cwd, Stdio::null());
        Lsp {
            child,
            stdin: Some(stdin),
            rx,
            next_id: 1,
        }
    }

    fn raw(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().unwrap();
        stdin.write_all(bytes).unwrap();
        stdin.flush().unwrap();
    }

    fn frame(&mut self, body: &[u8]) {
        let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
        out.extend_from_slice(body);
        self.raw(&out);
    }

    fn next(&mut self) -> Value {
        self.rx
            .recv_timeout(WAIT)
            .unwrap_or_else(|e| panic!("no message within {WAIT:?}: {e}"))
    }

    /// Sends a request and returns its response; everything before it
    /// must be what `before` expects.
    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        stdio_client::write_frame(
            self.stdin.as_mut().unwrap(),
            &json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}),
        );
        loop {
            let msg = self.next();
            if msg["id"] == id && msg.get("method").is_none() {
                return msg;
            }
            assert!(msg.get("method").is_some(), "unexpected {msg}");
        }
    }

    fn initialize(&mut self) {
        let r = self.request(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": {}}),
        );
        assert!(r["result"]["capabilities"].is_object(), "{r}");
        self.frame(br#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#);
    }

    fn alive(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }

    fn close_stdin(&mut self) {
        self.stdin.take();
    }

    fn status(&mut self) -> ExitStatus {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "kata lsp did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Lsp {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn list_works(lsp: &mut Lsp) {
    let r = lsp.request("kata/list", json!({}));
    assert!(r["result"].as_array().unwrap().len() > 3, "{r}");
}

#[test]
fn hostile_frames_are_answered_and_the_process_lives_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut lsp = Lsp::spawn(dir.path());
    lsp.initialize();
    let bodies: Vec<(&[u8], i64, Value)> = vec![
        (b"{}", -32600, Value::Null),
        (b"1", -32600, Value::Null),
        (b"[]", -32600, Value::Null),
        (b"null", -32600, Value::Null),
        (b"\"x\"", -32600, Value::Null),
        (
            br#"{"jsonrpc":"1.0","id":7,"method":"kata/list"}"#,
            -32600,
            json!(7),
        ),
        (
            br#"{"jsonrpc":"2.0","id":{"a":1},"method":"kata/list"}"#,
            -32600,
            Value::Null,
        ),
        (
            br#"{"jsonrpc":"2.0","id":8,"method":"kata/list","params":"\ud800"}"#,
            -32700,
            Value::Null,
        ),
        (
            b"{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"kata/\xff\"}",
            -32700,
            Value::Null,
        ),
    ];
    for (body, code, id) in bodies {
        lsp.frame(body);
        let err = lsp.next();
        assert_eq!(
            err["error"]["code"],
            code,
            "{}: {err}",
            String::from_utf8_lossy(body)
        );
        assert_eq!(err["id"], id, "{}: {err}", String::from_utf8_lossy(body));
        list_works(&mut lsp);
        assert!(lsp.alive());
    }
    let note = br#"{"jsonrpc":"2.0","method":"$/setTrace","params":{"value":"off"}}"#;
    for length in ["-5", "1099511627776", "nope", &(note.len() + 9).to_string()] {
        let mut bytes = format!("Content-Length: {length}\r\n\r\n").into_bytes();
        bytes.extend_from_slice(note);
        lsp.raw(&bytes);
        list_works(&mut lsp);
        assert!(lsp.alive(), "after Content-Length {length}");
    }
    let r = lsp.request("shutdown", Value::Null);
    assert!(r.get("error").is_none(), "{r}");
    lsp.frame(br#"{"jsonrpc":"2.0","method":"exit"}"#);
    assert_eq!(lsp.status().code(), Some(0));
}

#[test]
fn exit_codes_follow_the_protocol() {
    let dir = tempfile::tempdir().unwrap();
    let exit = br#"{"jsonrpc":"2.0","method":"exit"}"#;

    // `exit` without `shutdown`: 1.
    let mut lsp = Lsp::spawn(dir.path());
    lsp.initialize();
    lsp.frame(exit);
    assert_eq!(lsp.status().code(), Some(1));

    // `exit` before `initialize`: 1 too.
    let mut lsp = Lsp::spawn(dir.path());
    lsp.frame(exit);
    assert_eq!(lsp.status().code(), Some(1));

    // End of input without `shutdown`: 1.
    let mut lsp = Lsp::spawn(dir.path());
    lsp.initialize();
    lsp.close_stdin();
    assert_eq!(lsp.status().code(), Some(1));

    // A refused `shutdown` (before `initialize`) does not count.
    let mut lsp = Lsp::spawn(dir.path());
    let r = lsp.request("shutdown", Value::Null);
    assert!(r.get("error").is_some(), "{r}");
    lsp.frame(exit);
    assert_eq!(lsp.status().code(), Some(1));

    // `shutdown` then end of input: 0.
    let mut lsp = Lsp::spawn(dir.path());
    lsp.initialize();
    lsp.request("shutdown", Value::Null);
    lsp.close_stdin();
    assert_eq!(lsp.status().code(), Some(0));

    // `shutdown` then `exit`: 0.
    let mut lsp = Lsp::spawn(dir.path());
    lsp.initialize();
    lsp.request("shutdown", Value::Null);
    lsp.frame(exit);
    assert_eq!(lsp.status().code(), Some(0));
}
