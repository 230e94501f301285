// learner: optimal
// idiom: Rails-style: BTreeMap<(order, seq), plugin> + HashMap name->key, tiny helpers, run as enumerate().try_for_each with map_err
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

type Key = (i32, u64);

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    plugins: BTreeMap<Key, Box<dyn Transform>>,
    keys_by_name: HashMap<String, Key>,
    registrations: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    fn next_key(&mut self, order: i32) -> Key {
        self.registrations += 1;
        (order, self.registrations)
    }

    fn taken(&self, name: &str) -> bool {
        self.keys_by_name.contains_key(name)
    }

    fn failure(plugin: &dyn Transform, position: usize, message: String) -> PipelineError {
        PipelineError { plugin: plugin.name().to_string(), position, message }
    }

    pub fn len(&self) -> usize {
        self.plugins.len()
    }

    pub fn is_empty(&self) -> bool {
        self.plugins.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        if self.taken(plugin.name()) {
            return Err(RegisterError::DuplicateName(plugin.name().to_string()));
        }
        let key = self.next_key(order);
        self.keys_by_name.insert(plugin.name().to_string(), key);
        self.plugins.insert(key, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        self.keys_by_name
            .remove(name)
            .and_then(|key| self.plugins.remove(&key))
            .is_some()
    }

    pub fn names(&self) -> Vec<&str> {
        self.plugins.values().map(|p| p.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut record = record;
        self.plugins.values().enumerate().try_for_each(|(position, plugin)| {
            plugin
                .apply(&mut record)
                .map_err(|message| Self::failure(plugin.as_ref(), position, message))
        })?;
        Ok(record)
    }
}
