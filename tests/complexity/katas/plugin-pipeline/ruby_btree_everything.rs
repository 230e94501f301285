// learner: optimal
// idiom: Ruby-style: everything in ordered hashes (BTreeMap name index too), zip(0..) positions, ? with map_err in run
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

#[derive(Default)]
pub struct Pipeline {
    ordered: BTreeMap<(i32, u64), Box<dyn Transform>>,
    by_name: BTreeMap<String, (i32, u64)>,
    serial: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.ordered.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        use std::collections::btree_map::Entry;
        match self.by_name.entry(plugin.name().to_string()) {
            Entry::Occupied(taken) => Err(RegisterError::DuplicateName(taken.key().clone())),
            Entry::Vacant(free) => {
                let key = (order, self.serial);
                self.serial += 1;
                free.insert(key);
                self.ordered.insert(key, plugin);
                Ok(())
            }
        }
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.by_name.remove(name) {
            Some(key) => self.ordered.remove(&key).is_some(),
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.ordered.values().map(|p| p.name()).collect()
    }

    pub fn run(&self, mut record: Record) -> Result<Record, PipelineError> {
        for (plugin, position) in self.ordered.values().zip(0..) {
            plugin.apply(&mut record).map_err(|message| PipelineError {
                plugin: plugin.name().into(),
                position,
                message,
            })?;
        }
        Ok(record)
    }
}
