//! Fuzzing pack loading: random TOML-ish `kata.toml` documents and random
//! pack layouts (files, directories, links in and out of the pack, FIFOs)
//! in temporary directories. Loading never panics nor hangs, every error
//! names a file inside the pack, and every error about a `kata.toml`'s
//! contents names its line and column.
//!
//! 256 cases per property by default; `KATA_FUZZ_CASES=10000` for more.

use kata::catalog::{LoadError, Pack, MAX_FILE_BYTES};
use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence};
use std::os::unix::fs::symlink;
use std::path::Path;

fn config() -> Config {
    let cases = std::env::var("KATA_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(256);
    Config {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::Off)),
        ..Config::default()
    }
}

const KEYS: &[&str] = &[
    "id",
    "title",
    "difficulty",
    "topics",
    "seed",
    "timeout_secs",
    "item",
    "time",
    "space",
    "query",
    "message",
    "why",
    "severity",
    "expect",
    "measure",
    "text",
    "rule",
    "target",
    "x",
    "\"id\"",
    "id.x",
    "",
];

const VALUES: &[&str] = &[
    "\"fuzz\"",
    "\"other\"",
    "\"easy\"",
    "\"hard\"",
    "\"warning\"",
    "\"ops\"",
    "\"O(1)\"",
    "\"O(n log n)\"",
    "\"O(n^2 + m)\"",
    "\"O(banana^π)\"",
    "\"O(n^999)\"",
    "\"O(log^300 n)\"",
    "\"O()\"",
    "\"O(+)\"",
    "\"O(2^)\"",
    "\"O(sqrt()\"",
    "'''(unsafe_block) @violation'''",
    "'''\n(call_expression\n  function: (identifer))'''",
    "\"(call_expression\"",
    "\"((((((((((\"",
    "\"(_) @a @a @a\"",
    "\"(#eq? @x)\"",
    "\"\\\"\\u00e9\\t(x)\\\"\"",
    "\"\\uD800\"",
    "\"\\q\"",
    "\"\"\"\nline \\\n   next\"\"\"",
    "'unterminated",
    "\"\"",
    "1",
    "-1",
    "18446744073709551616",
    "1e400",
    "nan",
    "true",
    "1979-05-27T07:32:00Z",
    "[]",
    "[1, \"a\"]",
    "[\"a\", \"b\",]",
    "{}",
    "{ text = \"t\" }",
    "{ a = { b = { c = 1 } } }",
];

const HEADERS: &[&str] = &[
    "[[rule]]",
    "[[target]]",
    "[[hint]]",
    "[probe]",
    "[rule]",
    "[[probe]]",
    "[a.b.c]",
    "[[",
    "]]",
];

fn query() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("("),
        Just(")"),
        Just("["),
        Just("]"),
        Just("@violation"),
        Just("@x"),
        Just("_"),
        Just("\""),
        Just("#eq?"),
        Just("#match?"),
        Just("!"),
        Just("*"),
        Just("+"),
        Just("?"),
        Just("."),
        Just(":"),
        Just("function:"),
        Just("call_expression"),
        Just("unsafe_block"),
        Just("identifier"),
        Just("identifer"),
        Just(" "),
        Just("\n"),
        Just("é"),
    ];
    prop::collection::vec(token, 0..24).prop_map(|t| format!("'''{}'''", t.concat()))
}

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(VALUES).prop_map(str::to_string),
        2 => query(),
        1 => "[ -~]{0,12}".prop_map(|s| format!("\"{s}\"")),
        1 => "[ -~]{0,12}".prop_map(|s| format!("'{s}'")),
        1 => (1usize..3000, 0..3).prop_map(|(n, shape)| match shape {
            0 => "[".repeat(n),
            1 => format!("{}1{}", "[".repeat(n), "]".repeat(n)),
            _ => format!("{}1{}", "{a=".repeat(n), "}".repeat(n)),
        }),
    ]
}

fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => (prop::sample::select(KEYS), value()).prop_map(|(k, v)| format!("{k} = {v}")),
        2 => prop::sample::select(HEADERS).prop_map(str::to_string),
        1 => "[ -~]{0,20}",
        1 => Just(String::new()),
    ]
}

/// A table of `kata.toml` with its own keys and (mostly) well-typed values:
/// documents that parse, so that validation is what gets fuzzed.
fn section() -> impl Strategy<Value = String> {
    let string = || {
        prop_oneof![
            3 => prop::sample::select(VALUES).prop_map(str::to_string),
            1 => "[ -~&&[^\"\\\\]]{0,12}".prop_map(|s| format!("\"{s}\"")),
        ]
    };
    let class = || {
        prop_oneof![
            prop::sample::select(
                &[
                    "\"O(1)\"",
                    "\"O(n)\"",
                    "\"O(n log n)\"",
                    "\"O(banana^π)\"",
                    "\"O(n^256)\"",
                    "\"O(log^ n)\"",
                    "\"O()\"",
                    "\"n\"",
                    "\"O(2^n + n!)\"",
                    "\"O(1) amortised\""
                ][..]
            )
            .prop_map(str::to_string),
            "[ -~&&[^\"\\\\]]{0,10}".prop_map(|s| format!("\"O({s})\"")),
        ]
    };
    let rule_id = prop::sample::select(&["\"a\"", "\"b\"", "\"no-sort\"", "\"\""][..]);
    prop_oneof![
        (rule_id, query(), string())
            .prop_map(|(id, q, m)| format!("[[rule]]\nid = {id}\nquery = {q}\nmessage = {m}")),
        (string(), class(), prop::option::of(class())).prop_map(|(item, time, space)| {
            let space = space.map_or(String::new(), |s| format!("\nspace = {s}"));
            format!("[[target]]\nitem = {item}\ntime = {time}{space}")
        }),
        class().prop_map(|c| format!("[probe]\nexpect = {c}")),
        string().prop_map(|t| format!("[[hint]]\ntext = {t}")),
        line(),
    ]
}

const VALID: &str = "id = \"fuzz\"\ntitle = \"T\"\ndifficulty = \"easy\"\n\n[[target]]\nitem = \"f\"\ntime = \"O(n)\"\nspace = \"O(1)\"\n\n[[rule]]\nid = \"no-unsafe\"\nquery = '''(unsafe_block) @violation'''\nmessage = \"m\"\n\n[[hint]]\ntext = \"h\"\n\n[probe]\nexpect = \"O(n)\"\n";

/// A `kata.toml` as bytes: lines after a valid head, lines alone, a valid
/// document with bytes changed, or noise.
fn document() -> impl Strategy<Value = Vec<u8>> {
    let lines = || prop::collection::vec(line(), 0..16);
    prop_oneof![
        4 => lines().prop_map(|l| {
            format!("id = \"fuzz\"\ntitle = \"T\"\ndifficulty = \"easy\"\n{}\n", l.join("\n")).into_bytes()
        }),
        2 => lines().prop_map(|l| l.join("\n").into_bytes()),
        4 => prop::collection::vec(section(), 0..6).prop_map(|s| {
            format!("id = \"fuzz\"\ntitle = \"T\"\ndifficulty = \"easy\"\n{}\n", s.join("\n")).into_bytes()
        }),
        3 => prop::collection::vec((0..VALID.len(), any::<u8>(), 0u8..3), 1..6).prop_map(|edits| {
            let mut bytes = VALID.as_bytes().to_vec();
            for (at, byte, op) in edits {
                let at = at.min(bytes.len());
                match op {
                    0 => bytes.insert(at, byte),
                    1 if at < bytes.len() => { bytes.remove(at); }
                    _ if at < bytes.len() => bytes[at] = byte,
                    _ => {}
                }
            }
            bytes
        }),
        1 => prop::collection::vec(any::<u8>(), 0..256),
    ]
}

fn check_errors(root: &Path, pack: &Pack) {
    let prefix = format!("{}/", root.display());
    for error in &pack.errors {
        let LoadError {
            path,
            line,
            column,
            message,
        } = error;
        assert!(path.starts_with(&prefix), "error outside the pack: {error}");
        assert!(path.len() > prefix.len(), "error names no file: {error}");
        assert!(!message.trim().is_empty(), "empty message: {error:?}");
        assert_eq!(line.is_some(), column.is_some(), "{error:?}");
    }
    for kata in &pack.katas {
        for (rel, text) in &kata.files {
            assert!(
                !rel.starts_with('/') && !rel.split('/').any(|c| c == ".." || c.is_empty()),
                "{rel}"
            );
            assert!(text.len() as u64 <= MAX_FILE_BYTES);
        }
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn kata_toml_documents_load_or_are_located(doc in document()) {
        let dir = tempfile::tempdir().unwrap();
        let kata = dir.path().join("fuzz");
        std::fs::create_dir_all(kata.join("src")).unwrap();
        std::fs::write(kata.join("src/lib.rs"), "").unwrap();
        std::fs::write(kata.join("kata.toml"), &doc).unwrap();
        let pack = Pack::from_dir(dir.path()).unwrap();
        check_errors(dir.path(), &pack);
        prop_assert_eq!(pack.katas.len() + pack.errors.len().min(1), 1);
        let toml_path = format!("{}/fuzz/kata.toml", dir.path().display());
        for error in &pack.errors {
            if error.path == toml_path {
                prop_assert!(error.line.is_some(), "no line and column: {}", error);
            }
        }
    }
}

#[derive(Debug, Clone)]
enum Kind {
    File(Vec<u8>),
    Dir,
    Link(&'static str),
    Fifo,
}

const LINK_TARGETS: &[&str] = &[
    ".",
    "..",
    "../..",
    "../../..",
    "/",
    "/etc",
    "/etc/hostname",
    "/nonexistent",
    "/dev/zero",
    "kata.toml",
    "src",
    "src/lib.rs",
    "a",
    "a/b",
    "../k2",
    "../k2/kata.toml",
    "../../k2/src",
    "OUTSIDE",
];

fn layout() -> impl Strategy<Value = Vec<(&'static str, Vec<&'static str>, Kind)>> {
    let kata = prop::sample::select(&["fuzz", "k2", ".hidden", "target"][..]);
    let component = prop::sample::select(
        &[
            "src",
            "tests",
            "solution",
            "a",
            "b",
            "kata.toml",
            "lib.rs",
            "x.rs",
            "README.md",
            "probe.rs",
            "target",
            ".git",
        ][..],
    );
    let kind = prop_oneof![
        4 => document().prop_map(Kind::File),
        1 => Just(Kind::Dir),
        3 => prop::sample::select(LINK_TARGETS).prop_map(Kind::Link),
        1 => Just(Kind::Fifo),
    ];
    prop::collection::vec((kata, prop::collection::vec(component, 0..4), kind), 0..16)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn random_pack_layouts_load_or_are_located(entries in layout()) {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("pack");
        std::fs::create_dir(&root).unwrap();
        let outside = dir.path().join("outside");
        std::fs::create_dir_all(outside.join("sub")).unwrap();
        std::fs::write(outside.join("secret.rs"), "secret").unwrap();
        for id in ["fuzz", "k2"] {
            std::fs::create_dir_all(root.join(id).join("src")).unwrap();
            std::fs::write(root.join(id).join("src/lib.rs"), "").unwrap();
            std::fs::write(root.join(id).join("kata.toml"), VALID.replace("fuzz", id)).unwrap();
        }
        for (kata, components, kind) in &entries {
            let mut path = root.join(kata);
            for c in components {
                path.push(c);
            }
            if path.exists() || path.symlink_metadata().is_ok() {
                continue;
            }
            if let Some(parent) = path.parent() {
                if std::fs::create_dir_all(parent).is_err() {
                    continue;
                }
            }
            let _ = match kind {
                Kind::File(bytes) => std::fs::write(&path, bytes),
                Kind::Dir => std::fs::create_dir(&path),
                Kind::Link("OUTSIDE") => symlink(&outside, &path),
                Kind::Link(target) => symlink(target, &path),
                Kind::Fifo => {
                    let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
                    unsafe { libc::mkfifo(c.as_ptr(), 0o644) };
                    Ok(())
                }
            };
        }
        let pack = Pack::from_dir(&root).unwrap();
        check_errors(&root, &pack);
        for kata in &pack.katas {
            for text in kata.files.values() {
                prop_assert!(!text.contains("secret"), "read a file outside the pack");
            }
        }
    }
}
