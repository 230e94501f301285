//! Reading a kata directory without trusting it. A pack is someone else's
//! directory: a symbolic link may point out of it (`tests/etc -> /etc/apt`)
//! or back at itself (`a -> .`), a file may be huge or a FIFO. Links are
//! followed only while they stay inside the pack and do not loop; only
//! regular files are read, each and all of them within a budget. Any breach
//! makes the kata a load error naming the path; the other katas still load.

use super::load::{line_col, LoadError};
use std::collections::BTreeMap;
use std::fs::{self, Metadata};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest file a kata may hold.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;
/// The most a kata may hold in all.
pub const MAX_KATA_BYTES: u64 = 16 * 1024 * 1024;
/// How many files and directories a kata may hold (a bound on the work even
/// when each is small, e.g. links that fan out without looping).
pub const MAX_ENTRIES: usize = 4096;
/// How deep a kata's directories may nest.
pub const MAX_DEPTH: usize = 32;

/// Files whose contents must be text: a kata that holds them as anything
/// else is broken, not merely decorated.
fn must_be_text(rel: &str) -> bool {
    [".rs", ".toml", ".md"].iter().any(|ext| rel.ends_with(ext))
}

/// Reads every file of the kata directory `dir` (relative path with `/` →
/// contents). `pack_root` is the canonical pack directory; `shown` is how
/// the kata directory is named in errors.
pub(super) fn read_kata(
    pack_root: &Path,
    shown: &str,
    dir: &Path,
) -> Result<BTreeMap<String, String>, LoadError> {
    let mut reader = Reader {
        pack_root,
        shown,
        files: BTreeMap::new(),
        bytes: 0,
        entries: 0,
        // A link to the pack, or to any directory between it and the kata,
        // leads back to the kata: a loop.
        ancestors: pack_root.ancestors().map(Path::to_path_buf).collect(),
    };
    reader.walk(dir, "", 0)?;
    Ok(reader.files)
}

/// Where a symbolic link at `path` leads, if it stays inside `pack_root`.
pub(super) fn follow_link(pack_root: &Path, path: &Path) -> Result<PathBuf, String> {
    let link = fs::read_link(path)
        .map(|l| l.display().to_string())
        .unwrap_or_else(|_| "?".into());
    let target = fs::canonicalize(path)
        .map_err(|e| format!("symbolic link to `{link}` cannot be followed: {e}"))?;
    if !target.starts_with(pack_root) {
        return Err(format!(
            "symbolic link to `{link}` leaves the pack (it resolves to {}); \
             links must stay inside the pack directory",
            target.display()
        ));
    }
    Ok(target)
}

struct Reader<'a> {
    pack_root: &'a Path,
    shown: &'a str,
    files: BTreeMap<String, String>,
    bytes: u64,
    entries: usize,
    /// Canonical directories being walked, outermost first: a link to one
    /// of them is a loop.
    ancestors: Vec<PathBuf>,
}

impl Reader<'_> {
    fn error(&self, rel: &str, message: impl Into<String>) -> LoadError {
        let path = if rel.is_empty() {
            self.shown.to_string()
        } else {
            format!("{}/{rel}", self.shown)
        };
        LoadError {
            path,
            line: None,
            column: None,
            message: message.into(),
        }
    }

    fn walk(&mut self, dir: &Path, rel: &str, depth: usize) -> Result<(), LoadError> {
        if depth > MAX_DEPTH {
            return Err(self.error(rel, format!("directories nest more than {MAX_DEPTH} deep")));
        }
        let canonical = fs::canonicalize(dir)
            .map_err(|e| self.error(rel, format!("cannot read the directory: {e}")))?;
        let mut entries = fs::read_dir(dir)
            .and_then(|entries| entries.collect::<Result<Vec<_>, _>>())
            .map_err(|e| self.error(rel, format!("cannot read the directory: {e}")))?;
        entries.sort_by_key(|e| e.file_name());
        self.ancestors.push(canonical);
        for entry in entries {
            self.entries += 1;
            if self.entries > MAX_ENTRIES {
                return Err(self.error(
                    "",
                    format!("the kata holds more than {MAX_ENTRIES} files and directories"),
                ));
            }
            let os_name = entry.file_name();
            let child = if rel.is_empty() {
                os_name.to_string_lossy().into_owned()
            } else {
                format!("{rel}/{}", os_name.to_string_lossy())
            };
            let Some(name) = os_name.to_str() else {
                return Err(self.error(&child, "the file name is not UTF-8"));
            };
            if name.starts_with('.') || name == "target" {
                continue;
            }
            let path = dir.join(name);
            let file_type = entry
                .file_type()
                .map_err(|e| self.error(&child, format!("cannot read: {e}")))?;
            if file_type.is_symlink() {
                let target =
                    follow_link(self.pack_root, &path).map_err(|m| self.error(&child, m))?;
                let meta = fs::metadata(&target)
                    .map_err(|e| self.error(&child, format!("cannot read: {e}")))?;
                if meta.is_dir() {
                    if self.ancestors.contains(&target) {
                        let link = fs::read_link(&path).unwrap_or_default();
                        return Err(self.error(
                            &child,
                            format!(
                                "symbolic link to `{}` makes a loop (it leads back to {})",
                                link.display(),
                                target.display()
                            ),
                        ));
                    }
                    self.walk(&target, &child, depth + 1)?;
                } else {
                    self.read_file(&target, &child, &meta)?;
                }
            } else if file_type.is_dir() {
                self.walk(&path, &child, depth + 1)?;
            } else {
                let meta = entry
                    .metadata()
                    .map_err(|e| self.error(&child, format!("cannot read: {e}")))?;
                self.read_file(&path, &child, &meta)?;
            }
        }
        self.ancestors.pop();
        Ok(())
    }

    fn read_file(&mut self, path: &Path, rel: &str, meta: &Metadata) -> Result<(), LoadError> {
        if !meta.is_file() {
            // A FIFO would block the reader forever, a device never ends.
            return Err(self.error(rel, "not a regular file"));
        }
        let too_big = |len: u64| {
            format!(
                "the file holds {len} bytes; a kata file may hold at most {} MiB",
                MAX_FILE_BYTES >> 20
            )
        };
        if meta.len() > MAX_FILE_BYTES {
            return Err(self.error(rel, too_big(meta.len())));
        }
        let mut bytes = Vec::new();
        fs::File::open(path)
            .and_then(|file| file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
            .map_err(|e| self.error(rel, format!("cannot read: {e}")))?;
        let len = bytes.len() as u64;
        if len > MAX_FILE_BYTES {
            return Err(self.error(rel, too_big(len)));
        }
        self.bytes += len;
        if self.bytes > MAX_KATA_BYTES {
            return Err(self.error(
                "",
                format!(
                    "the kata holds more than {} MiB of files",
                    MAX_KATA_BYTES >> 20
                ),
            ));
        }
        match String::from_utf8(bytes) {
            Ok(text) => {
                self.files.insert(rel.to_string(), text);
            }
            Err(e) if must_be_text(rel) => {
                let valid = e.utf8_error().valid_up_to();
                let bytes = e.as_bytes();
                let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
                let (line, column) = line_col(prefix, prefix.len());
                let mut err = self.error(
                    rel,
                    format!(
                        "the file is not UTF-8 text (byte 0x{:02x} at offset {valid})",
                        bytes[valid]
                    ),
                );
                err.line = Some(line);
                err.column = Some(column);
                return Err(err);
            }
            // Other files (pictures, data) are not part of the kata.
            Err(_) => {}
        }
        Ok(())
    }
}
