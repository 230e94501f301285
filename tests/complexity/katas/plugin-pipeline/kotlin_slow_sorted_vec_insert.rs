// learner: slow
// why: Pipeline::register is O(p) time, target O(log p): binary search finds the slot but Vec::insert shifts every later plugin (and remove scans by index)
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

use std::collections::HashSet;

struct Entry {
    order: i32,
    plugin: Box<dyn Transform>,
}

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    plugins: Vec<Entry>,
    names: HashSet<String>,
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

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if !self.names.insert(plugin.name().to_string()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        // after every plugin with order <= this one: keeps registration order on ties
        let at = self.plugins.partition_point(|e| e.order <= order);
        self.plugins.insert(at, Entry { order, plugin });
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        if !self.names.remove(name) {
            return false;
        }
        for i in 0..self.plugins.len() {
            if self.plugins[i].plugin.name() == name {
                self.plugins.remove(i);
                break;
            }
        }
        true
    }

    pub fn names(&self) -> Vec<&str> {
        self.plugins.iter().map(|e| e.plugin.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut record = record;
        for (position, entry) in self.plugins.iter().enumerate() {
            if let Err(message) = entry.plugin.apply(&mut record) {
                return Err(PipelineError { plugin: entry.plugin.name().to_string(), position, message });
            }
        }
        Ok(record)
    }
}
