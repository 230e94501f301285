//! The language server (`kata lsp`, stdio). The only module that knows the
//! protocol: everything else speaks byte offsets and plain types.
//!
//! - `server`: the `LanguageServer` impl, dispatch only: one line per
//!   method, calling one handler.
//! - `handlers/`: one file per request or notification, each a function
//!   of a `Snapshot` (requests about one document) or of the `State`.
//! - `state`: the session, open documents, started katas, check slots,
//!   `Snapshot`, and the lock order. `katas`: a started kata (`KataCtx`,
//!   its run state) and where its items are in a file; `documents`: ropey
//!   text and the incremental tree-sitter tree.
//! - Background tasks: `live` (keystroke diagnostics, one task per open
//!   document) and `runs` (a check on save, with `$/progress`).
//! - Formatting, which never imports `state`: `diagnostics` (findings and checks →
//!   diagnostics), `to_proto` (offsets ↔ positions), `measured` (measured
//!   growth as text), `hover` (hover text), `lenses` (lens and inlay hint
//!   labels), `commands` (`kata.server.*` names), `ext` (`kata/*` types),
//!   `capabilities` (server capabilities, client caps, configuration).
//!
//! Dependencies go one way: `server` → `handlers` → tasks → `state` →
//! formatting; nothing depends on a handler, and `state` on no task. A
//! tidy test (`tests/tests/tidy.rs`) fails on an import circle.

mod capabilities;
mod commands;
mod diagnostics;
mod documents;
mod ext;
mod framing;
mod handlers;
mod hover;
mod katas;
mod lenses;
mod live;
mod measured;
mod runs;
mod server;
mod state;
mod to_proto;

#[cfg(test)]
mod tests;

use crate::catalog::Pack;
use server::Server;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use tokio::io::{AsyncRead, AsyncWrite};
use tower_lsp_server::jsonrpc::{self, Request, Response};
use tower_lsp_server::{ClientSocket, ExitedError, LspService, Server as Transport};

/// Log lines go to stderr, which clients keep as the server's log.
pub(crate) fn log(args: std::fmt::Arguments) {
    eprintln!("kata lsp: {args}");
}

/// Debug lines: on stderr only with `KATA_LOG=debug`, for what is routine
/// but helps to chase a problem (a stale `didChange` ignored).
pub(crate) fn debug(args: std::fmt::Arguments) {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    if *ON.get_or_init(|| std::env::var("KATA_LOG").is_ok_and(|v| v == "debug")) {
        log(args);
    }
}

/// How many requests may be in flight at once; a command waiting for the
/// user's answer must not hold up edits.
const CONCURRENCY: usize = 64;

/// The service and its socket, before it serves anyone.
fn service(pack: Pack) -> (LspService<Server>, ClientSocket) {
    LspService::build(|client| Server::new(client, pack))
        .custom_method("kata/list", Server::list)
        .custom_method("kata/start", Server::start)
        .custom_method("kata/status", Server::status)
        .finish()
}

/// Serves one client over `input`/`output` until `exit` or end of input,
/// then cancels every test run and waits for it to stop. True if the
/// client asked for `shutdown` first (the exit code is 0 then, else 1).
pub async fn serve_on<I, O>(pack: Pack, input: I, output: O) -> bool
where
    I: AsyncRead + Unpin,
    O: AsyncWrite,
{
    let (service, socket) = service(pack);
    serve_service(service, socket, input, output).await
}

async fn serve_service<I, O>(
    service: LspService<Server>,
    socket: ClientSocket,
    input: I,
    output: O,
) -> bool
where
    I: AsyncRead + Unpin,
    O: AsyncWrite,
{
    let inner = service.inner().0.clone();
    let shut_down = Arc::new(AtomicBool::new(false));
    let service = Guarded {
        inner: service,
        shut_down: shut_down.clone(),
    };
    let (checked, checker) = tokio::io::duplex(1 << 16);
    let guard = framing::forward_valid_frames(input, checker);
    let serve = Transport::new(checked, output, socket)
        .concurrency_level(CONCURRENCY)
        .serve(service);
    tokio::pin!(guard, serve);
    tokio::select! {
        () = &mut serve => {}
        // End of input: the server sees it too and finishes.
        () = &mut guard => serve.await,
    }
    inner.stop_runs().await;
    shut_down.load(Ordering::SeqCst)
}

/// The LSP service behind the framing guard: answers the guard's
/// `INVALID_MESSAGE` requests with their error, and notes a successful
/// `shutdown` for the exit code.
struct Guarded {
    inner: LspService<Server>,
    shut_down: Arc<AtomicBool>,
}

type Reply = Result<Option<Response>, ExitedError>;

impl tower_service::Service<Request> for Guarded {
    type Response = Option<Response>;
    type Error = ExitedError;
    type Future = Pin<Box<dyn Future<Output = Reply> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), ExitedError>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: Request) -> Self::Future {
        match req.method() {
            framing::INVALID_MESSAGE => {
                let (_, id, params) = req.into_parts();
                let params = params.unwrap_or_default();
                let error = jsonrpc::Error {
                    code: params["code"].as_i64().unwrap_or(-32600).into(),
                    message: params["message"]
                        .as_str()
                        .unwrap_or("Invalid request")
                        .to_string()
                        .into(),
                    data: None,
                };
                let response = id.map(|id| Response::from_error(id, error));
                Box::pin(std::future::ready(Ok(response)))
            }
            "shutdown" => {
                let shut_down = self.shut_down.clone();
                let reply = self.inner.call(req);
                Box::pin(async move {
                    let reply = reply.await?;
                    if reply.as_ref().is_some_and(Response::is_ok) {
                        shut_down.store(true, Ordering::SeqCst);
                    }
                    Ok(reply)
                })
            }
            _ => self.inner.call(req),
        }
    }
}

/// `kata lsp`: the server over stdio. Exits with 1 unless the client
/// asked for `shutdown` before `exit` or the end of input, as the
/// protocol says.
pub fn serve(pack: Pack) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let shut_down = runtime.block_on(serve_on(pack, tokio::io::stdin(), tokio::io::stdout()));
    // Stdin may still be blocked in a read: do not wait for it.
    runtime.shutdown_background();
    if !shut_down {
        log(format_args!(
            "ended without a shutdown request: exit code 1"
        ));
        std::process::exit(1);
    }
    Ok(())
}
