// learner: optimal
// idiom: beginner-verbose: a PluginEntry struct (name, Box) stored in a BTreeMap<(i32, u64)>, HashMap<String, (i32, u64)> for names, run with an explicit while-let over the iterator and a hand-kept position counter
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

struct PluginEntry {
    plugin: Box<dyn Transform>,
}

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    registrations: u64,
    in_order: BTreeMap<(i32, u64), PluginEntry>,
    where_is: HashMap<String, (i32, u64)>,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of registered plugins.
    pub fn len(&self) -> usize {
        let count = self.in_order.len();
        count
    }

    pub fn is_empty(&self) -> bool {
        if self.in_order.len() == 0 {
            true
        } else {
            false
        }
    }

    fn next_ticket(&mut self) -> u64 {
        let ticket = self.registrations;
        self.registrations = self.registrations + 1;
        ticket
    }

    /// Adds a plugin at `order`. Fails, changing nothing, if its name is taken. O(log p).
    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name: String = plugin.name().to_string();
        let already_there = self.where_is.contains_key(&name);
        if already_there {
            let error = RegisterError::DuplicateName(name);
            return Err(error);
        }
        let ticket = self.next_ticket();
        let key = (order, ticket);
        self.where_is.insert(name, key);
        let entry = PluginEntry { plugin: plugin };
        self.in_order.insert(key, entry);
        Ok(())
    }

    /// Removes the plugin called `name`; returns whether there was one. O(log p).
    pub fn remove(&mut self, name: &str) -> bool {
        let key = match self.where_is.get(name) {
            Some(key) => *key,
            None => return false,
        };
        self.where_is.remove(name);
        self.in_order.remove(&key);
        true
    }

    /// Plugin names in execution order.
    pub fn names(&self) -> Vec<&str> {
        let mut result = Vec::new();
        for (_key, entry) in self.in_order.iter() {
            result.push(entry.plugin.name());
        }
        result
    }

    /// Applies every plugin in order. Stops at the first failure and reports which plugin
    /// failed and where. O(p) plus the plugins' own work.
    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut current = record;
        let mut position: usize = 0;
        let mut walker = self.in_order.values();
        while let Some(entry) = walker.next() {
            let outcome = entry.plugin.apply(&mut current);
            if let Err(message) = outcome {
                return Err(PipelineError {
                    plugin: entry.plugin.name().to_string(),
                    position: position,
                    message: message,
                });
            }
            position = position + 1;
        }
        Ok(current)
    }
}
