//! The learner's practice workspace: a Cargo workspace with one crate per
//! started kata and a `.kata/` directory for state (progress, backups,
//! revealed solutions). This module owns every file the learner sees.

mod progress;
pub mod workspace;

pub use progress::{
    now_secs as now_secs_public, write_atomically, KataProgress, Progress, ProgressStore, Status,
};
pub use workspace::{kata_of_path, PracticeError, StartOutcome, Workspace};
