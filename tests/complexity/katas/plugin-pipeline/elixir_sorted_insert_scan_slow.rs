// learner: slow
// idiom: elixir: keep a sorted list by walking to the insertion point (like a recursive insert into a list), then Vec::insert
// why: misses register/remove O(log p): finding the slot, the name check and Vec::insert/remove are all linear, O(p) per call and O(p^2) to build a pipeline
//! An ordered plugin pipeline for client-specific transforms: see README.md.

use std::collections::BTreeMap;
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

struct Entry {
    order: i32,
    plugin: Box<dyn Transform>,
}

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    entries: Vec<Entry>,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let mut slot = self.entries.len();
        for (i, e) in self.entries.iter().enumerate() {
            if e.plugin.name() == plugin.name() {
                return Err(RegisterError::DuplicateName(plugin.name().to_string()));
            }
            // first entry with a larger order: equal orders stay behind earlier ones
            if e.order > order && slot == self.entries.len() {
                slot = i;
            }
        }
        self.entries.insert(slot, Entry { order, plugin });
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.entries.iter().position(|e| e.plugin.name() == name) {
            Some(i) => {
                self.entries.remove(i);
                true
            }
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.entries.iter().map(|e| e.plugin.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut record = record;
        for (position, e) in self.entries.iter().enumerate() {
            e.plugin.apply(&mut record).map_err(|message| PipelineError {
                plugin: e.plugin.name().to_string(),
                position,
                message,
            })?;
        }
        Ok(record)
    }
}
