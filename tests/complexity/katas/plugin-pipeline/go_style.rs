// learner: optimal
// idiom: Go-style: BTreeMap keyed by (order, seq) plus HashMap name -> key, explicit for loop with a position counter, small error-building helper
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

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    by_key: BTreeMap<(i32, u64), Box<dyn Transform>>,
    key_of: HashMap<String, (i32, u64)>,
    seq: u64,
}

fn fail(name: &str, position: usize, message: String) -> PipelineError {
    PipelineError { plugin: name.to_string(), position, message }
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.by_key.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_key.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name().to_string();
        if self.key_of.contains_key(&name) {
            return Err(RegisterError::DuplicateName(name));
        }
        let key = (order, self.seq);
        self.seq += 1;
        self.key_of.insert(name, key);
        self.by_key.insert(key, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let key = match self.key_of.remove(name) {
            Some(k) => k,
            None => return false,
        };
        self.by_key.remove(&key);
        true
    }

    pub fn names(&self) -> Vec<&str> {
        let mut out = Vec::with_capacity(self.by_key.len());
        for p in self.by_key.values() {
            out.push(p.name());
        }
        out
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut rec = record;
        let mut pos: usize = 0;
        for p in self.by_key.values() {
            if let Err(msg) = p.apply(&mut rec) {
                return Err(fail(p.name(), pos, msg));
            }
            pos += 1;
        }
        Ok(rec)
    }
}
