//! The language server (`kata lsp`, stdio). The only module that knows the
//! protocol: everything else speaks byte offsets and plain types.
//!
//! - `server`: the handlers; `state`: what they share (session, documents,
//!   katas, check slots, snapshots; the lock order); `documents`: ropey
//!   text and the incremental tree-sitter tree; `to_proto`: offsets ↔
//!   positions.
//! - `diagnostics`: findings and test runs → diagnostics; `live`: the
//!   keystroke analysis task; `runs`: a check on save, with `$/progress`.
//! - `measured`: the measured growth (the probe's verdict after the tests
//!   pass) as hover, lens, status and diagnostic text.
//! - `hover`, `lenses` (code lens, code actions, inlay hints), `commands`
//!   (`kata.server.*`), `ext` (`kata/list`, `kata/start`, `kata/status`).

mod capabilities;
mod commands;
mod diagnostics;
mod documents;
mod ext;
mod framing;
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
