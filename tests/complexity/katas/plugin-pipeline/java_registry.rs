// learner: optimal
// idiom: Java/C# style: PluginKey value type, registry class with getters, Option-returning lookups, explicit for loop in run
//! An ordered plugin pipeline for client-specific transforms: see README.md.

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
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct PluginKey {
    order: i32,
    sequence: u64,
}

impl PluginKey {
    fn new(order: i32, sequence: u64) -> Self {
        PluginKey { order, sequence }
    }
}

#[derive(Default)]
pub struct Pipeline {
    plugins: BTreeMap<PluginKey, Box<dyn Transform>>,
    keys_by_name: HashMap<String, PluginKey>,
    next_sequence: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    fn get_key(&self, name: &str) -> Option<PluginKey> {
        self.keys_by_name.get(name).copied()
    }

    fn is_registered(&self, name: &str) -> bool {
        self.get_key(name).is_some()
    }

    fn next_key(&mut self, order: i32) -> PluginKey {
        let key = PluginKey::new(order, self.next_sequence);
        self.next_sequence += 1;
        key
    }

    pub fn len(&self) -> usize {
        self.plugins.len()
    }

    pub fn is_empty(&self) -> bool {
        self.plugins.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name().to_string();
        if self.is_registered(&name) {
            return Err(RegisterError::DuplicateName(name));
        }
        let key = self.next_key(order);
        self.keys_by_name.insert(name, key);
        self.plugins.insert(key, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.keys_by_name.remove(name) {
            Some(key) => self.plugins.remove(&key).is_some(),
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.plugins.values().map(|p| p.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut current = record;
        for (position, plugin) in self.plugins.values().enumerate() {
            if let Err(message) = plugin.apply(&mut current) {
                return Err(PipelineError { plugin: plugin.name().to_string(), position, message });
            }
        }
        Ok(current)
    }
}
