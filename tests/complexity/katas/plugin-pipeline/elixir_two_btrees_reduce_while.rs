// learner: optimal
// idiom: elixir: two ordered maps (plugins by {order, seq}, seq-keys by name); run is Enum.reduce_while as try_fold threading the record
// why: every register/remove is a couple of O(log p) BTreeMap operations; run folds over the ordered map once: O(p), no per-record sorting or allocation beyond the record
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

type Key = (i32, u64);

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    chain: BTreeMap<Key, Box<dyn Transform>>,
    by_name: BTreeMap<String, Key>,
    registered: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.chain.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        match self.by_name.get(plugin.name()) {
            Some(_) => Err(RegisterError::DuplicateName(plugin.name().to_owned())),
            None => {
                let key: Key = (order, self.registered);
                self.registered += 1;
                self.by_name.insert(plugin.name().to_owned(), key);
                self.chain.insert(key, plugin);
                Ok(())
            }
        }
    }

    pub fn remove(&mut self, name: &str) -> bool {
        self.by_name
            .remove(name)
            .and_then(|key| self.chain.remove(&key))
            .is_some()
    }

    pub fn names(&self) -> Vec<&str> {
        self.chain.values().map(|p| p.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        self.chain
            .values()
            .enumerate()
            .try_fold(record, |mut rec, (position, plugin)| match plugin.apply(&mut rec) {
                Ok(()) => Ok(rec),
                Err(message) => Err(PipelineError {
                    plugin: plugin.name().to_owned(),
                    position,
                    message,
                }),
            })
    }
}
