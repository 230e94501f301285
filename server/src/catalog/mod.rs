//! The kata catalogue: the `kata.toml` model, loading a pack (the built-in
//! one embedded in the binary, or a directory), and validation errors that
//! name the file, line and column.

mod load;
mod model;
mod read;
pub mod scaffold;
mod validate;

pub use load::{line_col, LoadError, Pack, PackSource};
pub use model::{
    Difficulty, Hint, KataSpec, ProbeMeasure, ProbeSpec, Rule, RuleCost, Severity, Target,
};
pub use read::{MAX_DEPTH, MAX_ENTRIES, MAX_FILE_BYTES, MAX_KATA_BYTES};

use std::collections::BTreeMap;

/// One kata: its parsed `kata.toml` plus every file of its directory.
#[derive(Debug, Clone)]
pub struct Kata {
    pub spec: KataSpec,
    /// Path relative to the kata directory (with `/`) → contents.
    pub files: BTreeMap<String, String>,
}

impl Kata {
    pub fn id(&self) -> &str {
        &self.spec.id
    }
    pub fn file(&self, rel: &str) -> Option<&str> {
        self.files.get(rel).map(String::as_str)
    }
    /// The library name of the practice crate: the id with `_` for `-`.
    pub fn lib_name(&self) -> String {
        lib_name(&self.spec.id)
    }
    /// The tests the learner sees: every file under `tests/`.
    pub fn test_files(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files
            .iter()
            .filter(|(path, _)| path.starts_with("tests/"))
            .map(|(p, c)| (p.as_str(), c.as_str()))
    }
    pub fn starter(&self) -> &str {
        self.file("src/lib.rs").unwrap_or_default()
    }
    pub fn reference(&self) -> Option<&str> {
        self.file("solution/reference.rs")
    }
    pub fn naive(&self) -> Option<&str> {
        self.file("solution/naive.rs")
    }
    pub fn prompt(&self) -> &str {
        self.file("README.md").unwrap_or_default()
    }
    /// Files copied into a practice crate by `kata start` / `kata reset`.
    pub fn starter_files(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files
            .iter()
            .filter(|(p, _)| {
                p.as_str() == "README.md" || p.starts_with("src/") || p.starts_with("tests/")
            })
            .map(|(p, c)| (p.as_str(), c.as_str()))
    }
    pub fn timeout_secs(&self) -> Option<u64> {
        self.spec.timeout_secs
    }
}

pub fn lib_name(id: &str) -> String {
    id.replace('-', "_")
}
