// learner: optimal
// idiom: beginner style, BTreeMap values as (String, Box) tuples, cloned keys, usize position counter, match + explicit returns
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

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    // key: (order, registration counter) -> (name, plugin)
    by_order: BTreeMap<(i32, u64), (String, Box<dyn Transform>)>,
    // name -> key in by_order
    by_name: HashMap<String, (i32, u64)>,
    counter: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Pipeline { by_order: BTreeMap::new(), by_name: HashMap::new(), counter: 0 }
    }

    pub fn len(&self) -> usize {
        return self.by_order.len();
    }

    pub fn is_empty(&self) -> bool {
        return self.len() == 0;
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name().to_string();
        if self.by_name.contains_key(&name) {
            return Err(RegisterError::DuplicateName(name.clone()));
        }
        let key = (order, self.counter);
        self.counter = self.counter + 1;
        self.by_name.insert(name.clone(), key);
        self.by_order.insert(key, (name, plugin));
        return Ok(());
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let key = match self.by_name.get(name) {
            Some(k) => k.clone(),
            None => return false,
        };
        self.by_name.remove(name);
        self.by_order.remove(&key);
        return true;
    }

    pub fn names(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for (_key, entry) in self.by_order.iter() {
            out.push(entry.0.as_str());
        }
        return out;
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut rec = record;
        let mut position: usize = 0;
        for (_key, entry) in self.by_order.iter() {
            let result = entry.1.apply(&mut rec);
            match result {
                Ok(()) => {}
                Err(msg) => {
                    return Err(PipelineError { plugin: entry.0.clone(), position: position, message: msg });
                }
            }
            position += 1;
        }
        return Ok(rec);
    }
}
