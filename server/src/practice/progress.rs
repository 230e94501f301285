//! The progress store: `.kata/progress.json`, written atomically (write to a
//! temporary file, fsync, rename) under an exclusive lock on `.kata/lock`, so
//! a CLI and a language server writing at once lose nothing.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    Default,
    schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    #[default]
    New,
    /// Started (or a hint was read), not solved yet.
    Started,
    /// Every test passed, but the solution grew faster than its target.
    TooSlow,
    Solved,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Started => "started",
            Status::TooSlow => "too-slow",
            Status::Solved => "solved",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KataProgress {
    pub status: Status,
    #[serde(default)]
    pub hints_shown: usize,
    #[serde(default)]
    pub revealed: bool,
    #[serde(default)]
    pub started_at: Option<u64>,
    #[serde(default)]
    pub solved_at: Option<u64>,
    #[serde(default)]
    pub runs: u64,
    #[serde(default)]
    pub last_passed: usize,
    #[serde(default)]
    pub last_failed: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    #[serde(default)]
    pub katas: BTreeMap<String, KataProgress>,
}

impl Progress {
    pub fn get(&self, id: &str) -> KataProgress {
        self.katas.get(id).cloned().unwrap_or_default()
    }
}

#[derive(Debug, Clone)]
pub struct ProgressStore {
    dir: PathBuf,
}

impl ProgressStore {
    pub fn new(state_dir: &Path) -> ProgressStore {
        ProgressStore {
            dir: state_dir.to_path_buf(),
        }
    }

    fn file(&self) -> PathBuf {
        self.dir.join("progress.json")
    }

    pub fn read(&self) -> anyhow::Result<Progress> {
        match std::fs::read_to_string(self.file()) {
            Ok(text) => serde_json::from_str(&text).map_err(|e| {
                anyhow::anyhow!(
                    "{} is not valid progress data ({e}); move it aside to start afresh",
                    self.file().display()
                )
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Progress::default()),
            Err(e) => Err(anyhow::anyhow!(
                "cannot read {}: {e}",
                self.file().display()
            )),
        }
    }

    /// Read-modify-write under the lock; returns what `change` returned.
    pub fn update<T>(&self, change: impl FnOnce(&mut Progress) -> T) -> anyhow::Result<T> {
        let lock_file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(self.dir.join("lock"))
            .map_err(|e| anyhow::anyhow!("cannot open {}: {e}", self.dir.join("lock").display()))?;
        let mut lock = fd_lock::RwLock::new(lock_file);
        let _guard = lock
            .write()
            .map_err(|e| anyhow::anyhow!("cannot lock the progress store: {e}"))?;
        let mut progress = self.read()?;
        let out = change(&mut progress);
        write_atomically(
            &self.file(),
            serde_json::to_string_pretty(&progress)?.as_bytes(),
        )?;
        Ok(out)
    }

    pub fn update_kata<T>(
        &self,
        id: &str,
        change: impl FnOnce(&mut KataProgress) -> T,
    ) -> anyhow::Result<T> {
        self.update(|p| change(p.katas.entry(id.to_string()).or_default()))
    }
}

/// Write to a temporary file beside `path`, fsync, then rename over it.
/// The result has the mode an ordinary write would give: the replaced
/// file's, or for a new file 0666 less the umask (0644 under umask 022).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let dir = path.parent().unwrap_or(Path::new("."));
    // Created with 0666 (tempfile's default is a private 0600), so that the
    // kernel applies the umask exactly as it does to `File::create`.
    let mut tmp = tempfile::Builder::new()
        .permissions(std::fs::Permissions::from_mode(0o666))
        .tempfile_in(dir)
        .map_err(|e| anyhow::anyhow!("cannot write in {}: {e}", dir.display()))?;
    if let Ok(existing) = std::fs::metadata(path) {
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(
                existing.permissions().mode() & 0o7777,
            ))?;
    }
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path)
        .map_err(|e| anyhow::anyhow!("cannot replace {}: {}", path.display(), e.error))?;
    if let Ok(dir) = File::open(dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}

pub fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concurrent_writers_lose_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let store = ProgressStore::new(dir.path());
        let threads: Vec<_> = (0..8)
            .map(|t| {
                let store = store.clone();
                std::thread::spawn(move || {
                    for _ in 0..25 {
                        store
                            .update_kata(&format!("k{t}"), |k| k.hints_shown += 1)
                            .unwrap();
                        store.update_kata("shared", |k| k.runs += 1).unwrap();
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        let progress = store.read().unwrap();
        assert_eq!(progress.get("shared").runs, 200);
        for t in 0..8 {
            assert_eq!(progress.get(&format!("k{t}")).hints_shown, 25);
        }
    }

    #[test]
    fn written_files_get_the_mode_of_an_ordinary_write() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        // Whatever this process's umask is, a new file matches `fs::write`.
        let ordinary = dir.path().join("ordinary");
        std::fs::write(&ordinary, b"").unwrap();
        let new = dir.path().join("Cargo.toml");
        write_atomically(&new, b"[workspace]\n").unwrap();
        assert_eq!(mode(&new), mode(&ordinary));
        std::fs::set_permissions(&new, std::fs::Permissions::from_mode(0o664)).unwrap();
        write_atomically(&new, b"[workspace]\nmembers = []\n").unwrap();
        assert_eq!(mode(&new), 0o664, "a replaced file keeps its mode");
    }

    #[test]
    fn corrupt_progress_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("progress.json"), "{not json").unwrap();
        let err = ProgressStore::new(dir.path())
            .read()
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("progress.json is not valid progress data"),
            "{err}"
        );
    }
}
