//! Embeds the built-in kata pack (`../katas`) into the binary.
//!
//! Hand-rolled rather than `include_dir`: cargo's `rerun-if-changed` on a
//! directory notices added and removed files, which a proc-macro embedding
//! does not, so a new kata never goes missing from a stale build.
use std::{env, fs, path::Path};

fn main() {
    let pack = Path::new(env!("CARGO_MANIFEST_DIR")).join("../katas");
    println!("cargo:rerun-if-changed={}", pack.display());
    let mut files = Vec::new();
    if pack.is_dir() {
        collect(&pack, &pack, &mut files);
    }
    files.sort();
    let mut out = String::from("pub static FILES: &[(&str, &str)] = &[\n");
    for (rel, abs) in &files {
        out.push_str(&format!("    ({rel:?}, include_str!({abs:?})),\n"));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("builtin_pack.rs");
    fs::write(dest, out).unwrap();
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, String)>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || name == "target" {
            continue;
        }
        if path.is_dir() {
            collect(root, &path, files);
        } else if fs::read_to_string(&path).is_ok() {
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let abs = fs::canonicalize(&path)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            files.push((rel, abs));
        }
    }
}
