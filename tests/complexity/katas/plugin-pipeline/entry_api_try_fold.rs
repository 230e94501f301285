// learner: optimal
// idiom: functional: HashMap entry API (Occupied/Vacant match) in register, tuple keys, run as a try_fold over enumerate() with map/map_err, Option::map_or in remove
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
use std::collections::hash_map::{Entry, HashMap};

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    chain: BTreeMap<(i32, u64), Box<dyn Transform>>,
    index: HashMap<String, (i32, u64)>,
    tick: u64,
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
        match self.index.entry(plugin.name().to_owned()) {
            Entry::Occupied(e) => Err(RegisterError::DuplicateName(e.key().clone())),
            Entry::Vacant(v) => {
                let k = (order, self.tick);
                self.tick += 1;
                v.insert(k);
                self.chain.insert(k, plugin);
                Ok(())
            }
        }
    }

    pub fn remove(&mut self, name: &str) -> bool {
        self.index
            .remove(name)
            .map_or(false, |k| self.chain.remove(&k).is_some())
    }

    pub fn names(&self) -> Vec<&str> {
        self.chain.values().map(|p| p.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        self.chain
            .values()
            .enumerate()
            .try_fold(record, |mut r, (position, p)| {
                p.apply(&mut r).map(|()| r).map_err(|message| PipelineError {
                    plugin: p.name().into(),
                    position,
                    message,
                })
            })
    }
}
