// learner: optimal
// idiom: SICP student; the pipeline as "data abstraction": constructor/selector helpers for keys and entries, run as a try_fold accumulator over the ordered plugins
//! An ordered plugin pipeline for client-specific transforms: see README.md.

use std::collections::HashMap;
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
    pub plugin: String,
    pub position: usize,
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
    DuplicateName(String),
}


type Key = (i32, u64);

fn make_key(order: i32, ticket: u64) -> Key {
    (order, ticket)
}

fn failure(plugin: &dyn Transform, position: usize, message: String) -> PipelineError {
    PipelineError { plugin: plugin.name().to_string(), position, message }
}

/// One step of the fold: apply the plugin at `position` to the record carried along.
fn apply_step(record: Record, step: (usize, &Box<dyn Transform>)) -> Result<Record, PipelineError> {
    let (position, plugin) = step;
    let mut record = record;
    match plugin.apply(&mut record) {
        Ok(()) => Ok(record),
        Err(message) => Err(failure(plugin.as_ref(), position, message)),
    }
}

#[derive(Default)]
pub struct Pipeline {
    stages: BTreeMap<Key, Box<dyn Transform>>,
    keys_by_name: HashMap<String, Key>,
    tickets_issued: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    fn next_ticket(&mut self) -> u64 {
        let t = self.tickets_issued;
        self.tickets_issued = t + 1;
        t
    }

    fn name_taken(&self, name: &str) -> bool {
        self.keys_by_name.contains_key(name)
    }

    pub fn len(&self) -> usize {
        self.stages.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name().to_string();
        if self.name_taken(&name) {
            Err(RegisterError::DuplicateName(name))
        } else {
            let key = make_key(order, self.next_ticket());
            self.keys_by_name.insert(name, key);
            self.stages.insert(key, plugin);
            Ok(())
        }
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.keys_by_name.remove(name) {
            Some(key) => self.stages.remove(&key).is_some(),
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.stages.values().map(|p| p.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        self.stages.values().enumerate().try_fold(record, apply_step)
    }
}
