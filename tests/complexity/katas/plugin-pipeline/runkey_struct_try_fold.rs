// learner: optimal
// idiom: derived-Ord RunKey struct, BTreeMap name index via entry API, try_fold over enumerate in run
//! An ordered plugin pipeline for client-specific transforms: see README.md.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

/// A record flowing through the pipeline: field name -> value.
pub type Record = BTreeMap<String, String>;

/// One client-specific customisation, kept out of the core code.
pub trait Transform {
    /// A name unique within a pipeline; error messages use it.
    fn name(&self) -> &str;
    /// Transforms the record in place, or explains why it cannot.
    fn apply(&self, record: &mut Record) -> Result<(), String>;
}

/// A plugin failed while running a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PipelineError {
    /// The failing plugin's name.
    pub plugin: String,
    /// Its 0-based position in execution order.
    pub position: usize,
    /// The plugin's own message.
    pub message: String,
}

impl fmt::Display for PipelineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "plugin #{} `{}` failed: {}", self.position, self.plugin, self.message)
    }
}

impl std::error::Error for PipelineError {}

/// Why a plugin could not be registered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegisterError {
    /// A plugin with this name is already registered.
    DuplicateName(String),
}

/// Position in execution order: ascending `order`, then registration sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct RunKey {
    order: i32,
    seq: u64,
}

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    chain: BTreeMap<RunKey, Box<dyn Transform>>,
    // an ordered name index is O(log p) too
    names: BTreeMap<String, RunKey>,
    seq: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.chain.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chain.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        use std::collections::btree_map::Entry;
        let key = RunKey { order, seq: self.seq };
        match self.names.entry(plugin.name().to_string()) {
            Entry::Occupied(taken) => Err(RegisterError::DuplicateName(taken.key().clone())),
            Entry::Vacant(free) => {
                free.insert(key);
                self.seq += 1;
                self.chain.insert(key, plugin);
                Ok(())
            }
        }
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.names.remove(name) {
            Some(key) => self.chain.remove(&key).is_some(),
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.chain.values().map(|t| t.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        self.chain.values().enumerate().try_fold(record, |mut rec, (position, t)| match t.apply(&mut rec) {
            Ok(()) => Ok(rec),
            Err(message) => Err(PipelineError { plugin: t.name().to_string(), position, message }),
        })
    }
}
