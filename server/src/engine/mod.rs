//! The application layer both surfaces call. `cli/` renders what it
//! returns; `lsp/` converts it to protocol types. Everything a learner is
//! told about a kata is decided here once: the check pipeline
//! ([`check::check`]), the verdict ([`verdict::decide`], the one place a
//! status is computed), what a check records ([`record`]), and the other
//! things a learner does ([`actions`]: start, hint, reset, reveal, the
//! catalogue).
//!
//! Dependencies run one way: `engine` calls `practice`, `runner`,
//! `analysis` and `catalog`; nothing below calls back up.

pub mod actions;
pub mod batch;
pub mod check;
mod convert;
pub mod corpus;
#[cfg(test)]
pub mod fixtures;
pub mod outcome;
pub mod record;
pub mod scratch;
pub mod verdict;
pub mod verify;

pub use check::{check, CheckEvent, CheckRequest};
pub use convert::{failure_message, shorten_lines};
pub use outcome::{CheckOutcome, DecidedBy, Report, Status, TestOutcome};
