// learner: optimal
// idiom: Kotlin style: two BTreeMaps (slots by (order, seq), name index), `contains_key` guard with early return, `?.let` via map/is_some, for-loop run with `?` on map_err
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
    slots: BTreeMap<(i32, u64), Box<dyn Transform>>,
    by_name: BTreeMap<String, (i32, u64)>,
    registrations: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name();
        if self.by_name.contains_key(name) {
            return Err(RegisterError::DuplicateName(name.to_owned()));
        }
        let key = (order, self.registrations);
        self.registrations += 1;
        self.by_name.insert(name.to_owned(), key);
        self.slots.insert(key, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        self.by_name
            .remove(name)
            .map(|key| self.slots.remove(&key))
            .is_some()
    }

    pub fn names(&self) -> Vec<&str> {
        let mut out = Vec::with_capacity(self.slots.len());
        for plugin in self.slots.values() {
            out.push(plugin.name());
        }
        out
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut current = record;
        for (position, plugin) in self.slots.values().enumerate() {
            plugin.apply(&mut current).map_err(|message| PipelineError {
                plugin: plugin.name().to_owned(),
                position,
                message,
            })?;
        }
        Ok(current)
    }
}
