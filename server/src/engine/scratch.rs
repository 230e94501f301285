//! Scratch workspaces for checking a pack's own solutions (`kata verify`,
//! `kata prove`): one Cargo workspace per kata and variant, all sharing one
//! target directory. Files are rewritten only when their text changed, so a
//! second run over the same scratch directory rebuilds nothing.

use crate::catalog::Kata;
use crate::practice::workspace::crate_manifest;
use crate::runner::CrateRef;
use std::path::Path;

/// Writes `lib` as the kata's `src/lib.rs`, with its tests, in
/// `scratch/VARIANT/ID/`.
pub fn scratch_crate(
    scratch: &Path,
    variant: &str,
    kata: &Kata,
    lib: &str,
) -> std::io::Result<CrateRef> {
    let workspace = scratch.join(variant).join(kata.id());
    let crate_dir = workspace.join(kata.id());
    std::fs::create_dir_all(crate_dir.join("src"))?;
    write_if_changed(
        &workspace.join("Cargo.toml"),
        &format!(
            "[workspace]\nresolver = \"2\"\nmembers = [\"{}\"]\n",
            kata.id()
        ),
    )?;
    write_if_changed(&crate_dir.join("Cargo.toml"), &crate_manifest(kata.id()))?;
    for (rel, contents) in kata.test_files() {
        let path = crate_dir.join(rel);
        std::fs::create_dir_all(path.parent().expect("test files live under tests/"))?;
        write_if_changed(&path, contents)?;
    }
    write_if_changed(&crate_dir.join("src/lib.rs"), lib)?;
    Ok(CrateRef {
        workspace,
        package: kata.id().to_string(),
        crate_dir,
    })
}

/// Keeps the file's mtime when its text is unchanged: cargo need not rebuild.
fn write_if_changed(path: &Path, text: &str) -> std::io::Result<()> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(());
    }
    std::fs::write(path, text)
}
