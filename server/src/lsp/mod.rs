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
use tokio::io::{AsyncRead, AsyncWrite};
use tower_lsp_server::{ClientSocket, LspService, Server as Transport};

/// Log lines go to stderr, which clients keep as the server's log.
pub(crate) fn log(args: std::fmt::Arguments) {
    eprintln!("kata lsp: {args}");
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
/// then cancels every test run and waits for it to stop.
pub async fn serve_on<I, O>(pack: Pack, input: I, output: O)
where
    I: AsyncRead + Unpin,
    O: AsyncWrite,
{
    let (service, socket) = service(pack);
    serve_service(service, socket, input, output).await;
}

async fn serve_service<I, O>(service: LspService<Server>, socket: ClientSocket, input: I, output: O)
where
    I: AsyncRead + Unpin,
    O: AsyncWrite,
{
    let inner = service.inner().0.clone();
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
}

/// `kata lsp`: the server over stdio.
pub fn serve(pack: Pack) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(serve_on(pack, tokio::io::stdin(), tokio::io::stdout()));
    // Stdin may still be blocked in a read: do not wait for it.
    runtime.shutdown_background();
    Ok(())
}
