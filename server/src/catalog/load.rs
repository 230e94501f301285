//! Loading a pack. A broken kata is reported with file, line and column and
//! skipped; the rest of the pack still loads.

use super::{Kata, KataSpec};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin_pack.rs"));
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackSource {
    Builtin,
    Dir(PathBuf),
}

impl fmt::Display for PackSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackSource::Builtin => f.write_str("built-in pack"),
            PackSource::Dir(dir) => write!(f, "{}", dir.display()),
        }
    }
}

/// A problem in a pack, located as precisely as we can.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub path: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path)?;
        if let (Some(line), Some(col)) = (self.line, self.column) {
            write!(f, ":{line}:{col}")?;
        }
        write!(f, ": {}", self.message)
    }
}

#[derive(Debug, Clone)]
pub struct Pack {
    pub source: PackSource,
    pub katas: Vec<Kata>,
    pub errors: Vec<LoadError>,
}

impl Pack {
    pub fn builtin() -> Pack {
        let mut by_kata: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        for (rel, contents) in builtin::FILES {
            if let Some((kata, rest)) = rel.split_once('/') {
                by_kata
                    .entry(kata.to_string())
                    .or_default()
                    .insert(rest.to_string(), contents.to_string());
            }
        }
        Pack::from_files(PackSource::Builtin, by_kata, "katas")
    }

    /// Loads every kata directory under `dir`. Fails only when `dir` itself
    /// cannot be read.
    pub fn from_dir(dir: &Path) -> Result<Pack, LoadError> {
        let entries = std::fs::read_dir(dir).map_err(|e| LoadError {
            path: dir.display().to_string(),
            line: None,
            column: None,
            message: format!("cannot read the kata pack: {e}"),
        })?;
        let mut by_kata = BTreeMap::new();
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if !path.is_dir() || name.starts_with('.') {
                continue;
            }
            let mut files = BTreeMap::new();
            read_tree(&path, &path, &mut files);
            by_kata.insert(name, files);
        }
        Ok(Pack::from_files(
            PackSource::Dir(dir.to_path_buf()),
            by_kata,
            &dir.display().to_string(),
        ))
    }

    /// Loads the pack named by `--pack`/`KATA_PACK`, else the built-in one.
    pub fn load(dir: Option<&Path>) -> Result<Pack, LoadError> {
        match dir {
            Some(dir) => Pack::from_dir(dir),
            None => Ok(Pack::builtin()),
        }
    }

    fn from_files(
        source: PackSource,
        by_kata: BTreeMap<String, BTreeMap<String, String>>,
        root: &str,
    ) -> Pack {
        let mut katas = Vec::new();
        let mut errors = Vec::new();
        for (dir_name, files) in by_kata {
            match parse_kata(&dir_name, files, root) {
                Ok(kata) => katas.push(kata),
                Err(err) => errors.push(err),
            }
        }
        Pack {
            source,
            katas,
            errors,
        }
    }

    pub fn get(&self, id: &str) -> Option<&Kata> {
        self.katas.iter().find(|k| k.id() == id)
    }

    /// The id closest to `id`, for "did you mean" messages.
    pub fn closest(&self, id: &str) -> Option<&str> {
        self.katas
            .iter()
            .map(|k| (strsim::jaro_winkler(id, k.id()), k.id()))
            .filter(|(score, _)| *score > 0.7)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, id)| id)
    }
}

fn read_tree(root: &Path, dir: &Path, files: &mut BTreeMap<String, String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || name == "target" {
            continue;
        }
        if path.is_dir() {
            read_tree(root, &path, files);
        } else if let Ok(text) = std::fs::read_to_string(&path) {
            let rel = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            files.insert(rel, text);
        }
    }
}

fn parse_kata(
    dir_name: &str,
    files: BTreeMap<String, String>,
    root: &str,
) -> Result<Kata, LoadError> {
    let toml_path = format!("{root}/{dir_name}/kata.toml");
    let error = |line, column, message: String| LoadError {
        path: toml_path.clone(),
        line,
        column,
        message,
    };
    let Some(text) = files.get("kata.toml") else {
        return Err(error(None, None, "missing kata.toml".into()));
    };
    let spec: KataSpec = toml::from_str(text).map_err(|e| {
        let (line, column) = e.span().map(|s| line_col(text, s.start)).unzip();
        error(line, column, e.message().trim().to_string())
    })?;
    if spec.id != dir_name {
        let (line, col) = find_key(text, "id");
        return Err(error(
            line,
            col,
            format!(
                "id `{}` does not match the directory name `{dir_name}`",
                spec.id
            ),
        ));
    }
    if !files.contains_key("src/lib.rs") {
        return Err(LoadError {
            path: format!("{root}/{dir_name}/src/lib.rs"),
            line: None,
            column: None,
            message: "missing starter file src/lib.rs".into(),
        });
    }
    Ok(Kata { spec, files })
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..text.floor_char_boundary_compat(offset)];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn find_key(text: &str, key: &str) -> (Option<usize>, Option<usize>) {
    for (i, line) in text.lines().enumerate() {
        if line.trim_start().starts_with(key) && line.contains('=') {
            return (Some(i + 1), Some(1));
        }
    }
    (None, None)
}

trait FloorCharBoundary {
    fn floor_char_boundary_compat(&self, index: usize) -> usize;
}

impl FloorCharBoundary for str {
    fn floor_char_boundary_compat(&self, mut index: usize) -> usize {
        while !self.is_char_boundary(index) {
            index -= 1;
        }
        index
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn check_load(toml: &str, expect: Expect) {
        let mut files = BTreeMap::new();
        files.insert("kata.toml".to_string(), toml.to_string());
        files.insert("src/lib.rs".to_string(), String::new());
        let mut by_kata = BTreeMap::new();
        by_kata.insert("demo".to_string(), files);
        let pack = Pack::from_files(PackSource::Builtin, by_kata, "katas");
        let out = match (pack.katas.first(), pack.errors.first()) {
            (Some(k), _) => format!("ok {} {:?}", k.id(), k.spec.difficulty),
            (_, Some(e)) => e.to_string(),
            _ => unreachable!(),
        };
        expect.assert_eq(&out);
    }

    #[test]
    fn loads_a_valid_kata() {
        check_load(
            "id = \"demo\"\ntitle = \"Demo\"\ndifficulty = \"easy\"\n",
            expect!["ok demo Easy"],
        );
    }

    #[test]
    fn reports_line_and_column_of_a_bad_value() {
        check_load(
            "id = \"demo\"\ntitle = \"Demo\"\ndifficulty = \"extreme\"\n",
            expect!["katas/demo/kata.toml:3:14: unknown variant `extreme`, expected one of `easy`, `medium`, `hard`"],
        );
    }

    #[test]
    fn reports_unknown_keys() {
        check_load(
            "id = \"demo\"\ntitle = \"Demo\"\ndifficulty = \"easy\"\n[[hint]]\ntxt = \"x\"\n",
            expect!["katas/demo/kata.toml:5:1: unknown field `txt`, expected `text`"],
        );
    }

    #[test]
    fn reports_an_id_that_does_not_match_its_directory() {
        check_load(
            "id = \"other\"\ntitle = \"Demo\"\ndifficulty = \"easy\"\n",
            expect![
                "katas/demo/kata.toml:1:1: id `other` does not match the directory name `demo`"
            ],
        );
    }

    #[test]
    fn line_col_counts_characters() {
        assert_eq!(line_col("a\nßx", 4), (2, 2));
    }
}
