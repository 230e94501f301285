//! Tidy checks over the source tree.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Only `server/src/lsp/` may know the protocol: the engine (catalog,
/// analysis, runner, practice) and the CLI stay free of it.
#[test]
fn only_the_lsp_module_imports_the_protocol_crate() {
    let server = Path::new(env!("CARGO_MANIFEST_DIR")).join("../server");
    let src = server.join("src");
    let lsp = src.join("lsp");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    for extra in ["tests", "examples", "benches", "build.rs"] {
        let path = server.join(extra);
        if path.is_dir() {
            rust_files(&path, &mut files);
        }
    }
    assert!(files.len() > 10, "found only {files:?}");
    let mut offenders = Vec::new();
    for file in &files {
        if file.starts_with(&lsp) {
            continue;
        }
        let text = std::fs::read_to_string(file).unwrap();
        for (i, line) in text.lines().enumerate() {
            if line.contains("tower_lsp_server") || line.contains("ls_types::") {
                offenders.push(format!("{}:{}: {}", file.display(), i + 1, line.trim()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "the protocol crate is used outside server/src/lsp/:\n{}",
        offenders.join("\n")
    );
}
