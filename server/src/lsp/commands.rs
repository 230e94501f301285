//! The `kata.server.*` commands behind code lenses and code actions: their
//! names, and the `Command` a lens or an action carries. Every command
//! takes the URI of a file of the kata as its first argument (a string, or
//! `{"uri": "..."}`); `startNext` may omit it. `handlers::execute_command`
//! carries them out.

use serde_json::json;
use tower_lsp_server::ls_types::{Command, Uri};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmd {
    ShowHint,
    RunTests,
    Reset,
    RevealSolution,
    StartNext,
    OpenPrompt,
}

const ALL: [Cmd; 6] = [
    Cmd::ShowHint,
    Cmd::RunTests,
    Cmd::Reset,
    Cmd::RevealSolution,
    Cmd::StartNext,
    Cmd::OpenPrompt,
];

pub const COMMANDS: [&str; 6] = [
    Cmd::ShowHint.name(),
    Cmd::RunTests.name(),
    Cmd::Reset.name(),
    Cmd::RevealSolution.name(),
    Cmd::StartNext.name(),
    Cmd::OpenPrompt.name(),
];

impl Cmd {
    pub const fn name(self) -> &'static str {
        match self {
            Cmd::ShowHint => "kata.server.showHint",
            Cmd::RunTests => "kata.server.runTests",
            Cmd::Reset => "kata.server.reset",
            Cmd::RevealSolution => "kata.server.revealSolution",
            Cmd::StartNext => "kata.server.startNext",
            Cmd::OpenPrompt => "kata.server.openPrompt",
        }
    }

    pub fn from_name(name: &str) -> Option<Cmd> {
        ALL.into_iter().find(|c| c.name() == name)
    }
}

/// A command for a lens or an action about the file `uri`.
pub fn command(cmd: Cmd, title: String, uri: &Uri) -> Command {
    Command {
        title,
        command: cmd.name().to_string(),
        arguments: Some(vec![json!(uri.as_str())]),
    }
}
