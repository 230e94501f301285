//! Packs are someone else's directories. Links out of the pack or in a
//! loop, huge files, FIFOs, broken text, queries that do not compile and
//! targets that are not complexity classes: each makes its kata a load error
//! that names the file (and, in `kata.toml`, the line and column), in
//! bounded time, while the other katas still load. The packs are built in
//! temporary directories at test time.

use kata::catalog::{LoadError, Pack, MAX_FILE_BYTES};
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const DEADLINE: Duration = Duration::from_secs(60);

fn kata_bin() -> PathBuf {
    if let Some(bin) = std::env::var_os("KATA_BIN") {
        return bin.into();
    }
    let exe = std::env::current_exe().unwrap();
    exe.parent().unwrap().parent().unwrap().join("kata")
}

fn kata_toml(id: &str, extra: &str) -> String {
    format!("id = \"{id}\"\ntitle = \"T\"\ndifficulty = \"easy\"\n{extra}")
}

/// A pack in a temporary directory, with one well-formed kata `good`.
struct PackDir {
    dir: tempfile::TempDir,
}

impl PackDir {
    fn new() -> PackDir {
        let pack = PackDir {
            dir: tempfile::tempdir().unwrap(),
        };
        pack.kata("good", &kata_toml("good", ""));
        pack
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    /// A kata directory with a `kata.toml` and a starter.
    fn kata(&self, id: &str, toml: &str) -> PathBuf {
        self.write(&format!("{id}/kata.toml"), toml.as_bytes());
        self.write(&format!("{id}/src/lib.rs"), b"pub fn f() {}\n");
        self.root().join(id)
    }

    fn write(&self, rel: &str, contents: &[u8]) {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, contents).unwrap();
    }

    fn link(&self, rel: &str, target: impl AsRef<Path>) {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        symlink(target, path).unwrap();
    }

    /// Loads the pack on another thread, failing after [`DEADLINE`].
    fn load(&self) -> Pack {
        let root = self.root().to_path_buf();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(Pack::from_dir(&root));
        });
        rx.recv_timeout(DEADLINE)
            .expect("loading the pack did not finish in time")
            .expect("the pack directory itself is readable")
    }

    /// `kata <args>` over this pack, killed after [`DEADLINE`].
    fn kata_cli(&self, args: &[&str]) -> Output {
        let workspace = tempfile::tempdir().unwrap();
        let mut child = Command::new(kata_bin())
            .args(args)
            .current_dir(workspace.path())
            .env("KATA_PACK", self.root())
            .env_remove("KATA_WORKSPACE")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while child.try_wait().unwrap().is_none() {
            if started.elapsed() > DEADLINE {
                child.kill().unwrap();
                panic!("`kata {}` did not finish in time", args.join(" "));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        child.wait_with_output().unwrap()
    }

    fn shown(&self, rel: &str) -> String {
        format!("{}/{rel}", self.root().display())
    }
}

fn ids(pack: &Pack) -> Vec<&str> {
    pack.katas.iter().map(|k| k.id()).collect()
}

fn only_error(pack: &Pack) -> &LoadError {
    assert_eq!(pack.errors.len(), 1, "{:#?}", pack.errors);
    &pack.errors[0]
}

#[test]
fn two_links_to_dot_are_a_loop_not_an_endless_walk() {
    let pack = PackDir::new();
    pack.kata("loopy", &kata_toml("loopy", ""));
    pack.link("loopy/a", ".");
    pack.link("loopy/b", ".");
    pack.link("loopy/tests/up", "../..");
    let loaded = pack.load();
    assert_eq!(ids(&loaded), ["good"]);
    let err = only_error(&loaded);
    assert_eq!(err.path, pack.shown("loopy/a"));
    assert!(
        err.message.contains("symbolic link to `.` makes a loop"),
        "{err}"
    );

    let out = pack.kata_cli(&["list"]);
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stdout.contains("good"), "{stdout}");
    assert!(
        stderr.contains(&format!(
            "{}: symbolic link to `.` makes a loop",
            pack.shown("loopy/a")
        )),
        "{stderr}"
    );
    assert!(out.stdout.len() < 10_000, "{stdout}");
}

#[test]
fn a_link_to_an_enclosing_directory_is_a_loop() {
    let pack = PackDir::new();
    pack.kata("up", &kata_toml("up", ""));
    pack.link("up/tests/pack", "../..");
    let loaded = pack.load();
    assert_eq!(ids(&loaded), ["good"]);
    let err = only_error(&loaded);
    assert_eq!(err.path, pack.shown("up/tests/pack"));
    assert!(err.message.contains("makes a loop"), "{err}");
}

#[test]
fn links_that_leave_the_pack_are_refused() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.rs"), "// secret\n").unwrap();
    let pack = PackDir::new();
    pack.kata("dir-link", &kata_toml("dir-link", ""));
    pack.link("dir-link/tests/etc", outside.path());
    pack.kata("file-link", &kata_toml("file-link", ""));
    pack.link(
        "file-link/tests/secret.rs",
        outside.path().join("secret.rs"),
    );
    pack.kata("abs-etc", &kata_toml("abs-etc", ""));
    pack.link("abs-etc/tests/etc", "/etc");
    // A kata directory that is itself a link out of the pack.
    let elsewhere = outside.path().join("kata");
    std::fs::create_dir_all(elsewhere.join("src")).unwrap();
    std::fs::write(elsewhere.join("kata.toml"), kata_toml("away", "")).unwrap();
    std::fs::write(elsewhere.join("src/lib.rs"), "").unwrap();
    pack.link("away", &elsewhere);

    let loaded = pack.load();
    assert_eq!(ids(&loaded), ["good"]);
    let errors: Vec<String> = loaded.errors.iter().map(ToString::to_string).collect();
    let expected = [
        (
            "abs-etc/tests/etc",
            "symbolic link to `/etc` leaves the pack".to_string(),
        ),
        (
            "away",
            format!("symbolic link to `{}` leaves the pack", elsewhere.display()),
        ),
        (
            "dir-link/tests/etc",
            format!(
                "symbolic link to `{}` leaves the pack",
                outside.path().display()
            ),
        ),
        (
            "file-link/tests/secret.rs",
            format!(
                "symbolic link to `{}` leaves the pack",
                outside.path().join("secret.rs").display()
            ),
        ),
    ];
    assert_eq!(errors.len(), expected.len(), "{errors:#?}");
    for ((path, message), error) in expected.iter().zip(&errors) {
        assert!(
            error.starts_with(&format!("{}: {message}", pack.shown(path))),
            "{error}"
        );
    }

    // Nothing from outside reaches a learner's crate.
    let workspace = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::new(kata_bin())
            .args(args)
            .current_dir(workspace.path())
            .env("KATA_PACK", pack.root())
            .env_remove("KATA_WORKSPACE")
            .output()
            .unwrap()
    };
    assert!(run(&["init", "."]).status.success());
    let start = run(&["start", "file-link"]);
    assert!(!start.status.success());
    assert!(!workspace.path().join("file-link").exists());
}

#[test]
fn links_inside_the_pack_are_followed() {
    let pack = PackDir::new();
    pack.write("good/tests/common.rs", b"pub fn shared() {}\n");
    pack.kata("linked", &kata_toml("linked", ""));
    pack.link("linked/tests/common.rs", "../../good/tests/common.rs");
    pack.link("linked/solution", "../good/tests");
    let loaded = pack.load();
    assert!(loaded.errors.is_empty(), "{:#?}", loaded.errors);
    let kata = loaded.get("linked").unwrap();
    assert_eq!(kata.file("tests/common.rs"), Some("pub fn shared() {}\n"));
    assert_eq!(
        kata.file("solution/common.rs"),
        Some("pub fn shared() {}\n")
    );
}

#[test]
fn dangling_links_fifos_and_huge_files_are_errors() {
    let pack = PackDir::new();
    pack.kata("dangling", &kata_toml("dangling", ""));
    pack.link("dangling/tests/gone.rs", "nowhere.rs");
    pack.kata("fifo", &kata_toml("fifo", ""));
    let fifo = pack.root().join("fifo/tests/pipe.rs");
    std::fs::create_dir_all(fifo.parent().unwrap()).unwrap();
    let c_path = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o644) }, 0);
    pack.kata("huge", &kata_toml("huge", ""));
    pack.write("huge/tests/big.rs", b"");
    let big = std::fs::File::options()
        .write(true)
        .open(pack.root().join("huge/tests/big.rs"))
        .unwrap();
    // Sparse: costs no disk, and must not be read whole.
    big.set_len(64 * MAX_FILE_BYTES).unwrap();

    let loaded = pack.load();
    assert_eq!(ids(&loaded), ["good"]);
    let errors: Vec<String> = loaded.errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert!(
        errors[0].starts_with(&format!(
            "{}: symbolic link to `nowhere.rs` cannot be followed",
            pack.shown("dangling/tests/gone.rs")
        )),
        "{errors:#?}"
    );
    assert_eq!(
        errors[1],
        format!("{}: not a regular file", pack.shown("fifo/tests/pipe.rs"))
    );
    assert_eq!(
        errors[2],
        format!(
            "{}: the file holds 268435456 bytes; a kata file may hold at most 4 MiB",
            pack.shown("huge/tests/big.rs")
        )
    );
}

#[test]
fn a_kata_toml_that_is_not_utf8_is_located_not_missing() {
    let pack = PackDir::new();
    pack.kata("latin1", "");
    pack.write(
        "latin1/kata.toml",
        b"id = \"latin1\"\ntitle = \"Caf\xe9\"\n",
    );
    let loaded = pack.load();
    assert_eq!(ids(&loaded), ["good"]);
    assert_eq!(
        only_error(&loaded).to_string(),
        format!(
            "{}:2:13: the file is not UTF-8 text (byte 0xe9 at offset 26)",
            pack.shown("latin1/kata.toml")
        )
    );
}

#[test]
fn bad_queries_targets_and_duplicate_rule_ids_are_located_in_kata_toml() {
    let pack = PackDir::new();
    pack.kata(
        "bad-query",
        &kata_toml(
            "bad-query",
            "\n[[rule]]\nid = \"no-sort\"\nmessage = \"m\"\nquery = '''\n(call_expression\n   function: (field_expresion))'''\n",
        ),
    );
    pack.kata(
        "bad-target",
        &kata_toml(
            "bad-target",
            "[[target]]\nitem = \"f\"\ntime = \"O(banana^π)\"\n",
        ),
    );
    let rule = "[[rule]]\nid = \"r\"\nquery = \"(unsafe_block) @violation\"\nmessage = \"m\"\n";
    pack.kata("dup-rule", &kata_toml("dup-rule", &format!("{rule}{rule}")));
    let loaded = pack.load();
    assert_eq!(ids(&loaded), ["good"]);
    let errors: Vec<String> = loaded.errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        errors,
        [
            format!(
                "{}:10:15: rule `no-sort`: the query does not compile: unknown node type `field_expresion` (query line 2, column 15)",
                pack.shown("bad-query/kata.toml")
            ),
            format!(
                "{}:6:8: target `f`: time: `O(banana^π)`: bad power in `banana^π`",
                pack.shown("bad-target/kata.toml")
            ),
            format!(
                "{}:9:6: duplicate rule id `r` (first on line 5)",
                pack.shown("dup-rule/kata.toml")
            ),
        ]
    );

    let out = pack.kata_cli(&["list"]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    for error in &errors {
        assert!(stderr.contains(error.as_str()), "{stderr}");
    }
}
