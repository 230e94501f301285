//! One handler per request or notification, each a function of a
//! [`Snapshot`] (requests about one document: they only read) or of the
//! [`State`] (everything else). `super::server` dispatches to them.
//!
//! Handlers depend on `state`, the background tasks (`live`, `runs`) and
//! the formatting modules (`diagnostics`, `to_proto`, `measured`, `hover`,
//! `lenses`, `commands`, `ext`); none of those depends on a handler.
//!
//! tower-lsp-server runs handlers concurrently: the notifications that
//! change state (`did_open`, `did_change`, `did_save`, `did_close`,
//! `did_change_configuration`) do their work before their first `.await`,
//! so edits are applied in the order they arrive. Slow work (analysis,
//! checks) is spawned.
//!
//! [`Snapshot`]: super::state::Snapshot
//! [`State`]: super::state::State

mod code_action;
mod code_lens;
mod did_change;
mod did_change_configuration;
mod did_close;
mod did_open;
mod did_save;
mod execute_command;
mod hover;
mod initialize;
mod inlay_hint;
mod kata_list;
mod kata_start;
mod kata_status;
mod shutdown;

pub use code_action::code_action;
pub use code_lens::code_lens;
pub use did_change::did_change;
pub use did_change_configuration::did_change_configuration;
pub use did_close::did_close;
pub use did_open::did_open;
pub use did_save::did_save;
pub use execute_command::execute_command;
pub use hover::hover;
pub use initialize::initialize;
pub use inlay_hint::inlay_hint;
pub use kata_list::kata_list;
pub use kata_start::kata_start;
pub use kata_status::kata_status;
pub use shutdown::shutdown;

use tower_lsp_server::ls_types::Uri;

/// A request about one document: its handler runs on a snapshot of it.
pub trait DocumentRequest {
    fn uri(&self) -> &Uri;
}
