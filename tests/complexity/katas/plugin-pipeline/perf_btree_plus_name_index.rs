// learner: optimal
// idiom: perf programmer; BTreeMap<(i32, u64), Box<dyn Transform>> for execution order + HashMap<String, (i32, u64)> name index, early returns, for-loop with enumerate in run
//! An ordered plugin pipeline for client-specific transforms: see README.md.

use std::collections::HashMap;
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

/// Why a plugin could not be registered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegisterError {
    DuplicateName(String),
}


#[derive(Default)]
pub struct Pipeline {
    by_order: BTreeMap<(i32, u64), Box<dyn Transform>>,
    by_name: HashMap<String, (i32, u64)>,
    seq: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.by_order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_order.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.by_name.contains_key(plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        let key = (order, self.seq);
        self.seq += 1;
        self.by_name.insert(plugin.name().to_string(), key);
        self.by_order.insert(key, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let Some(key) = self.by_name.remove(name) else { return false };
        self.by_order.remove(&key);
        true
    }

    pub fn names(&self) -> Vec<&str> {
        self.by_order.values().map(|p| p.name()).collect()
    }

    pub fn run(&self, mut record: Record) -> Result<Record, PipelineError> {
        for (position, plugin) in self.by_order.values().enumerate() {
            if let Err(message) = plugin.apply(&mut record) {
                return Err(PipelineError { plugin: plugin.name().to_string(), position, message });
            }
        }
        Ok(record)
    }
}
