// learner: optimal
// idiom: PL/I-style: an explicit ordered SequenceKey record, name index table, registration counter, paragraph-style helpers and a for loop with a position counter
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

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct SequenceKey {
    order_value: i32,
    registration_no: u64,
}

#[derive(Default)]
pub struct Pipeline {
    plugin_file: BTreeMap<SequenceKey, Box<dyn Transform>>,
    name_index: HashMap<String, SequenceKey>,
    registration_counter: u64,
    plugin_count: usize,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.plugin_count
    }

    pub fn is_empty(&self) -> bool {
        self.plugin_count == 0
    }

    fn para_next_key(&mut self, order: i32) -> SequenceKey {
        self.registration_counter = self.registration_counter + 1;
        SequenceKey { order_value: order, registration_no: self.registration_counter }
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let plugin_name = String::from(plugin.name());
        if self.name_index.contains_key(plugin_name.as_str()) {
            return Err(RegisterError::DuplicateName(plugin_name));
        }
        let key = self.para_next_key(order);
        self.name_index.insert(plugin_name, key);
        self.plugin_file.insert(key, plugin);
        self.plugin_count = self.plugin_count + 1;
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let key = match self.name_index.remove(name) {
            Some(k) => k,
            None => return false,
        };
        self.plugin_file.remove(&key);
        self.plugin_count = self.plugin_count - 1;
        true
    }

    pub fn names(&self) -> Vec<&str> {
        let mut listing: Vec<&str> = Vec::with_capacity(self.plugin_count);
        for plugin in self.plugin_file.values() {
            listing.push(plugin.name());
        }
        listing
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut work_record = record;
        let mut position: usize = 0;
        for plugin in self.plugin_file.values() {
            if let Err(message) = plugin.apply(&mut work_record) {
                return Err(PipelineError { plugin: plugin.name().to_string(), position, message });
            }
            position = position + 1;
        }
        Ok(work_record)
    }
}
