// learner: optimal
// idiom: derived-Ord Slot struct as key, BTreeMap<String, Slot> for names, explicit for loop with a position counter
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Slot {
    order: i32,
    seq: u64,
}

/// Plugins run in ascending `order`; equal orders run in registration order.
pub struct Pipeline {
    chain: BTreeMap<Slot, Box<dyn Transform>>,
    slot_of: BTreeMap<String, Slot>,
    counter: u64,
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline { chain: BTreeMap::new(), slot_of: BTreeMap::new(), counter: 0 }
    }
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.slot_of.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name().to_owned();
        if self.slot_of.contains_key(&name) {
            return Err(RegisterError::DuplicateName(name));
        }
        self.counter += 1;
        let slot = Slot { order, seq: self.counter };
        self.slot_of.insert(name, slot);
        self.chain.insert(slot, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        if let Some(slot) = self.slot_of.remove(name) {
            self.chain.remove(&slot);
            true
        } else {
            false
        }
    }

    pub fn names(&self) -> Vec<&str> {
        let mut out = Vec::with_capacity(self.chain.len());
        for plugin in self.chain.values() {
            out.push(plugin.name());
        }
        out
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut rec = record;
        let mut pos = 0usize;
        for plugin in self.chain.values() {
            if let Err(msg) = plugin.apply(&mut rec) {
                return Err(PipelineError { plugin: plugin.name().to_string(), position: pos, message: msg });
            }
            pos += 1;
        }
        Ok(rec)
    }
}
