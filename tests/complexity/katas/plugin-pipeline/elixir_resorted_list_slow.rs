// learner: slow
// idiom: elixir: a list of {order, seq, plugin} tuples — Enum.any? for the name, then append and Enum.sort_by on every register
// why: misses register/remove O(log p): the name check and removal scan the list (O(p)) and every register re-sorts it (O(p log p)), so building p plugins is O(p^2 log p)
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

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    plugins: Vec<(i32, u64, Box<dyn Transform>)>,
    counter: u64,
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
        if self.plugins.iter().any(|(_, _, p)| p.name() == plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        self.counter += 1;
        self.plugins.push((order, self.counter, plugin));
        self.plugins.sort_by_key(|(order, seq, _)| (*order, *seq));
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let before = self.plugins.len();
        self.plugins.retain(|(_, _, p)| p.name() != name);
        before != self.plugins.len()
    }

    pub fn names(&self) -> Vec<&str> {
        self.plugins.iter().map(|(_, _, p)| p.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut record = record;
        for (i, (_, _, p)) in self.plugins.iter().enumerate() {
            if let Err(message) = p.apply(&mut record) {
                return Err(PipelineError { plugin: p.name().to_string(), position: i, message });
            }
        }
        Ok(record)
    }
}
