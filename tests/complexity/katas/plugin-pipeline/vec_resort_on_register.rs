// learner: slow
// idiom: Prolog logic programmer: keep plugin(Order, Seq, P) terms in a list; register = member check for the name, append, then msort the whole list again
// why: Pipeline::register is O(p log p) (scan for the name + a full sort every time) and remove is O(p) (position + Vec::remove), vs the O(log p) targets; run is O(p) as asked
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
        if self.plugins.iter().any(|(_, _, p)| p.name() == plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        self.plugins.push((order, self.seq, plugin));
        self.seq += 1;
        self.plugins.sort_by_key(|(order, seq, _)| (*order, *seq));
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.plugins.iter().position(|(_, _, p)| p.name() == name) {
            Some(i) => {
                self.plugins.remove(i);
                true
            }
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.plugins.iter().map(|(_, _, p)| p.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut record = record;
        for (position, (_, _, plugin)) in self.plugins.iter().enumerate() {
            if let Err(message) = plugin.apply(&mut record) {
                return Err(PipelineError { plugin: plugin.name().to_string(), position, message });
            }
        }
        Ok(record)
    }
}
