//! `initialize`: negotiates the position encoding, reads the client's
//! capabilities, the initial configuration and the opened folders.

use super::super::capabilities::{server_capabilities, ClientCaps, Config};
use super::super::state::{uri_path, Session, State};
use super::super::to_proto::Encoding;
use std::path::PathBuf;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::{InitializeParams, InitializeResult, ServerInfo};

pub fn initialize(state: &State, params: InitializeParams) -> Result<InitializeResult> {
    let enc = Encoding::negotiate(
        params
            .capabilities
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.as_deref()),
    );
    let mut config = Config::default();
    if let Some(options) = &params.initialization_options {
        config.update(options);
    }
    let mut roots: Vec<PathBuf> = params
        .workspace_folders
        .iter()
        .flatten()
        .filter_map(|f| uri_path(&f.uri))
        .collect();
    #[allow(deprecated)]
    if let Some(root) = params.root_uri.as_ref().and_then(uri_path) {
        roots.push(root);
    }
    state.update_session(|s| {
        *s = Session {
            enc,
            caps: ClientCaps::from(&params.capabilities),
            config,
            roots,
        }
    });
    Ok(InitializeResult {
        capabilities: server_capabilities(enc),
        server_info: Some(ServerInfo {
            name: "kata".into(),
            version: Some(env!("CARGO_PKG_VERSION").into()),
        }),
        offset_encoding: None,
    })
}
