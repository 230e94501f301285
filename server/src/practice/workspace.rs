//! Creating the practice workspace, scaffolding kata crates into it, reset
//! with backup, and revealing solutions.

use super::progress::{now_secs, write_atomically, ProgressStore, Status};
use crate::catalog::Kata;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum PracticeError {
    #[error("no practice workspace at or above {}", .0.display())]
    NoWorkspace(PathBuf),
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{0}")]
    Other(String),
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> PracticeError + '_ {
    move |source| PracticeError::Io {
        path: path.display().to_string(),
        source,
    }
}

#[derive(Debug, Clone)]
pub struct Workspace {
    pub root: PathBuf,
}

pub enum StartOutcome {
    Created(PathBuf),
    AlreadyStarted(PathBuf),
}

const STATE_DIR: &str = ".kata";

impl Workspace {
    /// Creates a workspace in `dir` (idempotent: an existing one is kept).
    pub fn init(dir: &Path) -> Result<(Workspace, bool), PracticeError> {
        std::fs::create_dir_all(dir.join(STATE_DIR).join("backups")).map_err(io(dir))?;
        let root = dir.canonicalize().map_err(io(dir))?;
        let manifest = root.join("Cargo.toml");
        let created = !manifest.exists();
        if created {
            let text = "# A kata practice workspace: `kata start ID` adds a crate per kata.\n\
                        [workspace]\nresolver = \"2\"\nmembers = []\n\n\
                        [profile.probe]\ninherits = \"release\"\nincremental = true\ndebug = false\n";
            std::fs::write(&manifest, text).map_err(io(&manifest))?;
            let gitignore = root.join(".gitignore");
            if !gitignore.exists() {
                std::fs::write(&gitignore, "/target\n").map_err(io(&gitignore))?;
            }
        } else if !is_workspace_manifest(&manifest) {
            return Err(PracticeError::Other(format!(
                "{} exists and is not a Cargo workspace; choose another directory",
                manifest.display()
            )));
        }
        Ok((Workspace { root }, created))
    }

    /// The workspace containing `start`: the nearest ancestor with `.kata/`.
    pub fn discover(start: &Path) -> Result<Workspace, PracticeError> {
        let start = start.canonicalize().unwrap_or_else(|_| start.to_path_buf());
        start
            .ancestors()
            .find(|dir| dir.join(STATE_DIR).is_dir() && dir.join("Cargo.toml").is_file())
            .map(|root| Workspace {
                root: root.to_path_buf(),
            })
            .ok_or(PracticeError::NoWorkspace(start))
    }

    pub fn state_dir(&self) -> PathBuf {
        self.root.join(STATE_DIR)
    }

    pub fn progress(&self) -> ProgressStore {
        ProgressStore::new(&self.state_dir())
    }

    pub fn kata_dir(&self, id: &str) -> PathBuf {
        self.root.join(id)
    }

    pub fn target_dir(&self) -> PathBuf {
        self.root.join("target")
    }

    pub fn is_started(&self, id: &str) -> bool {
        self.kata_dir(id).join("Cargo.toml").is_file()
    }

    /// Ids of the katas whose crates exist in the workspace.
    pub fn started_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = std::fs::read_dir(&self.root)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| kata_id_of_crate(&e.path()))
            .collect();
        ids.sort();
        ids
    }

    /// Scaffolds the kata's crate; never overwrites one that exists.
    pub fn start(&self, kata: &Kata) -> Result<StartOutcome, PracticeError> {
        let dir = self.kata_dir(kata.id());
        if dir.exists() {
            self.add_member(kata.id())?;
            return Ok(StartOutcome::AlreadyStarted(dir));
        }
        self.write_starter(kata, &dir)?;
        let manifest = dir.join("Cargo.toml");
        std::fs::write(&manifest, crate_manifest(kata.id())).map_err(io(&manifest))?;
        self.add_member(kata.id())?;
        self.progress()
            .update_kata(kata.id(), |p| {
                if p.status == Status::New {
                    p.status = Status::Started;
                    p.started_at = Some(now_secs());
                }
            })
            .map_err(|e| PracticeError::Other(e.to_string()))?;
        Ok(StartOutcome::Created(dir))
    }

    fn write_starter(&self, kata: &Kata, dir: &Path) -> Result<(), PracticeError> {
        for (rel, contents) in kata.starter_files() {
            let path = dir.join(rel);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(io(parent))?;
            }
            std::fs::write(&path, contents).map_err(io(&path))?;
        }
        Ok(())
    }

    /// Backs up the learner's `src/` and `tests/` and restores the starter.
    /// Returns the backup directory.
    pub fn reset(&self, kata: &Kata) -> Result<PathBuf, PracticeError> {
        let dir = self.kata_dir(kata.id());
        if !dir.exists() {
            return Err(PracticeError::Other(format!(
                "kata `{}` is not started",
                kata.id()
            )));
        }
        let stamp = now_secs();
        let mut backup = self
            .state_dir()
            .join("backups")
            .join(format!("{}-{stamp}", kata.id()));
        let mut n = 1;
        while backup.exists() {
            backup = self
                .state_dir()
                .join("backups")
                .join(format!("{}-{stamp}-{n}", kata.id()));
            n += 1;
        }
        for sub in ["src", "tests"] {
            let from = dir.join(sub);
            if from.exists() {
                copy_tree(&from, &backup.join(sub))?;
            }
        }
        // Only once everything is safely copied do we replace the files, in
        // place: each starter file atomically over the learner's (editors
        // see a change, not a deleted and recreated directory), then the
        // learner's extra files go. Killed at any moment, `src/` is whole.
        for (rel, contents) in kata.starter_files() {
            let path = dir.join(rel);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(io(parent))?;
            }
            write_atomically(&path, contents.as_bytes())
                .map_err(|e| PracticeError::Other(e.to_string()))?;
        }
        let keep: Vec<PathBuf> = kata.starter_files().map(|(rel, _)| dir.join(rel)).collect();
        for sub in ["src", "tests"] {
            remove_extra_files(&dir.join(sub), &keep)?;
        }
        Ok(backup)
    }

    /// Removes temporary files that a killed writer left in `.kata/`
    /// (older than a minute, so a live writer's file is never touched).
    pub fn clean_stale_temp_files(&self) {
        let Ok(entries) = std::fs::read_dir(self.state_dir()) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let stale = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age.as_secs() > 60);
            if name.to_string_lossy().starts_with(".tmp") && stale {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }

    /// Writes the reference solution to `.kata/solutions/ID.rs`.
    pub fn write_solution(&self, kata: &Kata) -> Result<PathBuf, PracticeError> {
        let reference = kata.reference().ok_or_else(|| {
            PracticeError::Other(format!("kata `{}` has no reference solution", kata.id()))
        })?;
        let dir = self.state_dir().join("solutions");
        std::fs::create_dir_all(&dir).map_err(io(&dir))?;
        let path = dir.join(format!("{}.rs", kata.id()));
        std::fs::write(&path, reference).map_err(io(&path))?;
        Ok(path)
    }

    fn add_member(&self, id: &str) -> Result<(), PracticeError> {
        let manifest = self.root.join("Cargo.toml");
        let text = std::fs::read_to_string(&manifest).map_err(io(&manifest))?;
        let mut doc: toml::Table = toml::from_str(&text).map_err(|e| {
            PracticeError::Other(format!("{}: {}", manifest.display(), e.message()))
        })?;
        let workspace = doc
            .entry("workspace")
            .or_insert_with(|| toml::Value::Table(Default::default()))
            .as_table_mut()
            .ok_or_else(|| {
                PracticeError::Other(format!(
                    "{}: `workspace` is not a table",
                    manifest.display()
                ))
            })?;
        let members = workspace
            .entry("members")
            .or_insert_with(|| toml::Value::Array(Vec::new()))
            .as_array_mut()
            .ok_or_else(|| {
                PracticeError::Other(format!("{}: `members` is not a list", manifest.display()))
            })?;
        if members.iter().any(|m| m.as_str() == Some(id)) {
            return Ok(());
        }
        members.push(toml::Value::String(id.to_string()));
        let out = toml::to_string(&doc).map_err(|e| PracticeError::Other(e.to_string()))?;
        let out =
            format!("# A kata practice workspace: `kata start ID` adds a crate per kata.\n{out}");
        write_atomically(&manifest, out.as_bytes()).map_err(|e| PracticeError::Other(e.to_string()))
    }
}

fn is_workspace_manifest(manifest: &Path) -> bool {
    std::fs::read_to_string(manifest)
        .ok()
        .and_then(|t| toml::from_str::<toml::Table>(&t).ok())
        .is_some_and(|t| t.contains_key("workspace"))
}

pub fn crate_manifest(id: &str) -> String {
    format!(
        "[package]\nname = \"{id}\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n\
         # Which kata this crate practises; the kata tools read it.\n\
         [package.metadata.kata]\nid = \"{id}\"\n\n[dependencies]\n"
    )
}

/// The kata id recorded in a crate directory's `Cargo.toml`, if any.
fn kata_id_of_crate(dir: &Path) -> Option<String> {
    let text = std::fs::read_to_string(dir.join("Cargo.toml")).ok()?;
    let doc: toml::Table = toml::from_str(&text).ok()?;
    doc.get("package")?
        .get("metadata")?
        .get("kata")?
        .get("id")?
        .as_str()
        .map(str::to_string)
}

/// The kata crate a file belongs to: `(crate dir, kata id)`.
pub fn kata_of_path(path: &Path) -> Option<(PathBuf, String)> {
    path.ancestors()
        .skip(1)
        .find_map(|dir| kata_id_of_crate(dir).map(|id| (dir.to_path_buf(), id)))
}

/// Removes every file under `dir` that is not in `keep`, then the
/// directories left empty.
fn remove_extra_files(dir: &Path, keep: &[PathBuf]) -> Result<(), PracticeError> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(());
    };
    for entry in entries {
        let entry = entry.map_err(io(dir))?;
        let path = entry.path();
        if path.is_dir() && !path.is_symlink() {
            remove_extra_files(&path, keep)?;
            if std::fs::read_dir(&path).is_ok_and(|mut d| d.next().is_none()) {
                std::fs::remove_dir(&path).map_err(io(&path))?;
            }
        } else if !keep.contains(&path) {
            std::fs::remove_file(&path).map_err(io(&path))?;
        }
    }
    Ok(())
}

fn copy_tree(from: &Path, to: &Path) -> Result<(), PracticeError> {
    std::fs::create_dir_all(to).map_err(io(to))?;
    for entry in std::fs::read_dir(from).map_err(io(from))? {
        let entry = entry.map_err(io(from))?;
        let path = entry.path();
        let dest = to.join(entry.file_name());
        if path.is_dir() {
            copy_tree(&path, &dest)?;
        } else {
            std::fs::copy(&path, &dest).map_err(io(&path))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Pack;
    use std::collections::BTreeMap;

    fn demo_kata() -> Kata {
        let mut files: BTreeMap<&str, &str> = BTreeMap::new();
        files.insert(
            "kata.toml",
            "id = \"demo\"\ntitle = \"Demo\"\ndifficulty = \"easy\"\n",
        );
        files.insert("README.md", "# Demo\n");
        files.insert("src/lib.rs", "pub fn f() { todo!() }\n");
        files.insert("tests/demo.rs", "#[test] fn t() { demo::f() }\n");
        files.insert("solution/reference.rs", "pub fn f() {}\n");
        let dir = tempfile::tempdir().unwrap();
        let kata_dir = dir.path().join("demo");
        for (rel, text) in &files {
            let path = kata_dir.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        Pack::from_dir(dir.path()).unwrap().katas.remove(0)
    }

    #[test]
    fn start_scaffolds_a_member_crate_and_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let (ws, created) = Workspace::init(dir.path()).unwrap();
        assert!(created);
        let kata = demo_kata();
        assert!(matches!(ws.start(&kata).unwrap(), StartOutcome::Created(_)));
        let manifest = std::fs::read_to_string(ws.root.join("Cargo.toml")).unwrap();
        assert!(manifest.contains("members = [\"demo\"]"), "{manifest}");
        assert!(
            !ws.kata_dir("demo").join("solution").exists(),
            "solutions stay out of the workspace"
        );
        let lib = ws.kata_dir("demo").join("src/lib.rs");
        std::fs::write(&lib, "// mine\n").unwrap();
        assert!(matches!(
            ws.start(&kata).unwrap(),
            StartOutcome::AlreadyStarted(_)
        ));
        assert_eq!(std::fs::read_to_string(&lib).unwrap(), "// mine\n");
        assert_eq!(ws.started_ids(), ["demo"]);
        assert_eq!(
            kata_of_path(&lib).map(|(_, id)| id).as_deref(),
            Some("demo")
        );
        assert_eq!(
            ws.progress().read().unwrap().get("demo").status,
            Status::Started
        );
        // Initialising again keeps everything.
        let (_, created) = Workspace::init(dir.path()).unwrap();
        assert!(!created);
        assert_eq!(ws.started_ids(), ["demo"]);
    }

    #[test]
    fn reset_backs_up_then_restores_the_starter() {
        let dir = tempfile::tempdir().unwrap();
        let (ws, _) = Workspace::init(dir.path()).unwrap();
        let kata = demo_kata();
        ws.start(&kata).unwrap();
        let lib = ws.kata_dir("demo").join("src/lib.rs");
        std::fs::write(&lib, "// attempt\n").unwrap();
        let extra = ws.kata_dir("demo").join("src/helper.rs");
        std::fs::write(&extra, "// mine too\n").unwrap();
        let src_inode = || {
            use std::os::unix::fs::MetadataExt;
            std::fs::metadata(ws.kata_dir("demo").join("src"))
                .unwrap()
                .ino()
        };
        let before = src_inode();
        let backup = ws.reset(&kata).unwrap();
        // In place: the directory editors watch is the same one, and the
        // learner's extra file is backed up, then gone.
        assert_eq!(src_inode(), before, "src/ was deleted and recreated");
        assert!(!extra.exists());
        assert!(backup.join("src/helper.rs").exists());
        assert_eq!(
            std::fs::read_to_string(backup.join("src/lib.rs")).unwrap(),
            "// attempt\n"
        );
        assert_eq!(
            std::fs::read_to_string(&lib).unwrap(),
            "pub fn f() { todo!() }\n"
        );
        let second = ws.reset(&kata).unwrap();
        assert_ne!(
            backup, second,
            "a second reset never overwrites the first backup"
        );
    }

    #[test]
    fn discover_walks_up_and_explains_when_there_is_none() {
        let dir = tempfile::tempdir().unwrap();
        let err = Workspace::discover(dir.path()).unwrap_err();
        assert!(err
            .to_string()
            .starts_with("no practice workspace at or above"));
        let (ws, _) = Workspace::init(dir.path()).unwrap();
        std::fs::create_dir_all(ws.root.join("a/b")).unwrap();
        assert_eq!(
            Workspace::discover(&ws.root.join("a/b")).unwrap().root,
            ws.root
        );
    }

    #[test]
    fn init_refuses_a_directory_holding_a_package() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("Cargo.toml"), "[package]\nname = \"x\"\n").unwrap();
        let err = Workspace::init(dir.path()).unwrap_err().to_string();
        assert!(
            err.ends_with("is not a Cargo workspace; choose another directory"),
            "{err}"
        );
    }
}
