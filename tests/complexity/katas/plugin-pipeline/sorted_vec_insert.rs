// learner: slow
// why: Pipeline::register is O(p) time, target O(log p): keeps a sorted Vec, partition_point finds the slot but Vec::insert shifts the tail; remove scans for the name
use std::collections::{BTreeMap, HashSet};
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

#[derive(Default)]
pub struct Pipeline {
    entries: Vec<Entry>,
    taken: HashSet<String>,
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
        if !self.taken.insert(plugin.name().to_string()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        // after all entries with order <= this one, so ties keep registration order
        let at = self.entries.partition_point(|e| e.order <= order);
        self.entries.insert(at, Entry { order, plugin });
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        if !self.taken.remove(name) {
            return false;
        }
        let mut idx = 0;
        for (i, e) in self.entries.iter().enumerate() {
            if e.plugin.name() == name {
                idx = i;
                break;
            }
        }
        self.entries.remove(idx);
        true
    }

    pub fn names(&self) -> Vec<&str> {
        self.entries.iter().map(|e| e.plugin.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut record = record;
        for (position, e) in self.entries.iter().enumerate() {
            if let Err(message) = e.plugin.apply(&mut record) {
                return Err(PipelineError { plugin: e.plugin.name().to_string(), position, message });
            }
        }
        Ok(record)
    }
}
