// learner: optimal
// idiom: awk-style: two BTreeMaps (name -> key, key -> plugin), a running counter, explicit for loop with index and early return
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
    where_is: BTreeMap<String, (i32, u64)>,
    counter: u64,
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
        let nm = plugin.name().to_string();
        if self.where_is.contains_key(&nm) {
            return Err(RegisterError::DuplicateName(nm));
        }
        self.counter += 1;
        let key = (order, self.counter);
        self.where_is.insert(nm, key);
        self.slots.insert(key, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let key = match self.where_is.remove(name) {
            Some(k) => k,
            None => return false,
        };
        self.slots.remove(&key);
        true
    }

    pub fn names(&self) -> Vec<&str> {
        let mut out = Vec::with_capacity(self.slots.len());
        for p in self.slots.values() {
            out.push(p.name());
        }
        out
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut rec = record;
        let mut i = 0;
        for p in self.slots.values() {
            if let Err(msg) = p.apply(&mut rec) {
                return Err(PipelineError { plugin: p.name().to_string(), position: i, message: msg });
            }
            i += 1;
        }
        Ok(rec)
    }
}
