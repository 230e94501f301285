// learner: optimal
// idiom: beginner tuple-keyed BTreeMap and HashMap, counter field, plain for loop with explicit position counter and early return
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

#[derive(Default)]
pub struct Pipeline {
    plugins: BTreeMap<(i32, u64), Box<dyn Transform>>,
    keys: HashMap<String, (i32, u64)>,
    counter: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        return self.plugins.len();
    }

    pub fn is_empty(&self) -> bool {
        return self.plugins.len() == 0;
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name().to_string();
        if self.keys.contains_key(&name) {
            return Err(RegisterError::DuplicateName(name));
        }
        let key = (order, self.counter);
        self.counter = self.counter + 1;
        self.keys.insert(name, key);
        self.plugins.insert(key, plugin);
        return Ok(());
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let key = match self.keys.get(name) {
            Some(k) => k.clone(),
            None => return false,
        };
        self.keys.remove(name);
        self.plugins.remove(&key);
        return true;
    }

    pub fn names(&self) -> Vec<&str> {
        let mut result = Vec::new();
        for plugin in self.plugins.values() {
            result.push(plugin.name());
        }
        return result;
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut record = record;
        let mut position = 0;
        for plugin in self.plugins.values() {
            let outcome = plugin.apply(&mut record);
            if let Err(message) = outcome {
                return Err(PipelineError {
                    plugin: plugin.name().to_string(),
                    position: position,
                    message: message,
                });
            }
            position = position + 1;
        }
        return Ok(record);
    }
}
