//! Which saves `kata watch` reacts to: files of a started kata's crate
//! (its sources, tests and manifest), seen through `notify`; the caller
//! debounces, so that an editor's burst of writes for one save gives one
//! check.
//! Only the katas' crates are watched, never `target/` or `.kata/`: the
//! check itself writes there, and must not trigger the next one.

use notify::{EventKind, RecursiveMode, Watcher as _};
use std::path::{Component, Path, PathBuf};
use std::time::Duration;

/// Saves closer together than this are one: the check starts once the
/// files have been quiet this long.
pub const DEBOUNCE: Duration = Duration::from_millis(200);

/// The kata whose crate holds `path` (an id, the crate's directory name
/// under the workspace `root`), when the file is one a learner edits:
/// Rust sources and the crate's manifest.
pub fn kata_of_change(root: &Path, path: &Path) -> Option<String> {
    let rel = path.strip_prefix(root).ok()?;
    let mut parts = rel.components();
    let Some(Component::Normal(id)) = parts.next() else {
        return None;
    };
    let id = id.to_str()?;
    let inner: Vec<&str> = parts
        .map(|c| match c {
            Component::Normal(s) => s.to_str(),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let (file, dirs) = inner.split_last()?;
    if id.starts_with('.')
        || id == "target"
        || dirs.iter().any(|d| d.starts_with('.') || *d == "target")
    {
        return None;
    }
    let edited = file.ends_with(".rs") || (dirs.is_empty() && *file == "Cargo.toml");
    // Editors' swap and backup files (`.lib.rs.swp`, `lib.rs~`) are not saves.
    (edited && !file.starts_with('.')).then(|| id.to_string())
}

/// Watches kata crates and reports the paths written. Reads are not
/// changes: inotify reports every open, and the check itself reads the
/// sources.
pub struct Watcher {
    watcher: notify::RecommendedWatcher,
}

/// A write, a new file, a removal or a rename.
fn is_change(kind: &EventKind) -> bool {
    matches!(
        kind,
        EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) | EventKind::Any
    )
}

impl Watcher {
    /// `on_change` gets the paths of each change, or the watcher's error;
    /// debouncing is the caller's.
    pub fn new(
        mut on_change: impl FnMut(Result<Vec<PathBuf>, String>) + Send + 'static,
    ) -> notify::Result<Watcher> {
        let watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| match event {
                Ok(event) if is_change(&event.kind) => on_change(Ok(event.paths)),
                Ok(_) => {}
                Err(e) => on_change(Err(e.to_string())),
            })?;
        Ok(Watcher { watcher })
    }

    /// Watches one kata's crate (again is harmless).
    pub fn add(&mut self, crate_dir: &Path) -> notify::Result<()> {
        self.watcher.watch(crate_dir, RecursiveMode::Recursive)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn check(paths: &[&str], expect: Expect) {
        let root = Path::new("/ws");
        let out: Vec<String> = paths
            .iter()
            .map(|p| {
                format!(
                    "{p} -> {}",
                    kata_of_change(root, Path::new(p)).unwrap_or("-".into())
                )
            })
            .collect();
        expect.assert_eq(&out.join("\n"));
    }

    #[test]
    fn sources_tests_and_the_manifest_of_a_kata_are_saves() {
        check(
            &[
                "/ws/pair-sum/src/lib.rs",
                "/ws/pair-sum/src/util/mod.rs",
                "/ws/pair-sum/tests/pair_sum.rs",
                "/ws/pair-sum/Cargo.toml",
                "/ws/pair-sum/README.md",
                "/ws/pair-sum/src/.lib.rs.swp",
                "/ws/pair-sum/src/lib.rs~",
                "/ws/pair-sum/src/4913",
                "/ws/pair-sum/target/debug/build.rs",
                "/ws/target/debug/deps/x.rs",
                "/ws/.kata/outcomes/pair-sum.json",
                "/ws/Cargo.toml",
                "/elsewhere/pair-sum/src/lib.rs",
            ],
            expect![[r#"
                /ws/pair-sum/src/lib.rs -> pair-sum
                /ws/pair-sum/src/util/mod.rs -> pair-sum
                /ws/pair-sum/tests/pair_sum.rs -> pair-sum
                /ws/pair-sum/Cargo.toml -> pair-sum
                /ws/pair-sum/README.md -> -
                /ws/pair-sum/src/.lib.rs.swp -> -
                /ws/pair-sum/src/lib.rs~ -> -
                /ws/pair-sum/src/4913 -> -
                /ws/pair-sum/target/debug/build.rs -> -
                /ws/target/debug/deps/x.rs -> -
                /ws/.kata/outcomes/pair-sum.json -> -
                /ws/Cargo.toml -> -
                /elsewhere/pair-sum/src/lib.rs -> -"#]],
        );
    }
}
