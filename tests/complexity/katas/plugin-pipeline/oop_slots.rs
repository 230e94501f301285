// learner: optimal
// idiom: OOP: derived-Ord Slot struct as BTreeMap key, private ordered() returning impl Iterator shared by names() and run(), Entry match in register, `?` on map_err inside an enumerate loop
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

/// Where a plugin sits in execution order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Slot {
    order: i32,
    arrival: u64,
}

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    chain: BTreeMap<Slot, Box<dyn Transform>>,
    slots: HashMap<String, Slot>,
    arrivals: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    /// The plugins in execution order.
    fn ordered(&self) -> impl Iterator<Item = &dyn Transform> + '_ {
        self.chain.values().map(|b| b.as_ref())
    }

    pub fn len(&self) -> usize {
        self.chain.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chain.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        use std::collections::hash_map::Entry;
        match self.slots.entry(plugin.name().to_string()) {
            Entry::Occupied(e) => Err(RegisterError::DuplicateName(e.key().clone())),
            Entry::Vacant(e) => {
                let slot = Slot { order, arrival: self.arrivals };
                self.arrivals += 1;
                e.insert(slot);
                self.chain.insert(slot, plugin);
                Ok(())
            }
        }
    }

    pub fn remove(&mut self, name: &str) -> bool {
        self.slots
            .remove(name)
            .and_then(|slot| self.chain.remove(&slot))
            .is_some()
    }

    pub fn names(&self) -> Vec<&str> {
        self.ordered().map(|p| p.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut record = record;
        for (position, plugin) in self.ordered().enumerate() {
            plugin.apply(&mut record).map_err(|message| PipelineError {
                plugin: plugin.name().to_string(),
                position,
                message,
            })?;
        }
        Ok(record)
    }
}
