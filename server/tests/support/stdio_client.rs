//! The wire side of a test client for `kata lsp` over stdio, shared by the
//! stdio tests and the benchmark (`#[path]`-included by both): spawn the
//! server, read its frames on a thread, write ours.

use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};

/// Starts `bin lsp` in `cwd`; every message the server sends arrives on the
/// receiver, in order.
pub fn spawn_server(bin: &Path, cwd: &Path, stderr: Stdio) -> (Child, ChildStdin, Receiver<Value>) {
    let mut command = Command::new(bin);
    command.arg("lsp").current_dir(cwd).stderr(stderr);
    spawn_command(command)
}

/// Starts `command` (a `kata lsp` the caller configured: environment,
/// arguments) with piped stdin and stdout; every message the server sends
/// arrives on the receiver, in order.
pub fn spawn_command(mut command: Command) -> (Child, ChildStdin, Receiver<Value>) {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("kata lsp starts");
    let stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let mut reader = BufReader::new(stdout);
        while let Some(msg) = read_frame(&mut reader) {
            if tx.send(msg).is_err() {
                break;
            }
        }
    });
    (child, stdin, rx)
}

/// Writes one message with its `Content-Length` header.
pub fn write_frame(stdin: &mut ChildStdin, msg: &Value) {
    let body = msg.to_string();
    write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
    stdin.flush().unwrap();
}

fn read_frame(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(v) = line.strip_prefix("Content-Length: ") {
            length = v.parse().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}
