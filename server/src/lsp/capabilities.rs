//! What the server offers, what the client supports, and the settings the
//! client passes (`initializationOptions`, `workspace/didChangeConfiguration`).

use super::commands::COMMANDS;
use super::to_proto::Encoding;
use serde_json::Value;
use std::time::Duration;
use tower_lsp_server::ls_types::{
    ClientCapabilities, CodeActionKind, CodeActionOptions, CodeActionProviderCapability,
    CodeLensOptions, ExecuteCommandOptions, HoverProviderCapability, OneOf, SaveOptions,
    ServerCapabilities, TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions, WorkDoneProgressOptions,
};

pub fn server_capabilities(enc: Encoding) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(enc.kind()),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                // The whole text with every change, not ranges: a client
                // that sends its changes out of order (Helix 25.01) then
                // loses nothing, the newest version wins. A kata's file
                // is a few KB. Range changes are still applied if a
                // client sends them (`State::change_document`).
                change: Some(TextDocumentSyncKind::FULL),
                will_save: None,
                will_save_wait_until: None,
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                    include_text: Some(false),
                })),
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        code_lens_provider: Some(CodeLensOptions {
            resolve_provider: Some(false),
        }),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX, CodeActionKind::EMPTY]),
            work_done_progress_options: WorkDoneProgressOptions::default(),
            resolve_provider: Some(false),
        })),
        execute_command_provider: Some(ExecuteCommandOptions {
            commands: COMMANDS.iter().map(|c| c.to_string()).collect(),
            work_done_progress_options: WorkDoneProgressOptions::default(),
        }),
        inlay_hint_provider: Some(OneOf::Left(true)),
        experimental: Some(serde_json::json!({
            "kataRequests": ["kata/list", "kata/start", "kata/status"],
            "kataNotifications": ["kata/statusChanged"],
        })),
        ..ServerCapabilities::default()
    }
}

/// The client features the server adapts to.
#[derive(Debug, Clone, Copy, Default)]
pub struct ClientCaps {
    pub work_done_progress: bool,
    pub code_lens_refresh: bool,
    pub inlay_hint_refresh: bool,
    pub show_document: bool,
    /// `experimental.kataStatusNotification`: push `kata/statusChanged`.
    pub status_notification: bool,
}

impl ClientCaps {
    pub fn from(caps: &ClientCapabilities) -> ClientCaps {
        let window = caps.window.as_ref();
        let workspace = caps.workspace.as_ref();
        ClientCaps {
            work_done_progress: window.and_then(|w| w.work_done_progress) == Some(true),
            code_lens_refresh: workspace
                .and_then(|w| w.code_lens.as_ref())
                .and_then(|c| c.refresh_support)
                == Some(true),
            inlay_hint_refresh: workspace
                .and_then(|w| w.inlay_hint.as_ref())
                .and_then(|c| c.refresh_support)
                == Some(true),
            show_document: window
                .and_then(|w| w.show_document.as_ref())
                .is_some_and(|s| s.support),
            status_notification: caps
                .experimental
                .as_ref()
                .and_then(|e| e.get("kataStatusNotification"))
                .and_then(serde_json::Value::as_bool)
                == Some(true),
        }
    }
}

/// Settings. Every key is optional; unknown keys and wrong types are
/// ignored (with a log line), never an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Seconds a test may run (default: the kata's, else the runner's).
    pub timeout_secs: Option<u64>,
    pub inlay_hints: bool,
    /// Extra delay before keystroke diagnostics; changes arriving meanwhile
    /// are coalesced (a busy document is analysed once per burst anyway).
    pub diagnostics_delay: Duration,
    pub run_on_save: bool,
    /// Measure growth with the kata's probe once every test passes.
    pub measure_growth: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            timeout_secs: None,
            inlay_hints: true,
            diagnostics_delay: Duration::ZERO,
            run_on_save: true,
            measure_growth: true,
        }
    }
}

impl Config {
    /// Reads `{"timeoutSecs": 3, "inlayHints": {"enable": false}, ...}`,
    /// also nested under `"kata"`, or as dotted keys
    /// (`"kata.inlayHints.enable": false`).
    pub fn update(&mut self, value: &Value) {
        let Some(obj) = value.as_object() else {
            return;
        };
        if let Some(inner) = obj.get("kata") {
            self.update(inner);
        }
        let get = |path: &[&str]| -> Option<&Value> {
            let dotted = path.join(".");
            if let Some(v) = obj
                .get(&dotted)
                .or_else(|| obj.get(&format!("kata.{dotted}")))
            {
                return Some(v);
            }
            path.iter().try_fold(value, |v, key| v.get(key))
        };
        if let Some(v) = get(&["timeoutSecs"]) {
            match v.as_u64() {
                Some(secs) if secs > 0 => self.timeout_secs = Some(secs),
                _ if v.is_null() => self.timeout_secs = None,
                _ => super::log(format_args!(
                    "setting timeoutSecs: expected a positive integer, got {v}"
                )),
            }
        }
        if let Some(v) = get(&["inlayHints", "enable"]) {
            match v.as_bool() {
                Some(b) => self.inlay_hints = b,
                None => super::log(format_args!(
                    "setting inlayHints.enable: expected a boolean, got {v}"
                )),
            }
        }
        if let Some(v) = get(&["diagnosticsDelayMs"]) {
            match v.as_u64() {
                Some(ms) => self.diagnostics_delay = Duration::from_millis(ms.min(10_000)),
                None => super::log(format_args!(
                    "setting diagnosticsDelayMs: expected milliseconds, got {v}"
                )),
            }
        }
        if let Some(v) = get(&["measureGrowth"]) {
            match v.as_bool() {
                Some(b) => self.measure_growth = b,
                None => super::log(format_args!(
                    "setting measureGrowth: expected a boolean, got {v}"
                )),
            }
        }
        if let Some(v) = get(&["runOnSave"]) {
            match v.as_bool() {
                Some(b) => self.run_on_save = b,
                None => super::log(format_args!(
                    "setting runOnSave: expected a boolean, got {v}"
                )),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn settings_in_every_shape() {
        let mut c = Config::default();
        c.update(&json!({"timeoutSecs": 3, "inlayHints": {"enable": false}}));
        assert_eq!(c.timeout_secs, Some(3));
        assert!(!c.inlay_hints);
        c.update(&json!({"kata.inlayHints.enable": true}));
        assert!(c.inlay_hints);
        c.update(&json!({"kata": {"diagnosticsDelayMs": 20, "runOnSave": false}}));
        assert_eq!(c.diagnostics_delay, Duration::from_millis(20));
        assert!(!c.run_on_save);
        assert!(c.measure_growth);
        c.update(&json!({"kata.measureGrowth": false}));
        assert!(!c.measure_growth);
        // Wrong types are ignored.
        c.update(&json!({"timeoutSecs": "soon", "inlayHints": 3}));
        assert_eq!(c.timeout_secs, Some(3));
        c.update(&json!(42));
    }
}
