// learner: optimal
// idiom: defensive beginner: explicit matches, early returns, mem::replace for the record, consistency checks between the two maps
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
use std::mem;

#[derive(Default)]
pub struct Pipeline {
    ordered: BTreeMap<(i32, u64), Box<dyn Transform>>,
    by_name: HashMap<String, (i32, u64)>,
    counter: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.ordered.len()
    }

    pub fn is_empty(&self) -> bool {
        if self.ordered.is_empty() {
            return true;
        }
        false
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name().to_string();
        match self.by_name.get(&name) {
            Some(_) => return Err(RegisterError::DuplicateName(name)),
            None => {}
        }
        let key = (order, self.counter);
        self.counter = match self.counter.checked_add(1) {
            Some(next) => next,
            None => panic!("too many registrations"),
        };
        let previous = self.ordered.insert(key, plugin);
        if previous.is_some() {
            panic!("registration keys are unique");
        }
        self.by_name.insert(name, key);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let key = match self.by_name.remove(name) {
            Some(key) => key,
            None => return false,
        };
        match self.ordered.remove(&key) {
            Some(_) => true,
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::with_capacity(self.ordered.len());
        for plugin in self.ordered.values() {
            out.push(plugin.name());
        }
        out
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut current = record;
        if self.ordered.is_empty() {
            return Ok(current);
        }
        let mut position: usize = 0;
        for plugin in self.ordered.values() {
            match plugin.apply(&mut current) {
                Ok(()) => {}
                Err(message) => {
                    return Err(PipelineError {
                        plugin: plugin.name().to_string(),
                        position,
                        message,
                    });
                }
            }
            position += 1;
        }
        let finished = mem::replace(&mut current, Record::new());
        Ok(finished)
    }
}
