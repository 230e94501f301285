// learner: slow
// idiom: q/kdb+ quant: one flat table of (order; seq; plugin) rows, `?` search for a duplicate name and re-`xasc` the whole table after every insert
// why: Pipeline::register is O(p log p) (linear name scan plus a full re-sort per registration, O(p^2 log p) to build) vs the O(log p) target; Pipeline::remove is O(p) (linear search + Vec::remove) vs O(log p); run is O(p) as required
//! An ordered plugin pipeline for client-specific transforms: see README.md.

use std::collections::BTreeMap;
use std::fmt;

pub type Record = BTreeMap<String, String>;

pub trait Transform {
    fn name(&self) -> &str;
    fn apply(&self, record: &mut Record) -> Result<(), String>;
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PipelineError {
    pub plugin: String,
    pub position: usize,
    pub message: String,
}

impl fmt::Display for PipelineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "plugin #{} `{}` failed: {}", self.position, self.plugin, self.message)
    }
}

impl std::error::Error for PipelineError {}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegisterError {
    DuplicateName(String),
}

#[derive(Default)]
pub struct Pipeline {
    seq: u64,
    rows: Vec<(i32, u64, Box<dyn Transform>)>,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.rows.iter().any(|r| r.2.name() == plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        self.rows.push((order, self.seq, plugin));
        self.seq += 1;
        // `order`seq xasc t
        self.rows.sort_by_key(|r| (r.0, r.1));
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.rows.iter().position(|r| r.2.name() == name) {
            Some(i) => {
                self.rows.remove(i);
                true
            }
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.rows.iter().map(|r| r.2.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        self.rows.iter().enumerate().try_fold(record, |mut r, (position, (_, _, p))| match p.apply(&mut r) {
            Ok(()) => Ok(r),
            Err(message) => Err(PipelineError { plugin: p.name().to_string(), position, message }),
        })
    }
}
