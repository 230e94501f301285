//! End-to-end tests live in `tests/tests/`; this library holds what they
//! and the fault suite share.

use std::path::PathBuf;

/// A live process of the machine, as `/proc` shows it.
pub struct Proc {
    pub pid: u32,
    pub cwd: Option<PathBuf>,
    /// Arguments joined by spaces.
    pub cmdline: String,
    /// `NAME=value` entries, when readable.
    pub environ: Vec<String>,
}

/// Every live process but this one: zombies (already dead, waiting to be
/// reaped) and processes that vanished while being read are left out.
/// Survivor checks filter these by what ties them to a test.
pub fn live_processes() -> Vec<Proc> {
    let me = std::process::id();
    let mut out = Vec::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        if pid == me {
            continue;
        }
        let stat = std::fs::read_to_string(entry.path().join("stat")).unwrap_or_default();
        let zombie = stat
            .rfind(')')
            .is_some_and(|i| stat[i + 1..].trim_start().starts_with('Z'));
        if zombie || stat.is_empty() {
            continue;
        }
        let cmd = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let environ = std::fs::read(entry.path().join("environ")).unwrap_or_default();
        out.push(Proc {
            pid,
            cwd: std::fs::read_link(entry.path().join("cwd")).ok(),
            cmdline: String::from_utf8_lossy(&cmd)
                .replace('\0', " ")
                .trim()
                .to_string(),
            environ: environ
                .split(|b| *b == 0)
                .map(|v| String::from_utf8_lossy(v).into_owned())
                .collect(),
        });
    }
    out
}
