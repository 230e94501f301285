//! An in-process client over `tokio::io::duplex`. Every message the server
//! sends must be consumed by the test: `Drop` asserts none was left unread.

use super::super::state::State;
use crate::catalog::Pack;
use crate::practice::Workspace;
use serde_json::{json, Value};
use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader, DuplexStream, WriteHalf};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

pub const WAIT: Duration = Duration::from_secs(20);
/// A real cargo build and test run, cold.
pub const RUN_WAIT: Duration = Duration::from_secs(240);

pub struct TestClient {
    writer: WriteHalf<DuplexStream>,
    incoming: mpsc::UnboundedReceiver<Value>,
    /// Read from the server but not consumed by the test yet.
    pub(super) queue: VecDeque<Value>,
    next_id: i64,
    /// Ends with whether the client shut the server down first.
    server: Option<JoinHandle<bool>>,
    closed: bool,
    /// The server's state, for tests that set up what a run would store.
    pub inner: Arc<State>,
}

async fn read_message(reader: &mut BufReader<tokio::io::ReadHalf<DuplexStream>>) -> Option<Value> {
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

impl TestClient {
    pub fn start(pack: Pack) -> TestClient {
        let (client_io, server_io) = tokio::io::duplex(1 << 16);
        let (server_read, server_write) = tokio::io::split(server_io);
        let (service, socket) = super::super::service(pack);
        let inner = service.inner().0.clone();
        let server = tokio::spawn(super::super::serve_service(
            service,
            socket,
            server_read,
            server_write,
        ));
        let (client_read, writer) = tokio::io::split(client_io);
        let (tx, incoming) = mpsc::unbounded_channel();
        tokio::spawn(async move {
            let mut reader = BufReader::new(client_read);
            while let Some(msg) = read_message(&mut reader).await {
                if tx.send(msg).is_err() {
                    break;
                }
            }
        });
        TestClient {
            writer,
            incoming,
            queue: VecDeque::new(),
            next_id: 1,
            server: Some(server),
            closed: false,
            inner,
        }
    }

    pub async fn send_raw(&mut self, body: &str) {
        let frame = format!("Content-Length: {}\r\n\r\n{body}", body.len());
        self.writer.write_all(frame.as_bytes()).await.unwrap();
        self.writer.flush().await.unwrap();
    }

    /// Writes `bytes` as they are: headers, bodies, garbage.
    pub async fn send_bytes(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).await.unwrap();
        self.writer.flush().await.unwrap();
    }

    pub async fn send(&mut self, msg: Value) {
        self.send_raw(&msg.to_string()).await;
    }

    pub async fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}))
            .await;
    }

    /// Sends a request and waits for its response: `Ok(result)` or
    /// `Err(error)`. Other messages stay queued for the test.
    pub async fn request(&mut self, method: &str, params: Value) -> Result<Value, Value> {
        let id = self.send_request(method, params).await;
        self.response(id).await
    }

    /// Sends a request without waiting: for requests during which the
    /// server asks the client something.
    pub async fn send_request(&mut self, method: &str, params: Value) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}))
            .await;
        id
    }

    pub async fn response(&mut self, id: i64) -> Result<Value, Value> {
        let response = self
            .take_within(WAIT, |m| m.get("method").is_none() && m["id"] == json!(id))
            .await;
        match response.get("error") {
            Some(error) => Err(error.clone()),
            None => Ok(response["result"].clone()),
        }
    }

    async fn pull(&mut self, within: Duration) -> Option<Value> {
        if self.closed {
            return None;
        }
        match tokio::time::timeout(within, self.incoming.recv()).await {
            Ok(Some(msg)) => Some(msg),
            Ok(None) => {
                self.closed = true;
                None
            }
            Err(_) => None,
        }
    }

    /// The first message (queued or new) matching `pred`; panics after
    /// `within`.
    pub async fn take_within(&mut self, within: Duration, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.queue.iter().position(&pred) {
            return self.queue.remove(i).unwrap();
        }
        let deadline = tokio::time::Instant::now() + within;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            match self.pull(left).await {
                Some(msg) if pred(&msg) => return msg,
                Some(msg) => self.queue.push_back(msg),
                None => panic!(
                    "no matching message within {within:?}; unread: {:#?}",
                    self.queue
                ),
            }
        }
    }

    /// The next notification or server request with this method.
    pub async fn take(&mut self, method: &str) -> Value {
        self.take_within(WAIT, |m| m["method"] == method).await
    }

    pub async fn take_run(&mut self, method: &str) -> Value {
        self.take_within(RUN_WAIT, |m| m["method"] == method).await
    }

    /// The next `publishDiagnostics` for `uri`.
    pub async fn diagnostics(&mut self, uri: &str) -> Value {
        let uri = uri.to_string();
        self.take_within(WAIT, |m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        })
        .await["params"]
            .clone()
    }

    pub async fn respond(&mut self, request: &Value, result: Value) {
        let id = request["id"].clone();
        self.send(json!({"jsonrpc": "2.0", "id": id, "result": result}))
            .await;
    }

    pub async fn initialize(&mut self, capabilities: Value, options: Value) -> Value {
        let result = self
            .request(
                "initialize",
                json!({
                    "processId": null,
                    "rootUri": null,
                    "capabilities": capabilities,
                    "initializationOptions": options,
                }),
            )
            .await
            .expect("initialize succeeds");
        self.notify("initialized", json!({})).await;
        result
    }

    pub async fn initialize_in(
        &mut self,
        root: &std::path::Path,
        capabilities: Value,
        options: Value,
    ) -> Value {
        let result = self
            .request(
                "initialize",
                json!({
                    "processId": null,
                    "rootUri": uri(root),
                    "capabilities": capabilities,
                    "initializationOptions": options,
                }),
            )
            .await
            .expect("initialize succeeds");
        self.notify("initialized", json!({})).await;
        result
    }

    pub async fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "rust", "version": 1, "text": text}}),
        )
        .await;
    }

    /// `shutdown` then `exit`; waits for the server to end and collects
    /// what it sent meanwhile (the test must still consume it).
    pub async fn shutdown(&mut self) {
        self.request("shutdown", Value::Null)
            .await
            .expect("shutdown succeeds");
        self.notify("exit", Value::Null).await;
        if let Some(server) = self.server.take() {
            let shut_down = tokio::time::timeout(WAIT, server)
                .await
                .expect("the server ends after exit")
                .unwrap();
            assert!(shut_down, "shutdown was acknowledged");
        }
        while let Some(msg) = self.pull(Duration::from_millis(200)).await {
            self.queue.push_back(msg);
        }
    }
}

impl Drop for TestClient {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        while let Ok(msg) = self.incoming.try_recv() {
            self.queue.push_back(msg);
        }
        assert!(
            self.queue.is_empty(),
            "the test left server messages unread: {:#?}",
            self.queue
        );
    }
}

pub fn uri(path: &std::path::Path) -> String {
    tower_lsp_server::ls_types::Uri::from_file_path(path)
        .unwrap()
        .as_str()
        .to_string()
}

/// A practice workspace in a temporary directory with some katas started.
pub struct Fixture {
    /// Removed when the fixture is dropped.
    _dir: tempfile::TempDir,
    pub ws: Workspace,
    pub pack: Pack,
}

impl Fixture {
    pub fn new(katas: &[&str]) -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let (ws, _) = Workspace::init(dir.path()).unwrap();
        let pack = Pack::builtin();
        for id in katas {
            ws.start(pack.get(id).expect("kata in the built-in pack"))
                .unwrap();
        }
        Fixture {
            _dir: dir,
            ws,
            pack,
        }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.ws.root.join(rel)
    }

    pub fn uri(&self, rel: &str) -> String {
        uri(&self.path(rel))
    }

    pub fn write(&self, rel: &str, text: &str) {
        std::fs::write(self.path(rel), text).unwrap();
    }

    pub fn client(&self) -> TestClient {
        TestClient::start(self.pack.clone())
    }
}

/// A compact, stable rendering of diagnostics for snapshots.
pub fn render_diagnostics(params: &Value) -> String {
    let mut out = Vec::new();
    for d in params["diagnostics"].as_array().into_iter().flatten() {
        let r = &d["range"];
        let severity = match d["severity"].as_i64() {
            Some(1) => "error",
            Some(2) => "warning",
            Some(3) => "info",
            Some(4) => "hint",
            _ => "?",
        };
        let mut line = format!(
            "{}:{}-{}:{} {severity} [{}] {}",
            r["start"]["line"],
            r["start"]["character"],
            r["end"]["line"],
            r["end"]["character"],
            d["code"].as_str().unwrap_or("-"),
            d["message"].as_str().unwrap_or(""),
        );
        if d["source"] != "kata" {
            line.push_str(&format!(" (source {})", d["source"]));
        }
        for rel in d["relatedInformation"].as_array().into_iter().flatten() {
            let r = &rel["location"]["range"];
            line.push_str(&format!(
                "\n    related {}:{}: {}",
                r["start"]["line"],
                r["start"]["character"],
                rel["message"].as_str().unwrap_or("")
            ));
        }
        out.push(line);
    }
    out.join("\n")
}

/// `render_diagnostics` without the static complexity findings, whose
/// wording belongs to the estimator's own tests.
pub fn render_without_complexity(params: &Value) -> String {
    let mut params = params.clone();
    if let Some(diags) = params["diagnostics"].as_array_mut() {
        diags.retain(|d| !d["code"].as_str().unwrap_or("").starts_with("complexity/"));
    }
    render_diagnostics(&params)
}
