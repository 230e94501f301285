//! Loading a pack. A broken kata is reported with file, line and column and
//! skipped; the rest of the pack still loads.

use super::read::{self, MAX_FILE_BYTES};
use super::{validate, Kata, KataSpec};
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
        // Its queries are fixed when the binary is built and compiled by the
        // tests (`the_builtin_pack_loads_without_errors`); compiling them on
        // every start would cost most of the load time.
        Pack::builtin_checked(Queries::Trusted)
    }

    fn builtin_checked(queries: Queries) -> Pack {
        let mut by_kata: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        for (rel, contents) in builtin::FILES {
            if let Some((kata, rest)) = rel.split_once('/') {
                by_kata
                    .entry(kata.to_string())
                    .or_default()
                    .insert(rest.to_string(), contents.to_string());
            }
        }
        Pack::from_files(PackSource::Builtin, by_kata, "katas", queries)
    }

    /// Loads every kata directory under `dir`. Fails only when `dir` itself
    /// cannot be read; a kata that cannot be read safely (a link out of the
    /// pack or in a loop, a huge file, a FIFO) is a load error of its own.
    pub fn from_dir(dir: &Path) -> Result<Pack, LoadError> {
        let cannot_read = |e: std::io::Error| LoadError {
            path: dir.display().to_string(),
            line: None,
            column: None,
            message: format!("cannot read the kata pack: {e}"),
        };
        let pack_root = std::fs::canonicalize(dir).map_err(cannot_read)?;
        let mut entries = std::fs::read_dir(&pack_root)
            .and_then(|entries| entries.collect::<Result<Vec<_>, _>>())
            .map_err(cannot_read)?;
        entries.sort_by_key(|e| e.file_name());
        let shown_root = dir.display().to_string();
        let mut by_kata = BTreeMap::new();
        let mut read_errors = Vec::new();
        for entry in entries {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let shown = format!("{shown_root}/{name}");
            let mut path = entry.path();
            if entry.file_type().is_ok_and(|t| t.is_symlink()) {
                match read::follow_link(&pack_root, &path) {
                    Ok(target) if target == pack_root => {
                        read_errors.push(LoadError {
                            path: shown,
                            line: None,
                            column: None,
                            message: "symbolic link to the pack itself makes a loop".into(),
                        });
                        continue;
                    }
                    Ok(target) => path = target,
                    Err(message) => {
                        read_errors.push(LoadError {
                            path: shown,
                            line: None,
                            column: None,
                            message,
                        });
                        continue;
                    }
                }
            }
            if !path.is_dir() {
                continue;
            }
            match read::read_kata(&pack_root, &shown, &path) {
                Ok(files) => {
                    by_kata.insert(name, files);
                }
                Err(err) => read_errors.push(err),
            }
        }
        let mut pack = Pack::from_files(
            PackSource::Dir(dir.to_path_buf()),
            by_kata,
            &shown_root,
            Queries::Compile,
        );
        pack.errors.extend(read_errors);
        pack.errors
            .sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
        Ok(pack)
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
        queries: Queries,
    ) -> Pack {
        let mut katas = Vec::new();
        let mut errors = Vec::new();
        for (dir_name, files) in by_kata {
            match parse_kata(&dir_name, files, root, queries) {
                Ok(kata) => katas.push(kata),
                Err(errs) => errors.extend(errs),
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

/// Whether loading compiles the rules' queries to check them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Queries {
    Compile,
    Trusted,
}

fn parse_kata(
    dir_name: &str,
    files: BTreeMap<String, String>,
    root: &str,
    queries: Queries,
) -> Result<Kata, Vec<LoadError>> {
    let toml_path = format!("{root}/{dir_name}/kata.toml");
    let error = |line, column, message: String| LoadError {
        path: toml_path.clone(),
        line,
        column,
        message,
    };
    // The built-in pack is embedded whole; hold it to the same budget as a
    // pack read from disk.
    if let Some((rel, text)) = files
        .iter()
        .find(|(_, text)| text.len() as u64 > MAX_FILE_BYTES)
    {
        return Err(vec![LoadError {
            path: format!("{root}/{dir_name}/{rel}"),
            line: None,
            column: None,
            message: format!(
                "the file holds {} bytes; a kata file may hold at most {} MiB",
                text.len(),
                MAX_FILE_BYTES >> 20
            ),
        }]);
    }
    let Some(text) = files.get("kata.toml") else {
        return Err(vec![error(None, None, "missing kata.toml".into())]);
    };
    let spec: KataSpec = toml::from_str(text).map_err(|e| {
        let (line, column) = e.span().map(|s| line_col(text, s.start)).unzip();
        vec![error(line, column, e.message().trim().to_string())]
    })?;
    let mut errors = validate::validate(&spec, text, dir_name, &toml_path, queries);
    if !files.contains_key("src/lib.rs") {
        errors.push(LoadError {
            path: format!("{root}/{dir_name}/src/lib.rs"),
            line: None,
            column: None,
            message: "missing starter file src/lib.rs".into(),
        });
    }
    if errors.is_empty() {
        Ok(Kata { spec, files })
    } else {
        Err(errors)
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..text.floor_char_boundary_compat(offset)];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
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
        let pack = Pack::from_files(PackSource::Builtin, by_kata, "katas", Queries::Compile);
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
                "katas/demo/kata.toml:1:6: id `other` does not match the directory name `demo`"
            ],
        );
    }

    const HEAD: &str = "id = \"demo\"\ntitle = \"Demo\"\ndifficulty = \"easy\"\n";

    fn check_errors(toml_tail: &str, expect: Expect) {
        let mut files = BTreeMap::new();
        files.insert("kata.toml".to_string(), format!("{HEAD}{toml_tail}"));
        files.insert("src/lib.rs".to_string(), String::new());
        let mut by_kata = BTreeMap::new();
        by_kata.insert("demo".to_string(), files);
        let pack = Pack::from_files(PackSource::Builtin, by_kata, "katas", Queries::Compile);
        let out: Vec<String> = pack.errors.iter().map(ToString::to_string).collect();
        expect.assert_eq(&out.join("\n"));
    }

    #[test]
    fn a_query_that_does_not_compile_is_located_inside_kata_toml() {
        check_errors(
            "[[rule]]\nid = \"bad\"\nmessage = \"m\"\nquery = \'\'\'\n(call_expression\n  function: (identifer))\'\'\'\n",
            expect!["katas/demo/kata.toml:9:14: rule `bad`: the query does not compile: unknown node type `identifer` (query line 2, column 14)"],
        );
        check_errors(
            "[[rule]]\nid = \"bad\"\nmessage = \"m\"\nquery = \"(unsafe_block) @v (\"\n",
            expect!["katas/demo/kata.toml:7:29: rule `bad`: the query does not compile: invalid syntax (query line 1, column 20)"],
        );
    }

    #[test]
    fn a_target_that_is_not_a_complexity_class_is_an_error() {
        check_errors(
            "[[target]]\nitem = \"f\"\ntime = \"O(n)\"\nspace = \"O(banana^π)\"\n[probe]\nexpect = \"fast\"\n",
            expect![[r#"
                katas/demo/kata.toml:7:9: target `f`: space: `O(banana^π)`: bad power in `banana^π`
                katas/demo/kata.toml:9:10: probe: expect: `fast` is not written as O(…)"#]],
        );
    }

    #[test]
    fn duplicate_rule_ids_are_an_error() {
        let rule = "[[rule]]\nid = \"no-sort\"\nquery = \"(unsafe_block) @v\"\nmessage = \"m\"\n";
        check_errors(
            &format!("{rule}{rule}"),
            expect!["katas/demo/kata.toml:9:6: duplicate rule id `no-sort` (first on line 5)"],
        );
    }

    #[test]
    fn an_embedded_file_over_the_limit_is_an_error() {
        let mut files = BTreeMap::new();
        files.insert("kata.toml".to_string(), HEAD.to_string());
        files.insert("src/lib.rs".to_string(), String::new());
        files.insert(
            "tests/big.rs".to_string(),
            " ".repeat(MAX_FILE_BYTES as usize + 1),
        );
        let mut by_kata = BTreeMap::new();
        by_kata.insert("demo".to_string(), files);
        let pack = Pack::from_files(PackSource::Builtin, by_kata, "katas", Queries::Compile);
        assert!(pack.katas.is_empty());
        assert_eq!(
            pack.errors[0].to_string(),
            "katas/demo/tests/big.rs: the file holds 4194305 bytes; a kata file may hold at most 4 MiB"
        );
    }

    #[test]
    fn the_builtin_pack_loads_without_errors() {
        let pack = Pack::builtin_checked(Queries::Compile);
        assert_eq!(pack.errors, Vec::new());
        assert!(pack.katas.len() > 10);
    }

    #[test]
    fn line_col_counts_characters() {
        assert_eq!(line_col("a\nßx", 4), (2, 2));
    }
}
