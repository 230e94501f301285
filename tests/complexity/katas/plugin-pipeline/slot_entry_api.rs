// learner: optimal
// idiom: Slot struct bundling plugin with its key, BTreeMap<String, key> name index via Entry API, while-let iterator in run
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

use std::collections::btree_map::Entry;

type Key = (i32, u64);

struct Slot {
    plugin: Box<dyn Transform>,
}

impl Slot {
    fn apply_at(&self, position: usize, record: &mut Record) -> Result<(), PipelineError> {
        self.plugin.apply(record).map_err(|message| PipelineError {
            plugin: self.plugin.name().into(),
            position,
            message,
        })
    }
}

#[derive(Default)]
pub struct Pipeline {
    ordered: BTreeMap<Key, Slot>,
    names: BTreeMap<String, Key>,
    registered: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        match self.names.entry(plugin.name().to_string()) {
            Entry::Occupied(taken) => Err(RegisterError::DuplicateName(taken.key().clone())),
            Entry::Vacant(free) => {
                let key = (order, self.registered);
                self.registered += 1;
                free.insert(key);
                self.ordered.insert(key, Slot { plugin });
                Ok(())
            }
        }
    }

    pub fn remove(&mut self, name: &str) -> bool {
        if let Some(key) = self.names.remove(name) {
            self.ordered.remove(&key);
            true
        } else {
            false
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.ordered.values().map(|s| s.plugin.name()).collect()
    }

    pub fn run(&self, mut record: Record) -> Result<Record, PipelineError> {
        let mut slots = self.ordered.values().enumerate();
        while let Some((pos, slot)) = slots.next() {
            slot.apply_at(pos, &mut record)?;
        }
        Ok(record)
    }
}
