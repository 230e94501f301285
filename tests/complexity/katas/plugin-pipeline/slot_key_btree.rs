// learner: optimal
// idiom: senior: private Slot newtype key (order, seq) deriving Ord, BTreeMap for execution order + HashMap name index, enumerate + map_err + ?
//! An ordered plugin pipeline for client-specific transforms: see README.md.

use std::collections::{BTreeMap, HashMap};
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

/// Execution slot: ascending order key, ties broken by registration sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Slot {
    order: i32,
    seq: u64,
}

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    chain: BTreeMap<Slot, Box<dyn Transform>>,
    by_name: HashMap<String, Slot>,
    next_seq: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of registered plugins.
    pub fn len(&self) -> usize {
        self.chain.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chain.is_empty()
    }

    /// Adds a plugin at `order`. Fails, changing nothing, if its name is taken. O(log p).
    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name();
        if self.by_name.contains_key(name) {
            return Err(RegisterError::DuplicateName(name.to_owned()));
        }
        let slot = Slot { order, seq: self.next_seq };
        self.next_seq += 1;
        self.by_name.insert(name.to_owned(), slot);
        self.chain.insert(slot, plugin);
        Ok(())
    }

    /// Removes the plugin called `name`; returns whether there was one. O(log p).
    pub fn remove(&mut self, name: &str) -> bool {
        self.by_name
            .remove(name)
            .and_then(|slot| self.chain.remove(&slot))
            .is_some()
    }

    /// Plugin names in execution order.
    pub fn names(&self) -> Vec<&str> {
        self.in_order().map(|p| p.name()).collect()
    }

    /// Applies every plugin in order. Stops at the first failure and reports which plugin
    /// failed and where. O(p) plus the plugins' own work.
    pub fn run(&self, mut record: Record) -> Result<Record, PipelineError> {
        for (position, plugin) in self.in_order().enumerate() {
            plugin.apply(&mut record).map_err(|message| PipelineError {
                plugin: plugin.name().to_owned(),
                position,
                message,
            })?;
        }
        Ok(record)
    }

    fn in_order(&self) -> impl Iterator<Item = &dyn Transform> + '_ {
        self.chain.values().map(|b| b.as_ref())
    }
}
