//! `kata new ID [--pack DIR]`: scaffolds a kata in a pack (`katas/` of the
//! current directory by default) for `kata verify` to guide to green.

use super::{CliError, CliResult};
use crate::catalog::scaffold;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub fn run(id: &str, pack: Option<&Path>) -> CliResult {
    if !scaffold::valid_id(id) {
        return Err(CliError::new(format!("`{id}` is not a kata id"))
            .hint("use lowercase words joined by `-`, like `ring-buffer`"));
    }
    let pack: PathBuf = pack.map_or_else(|| PathBuf::from("katas"), Path::to_path_buf);
    let dir = pack.join(id);
    if dir.exists() {
        return Err(CliError::new(format!("{} already exists", dir.display()))
            .hint("choose another id; nothing was changed"));
    }
    for (rel, text) in scaffold::files(id) {
        let path = dir.join(&rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| CliError::new(format!("cannot create {}: {e}", parent.display())))?;
        }
        std::fs::write(&path, text)
            .map_err(|e| CliError::new(format!("cannot write {}: {e}", path.display())))?;
    }
    println!("Created {} with a skeleton of every file:", dir.display());
    for (rel, _) in scaffold::files(id) {
        println!("  {rel}");
    }
    println!(
        "Fill in the TODOs, then `kata verify --pack {} {id}` says what is still missing.",
        pack.display()
    );
    Ok(ExitCode::SUCCESS)
}
