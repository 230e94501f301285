// learner: slow
// why: Pipeline::register is O(p) time, target O(log p): duplicate-name check walks the whole BTreeMap in a helper for loop
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

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    ordered: BTreeMap<(i32, u64), Box<dyn Transform>>,
    next_seq: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.ordered.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ordered.is_empty()
    }

    fn key_of(&self, name: &str) -> Option<(i32, u64)> {
        for (key, plugin) in &self.ordered {
            if plugin.name() == name {
                return Some(*key);
            }
        }
        None
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.key_of(plugin.name()).is_some() {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        self.ordered.insert((order, self.next_seq), plugin);
        self.next_seq += 1;
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.key_of(name) {
            Some(k) => {
                self.ordered.remove(&k);
                true
            }
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.ordered.values().map(|p| p.name()).collect()
    }

    pub fn run(&self, mut record: Record) -> Result<Record, PipelineError> {
        let mut pos = 0usize;
        for plugin in self.ordered.values() {
            if let Err(e) = plugin.apply(&mut record) {
                return Err(PipelineError { plugin: plugin.name().to_string(), position: pos, message: e });
            }
            pos += 1;
        }
        Ok(record)
    }
}
