// learner: slow
// why: Pipeline::register is O(p) time, target O(log p): keeps a sorted Vec and Vec::insert shifts every later plugin
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

use std::collections::HashMap;

#[derive(Default)]
pub struct Pipeline {
    // (order, registration number, plugin), kept sorted
    plugins: Vec<(i32, u64, Box<dyn Transform>)>,
    index: HashMap<String, (i32, u64)>,
    seq: u64,
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
        if self.index.contains_key(plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        let key = (order, self.seq);
        self.seq += 1;
        let at = self.plugins.partition_point(|(o, s, _)| (*o, *s) < key);
        self.index.insert(plugin.name().to_string(), key);
        self.plugins.insert(at, (order, key.1, plugin));
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let Some(key) = self.index.remove(name) else { return false };
        if let Ok(at) = self.plugins.binary_search_by(|(o, s, _)| (*o, *s).cmp(&key)) {
            self.plugins.remove(at);
        }
        true
    }

    pub fn names(&self) -> Vec<&str> {
        self.plugins.iter().map(|(_, _, p)| p.name()).collect()
    }

    pub fn run(&self, mut record: Record) -> Result<Record, PipelineError> {
        for (position, (_, _, plugin)) in self.plugins.iter().enumerate() {
            if let Err(message) = plugin.apply(&mut record) {
                return Err(PipelineError { plugin: plugin.name().to_string(), position, message });
            }
        }
        Ok(record)
    }
}
