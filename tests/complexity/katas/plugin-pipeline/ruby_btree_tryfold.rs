// learner: optimal
// idiom: Ruby-style: BTreeMap keyed by (order, seq) + HashMap name index, try_fold over enumerate in run, closures for errors
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

type Slot = (i32, u64);

#[derive(Default)]
pub struct Pipeline {
    chain: BTreeMap<Slot, Box<dyn Transform>>,
    slot_of: HashMap<String, Slot>,
    ticket: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.chain.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chain.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name().to_owned();
        if self.slot_of.contains_key(&name) {
            return Err(RegisterError::DuplicateName(name));
        }
        self.ticket += 1;
        let slot = (order, self.ticket);
        self.slot_of.insert(name, slot);
        self.chain.insert(slot, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        self.slot_of
            .remove(name)
            .and_then(|slot| self.chain.remove(&slot))
            .is_some()
    }

    pub fn names(&self) -> Vec<&str> {
        self.chain.values().map(|p| p.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        self.chain.values().enumerate().try_fold(record, |mut rec, (position, plugin)| {
            plugin
                .apply(&mut rec)
                .map(|()| rec)
                .map_err(|message| PipelineError { plugin: plugin.name().to_string(), position, message })
        })
    }
}
