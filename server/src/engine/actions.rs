//! What a learner does besides checking: start a kata, read the next hint,
//! reset to the starter, reveal the reference, see the catalogue with their
//! status, pick the next kata. Both surfaces call these; neither keeps its
//! own bookkeeping.

use super::outcome::CheckOutcome;
use super::record;
use crate::catalog::{Kata, Pack};
use crate::practice::{KataProgress, PracticeError, Progress, StartOutcome, Status, Workspace};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// One row of the catalogue, the same in `kata list --json` and in the
/// server's `kata/list`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CatalogueRow {
    pub id: String,
    pub title: String,
    pub difficulty: String,
    pub topics: Vec<String>,
    /// `new`, `started`, `too-slow` or `solved`: the best status reached.
    pub status: Status,
    pub hints_shown: usize,
    pub hints_total: usize,
    /// `src/lib.rs` of the kata's crate, once started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lib_path: Option<PathBuf>,
}

/// Which katas a catalogue shows.
#[derive(Debug, Clone, Default)]
pub struct CatalogueFilter {
    pub topic: Option<String>,
    pub difficulty: Option<String>,
}

pub fn catalogue(
    pack: &Pack,
    ws: Option<&Workspace>,
    filter: &CatalogueFilter,
) -> Vec<CatalogueRow> {
    let progress = ws
        .and_then(|ws| ws.progress().read().ok())
        .unwrap_or_default();
    pack.katas
        .iter()
        .filter(|k| {
            filter
                .topic
                .as_ref()
                .is_none_or(|t| k.spec.topics.iter().any(|x| x == t))
                && filter
                    .difficulty
                    .as_ref()
                    .is_none_or(|d| k.spec.difficulty.as_str() == d)
        })
        .map(|k| {
            let p = progress.get(k.id());
            CatalogueRow {
                id: k.id().to_string(),
                title: k.spec.title.clone(),
                difficulty: k.spec.difficulty.as_str().to_string(),
                topics: k.spec.topics.clone(),
                status: p.status,
                hints_shown: p.hints_shown.min(k.spec.hints.len()),
                hints_total: k.spec.hints.len(),
                lib_path: ws
                    .filter(|ws| ws.is_started(k.id()))
                    .map(|ws| ws.kata_dir(k.id()).join("src").join("lib.rs")),
            }
        })
        .collect()
}

/// Scaffolds the kata's crate (never overwrites) and marks it started.
pub fn start(ws: &Workspace, kata: &Kata) -> Result<StartOutcome, PracticeError> {
    ws.start(kata)
}

/// A hint revealed: its number, the total and the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    pub index: usize,
    pub total: usize,
    pub text: String,
}

/// Reveals the next hint (the last one again once all are shown) and
/// marks the kata started. `None` when the kata has no hints.
pub fn next_hint(ws: &Workspace, kata: &Kata) -> anyhow::Result<Option<Hint>> {
    let hints = &kata.spec.hints;
    let total = hints.len();
    if total == 0 {
        return Ok(None);
    }
    let index = ws.progress().update_kata(kata.id(), |p| {
        if p.hints_shown < total {
            p.hints_shown += 1;
        }
        if p.status == Status::New {
            p.status = Status::Started;
        }
        p.hints_shown.max(1)
    })?;
    Ok(Some(Hint {
        index,
        total,
        text: hints[index - 1].text.trim().to_string(),
    }))
}

/// Restores the starter in place after backing the learner's files up, and
/// forgets the last outcome (it described other code). Returns the backup.
pub fn reset(ws: &Workspace, kata: &Kata) -> Result<PathBuf, PracticeError> {
    if !ws.is_started(kata.id()) {
        return Err(PracticeError::Other(format!(
            "kata `{}` is not started",
            kata.id()
        )));
    }
    let backup = ws.reset(kata)?;
    record::forget_outcome(ws, kata.id());
    Ok(backup)
}

/// Why the reference is not shown.
#[derive(Debug, thiserror::Error)]
pub enum RevealError {
    #[error("`{0}` is not solved yet, so its solution stays hidden")]
    NotSolved(String),
    #[error("`{0}` has no reference solution")]
    NoReference(String),
    #[error(transparent)]
    Practice(#[from] PracticeError),
    #[error(transparent)]
    Progress(#[from] anyhow::Error),
}

/// The reference solution: once solved, once revealed before, or when
/// `force` (recorded). Writes it to `.kata/solutions/ID.rs`.
pub fn reveal_solution(
    ws: &Workspace,
    kata: &Kata,
    force: bool,
) -> Result<(String, PathBuf), RevealError> {
    let progress = ws.progress().read()?.get(kata.id());
    if !may_see_solution(&progress) && !force {
        return Err(RevealError::NotSolved(kata.id().to_string()));
    }
    let reference = kata
        .reference()
        .ok_or_else(|| RevealError::NoReference(kata.id().to_string()))?;
    if progress.status != Status::Solved {
        ws.progress()
            .update_kata(kata.id(), |p| p.revealed = true)?;
    }
    let path = ws.write_solution(kata)?;
    Ok((reference.to_string(), path))
}

/// Solved (too slow is not solved), or revealed before.
pub fn may_see_solution(p: &KataProgress) -> bool {
    p.status == Status::Solved || p.revealed
}

/// The kata to do next: not solved, sharing the most topics with the
/// current one, closest in difficulty (one step up once it is solved).
pub fn recommend<'a>(
    pack: &'a Pack,
    progress: &Progress,
    current: Option<&Kata>,
) -> Option<&'a Kata> {
    let status = |id: &str| progress.get(id).status;
    let current_solved = current.is_some_and(|c| status(c.id()) == Status::Solved);
    let wanted = current.map_or(0, |c| c.spec.difficulty as i32 + i32::from(current_solved));
    pack.katas
        .iter()
        .filter(|k| Some(k.id()) != current.map(Kata::id) && status(k.id()) != Status::Solved)
        .min_by_key(|k| {
            let unfinished = i32::from(matches!(status(k.id()), Status::Started | Status::TooSlow));
            let shared = current.map_or(0, |c| {
                k.spec
                    .topics
                    .iter()
                    .filter(|t| c.spec.topics.contains(t))
                    .count() as i32
            });
            let distance = (k.spec.difficulty as i32 - wanted).abs();
            (unfinished, distance, -shared, k.id().to_string())
        })
}

/// The last outcome of a started kata, as recorded.
pub fn last_outcome(ws: &Workspace, id: &str) -> Option<CheckOutcome> {
    record::last_outcome(ws, id)
}
