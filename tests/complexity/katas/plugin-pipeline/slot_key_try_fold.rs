// learner: optimal
// idiom: newtype Slot key with associated fns, BTreeMap<Slot, Box<dyn Transform>> + HashMap name index, run via try_fold over enumerate
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

use std::collections::HashMap;

/// Execution position: ascending order, ties by registration sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Slot {
    order: i32,
    seq: u64,
}

impl Slot {
    fn new(order: i32, seq: u64) -> Self {
        Slot { order, seq }
    }
}

trait FailAt {
    fn fail_at(self, plugin: &dyn Transform, position: usize) -> Result<(), PipelineError>;
}

impl FailAt for Result<(), String> {
    fn fail_at(self, plugin: &dyn Transform, position: usize) -> Result<(), PipelineError> {
        self.map_err(|message| PipelineError { plugin: plugin.name().to_owned(), position, message })
    }
}

#[derive(Default)]
pub struct Pipeline {
    plugins: BTreeMap<Slot, Box<dyn Transform>>,
    by_name: HashMap<String, Slot>,
    next_seq: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.plugins.len()
    }

    pub fn is_empty(&self) -> bool {
        self.plugins.is_empty()
    }

    fn next_slot(&mut self, order: i32) -> Slot {
        let slot = Slot::new(order, self.next_seq);
        self.next_seq += 1;
        slot
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.by_name.contains_key(plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_owned()));
        }
        let slot = self.next_slot(order);
        self.by_name.insert(plugin.name().to_owned(), slot);
        self.plugins.insert(slot, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        self.by_name
            .remove(name)
            .and_then(|slot| self.plugins.remove(&slot))
            .is_some()
    }

    pub fn names(&self) -> Vec<&str> {
        self.plugins.values().map(|p| p.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        self.plugins.values().enumerate().try_fold(record, |mut rec, (pos, p)| {
            p.apply(&mut rec).fail_at(p.as_ref(), pos)?;
            Ok(rec)
        })
    }
}
