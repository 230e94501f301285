// learner: optimal
// idiom: Java-style: ExecKey struct with derived Ord, many tiny private helpers (next_seq, key_of, make_error), explicit for loop with a position counter and early return in run
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct ExecKey {
    order: i32,
    seq: u64,
}

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    plugins: BTreeMap<ExecKey, Box<dyn Transform>>,
    keys_by_name: HashMap<String, ExecKey>,
    seq_counter: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.plugins.len()
    }

    pub fn is_empty(&self) -> bool {
        self.plugins.is_empty()
    }

    fn next_seq(&mut self) -> u64 {
        let s = self.seq_counter;
        self.seq_counter += 1;
        s
    }

    fn key_of(&self, name: &str) -> Option<ExecKey> {
        self.keys_by_name.get(name).copied()
    }

    fn make_error(plugin: &dyn Transform, position: usize, message: String) -> PipelineError {
        PipelineError { plugin: plugin.name().to_string(), position, message }
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        let name = plugin.name().to_string();
        if self.key_of(&name).is_some() {
            return Err(RegisterError::DuplicateName(name));
        }
        let key = ExecKey { order, seq: self.next_seq() };
        self.keys_by_name.insert(name, key);
        self.plugins.insert(key, plugin);
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> bool {
        let key = match self.key_of(name) {
            Some(k) => k,
            None => return false,
        };
        self.keys_by_name.remove(name);
        self.plugins.remove(&key);
        true
    }

    pub fn names(&self) -> Vec<&str> {
        let mut out = Vec::with_capacity(self.plugins.len());
        for p in self.plugins.values() {
            out.push(p.name());
        }
        out
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut rec = record;
        let mut position = 0usize;
        for plugin in self.plugins.values() {
            if let Err(message) = plugin.apply(&mut rec) {
                return Err(Self::make_error(plugin.as_ref(), position, message));
            }
            position += 1;
        }
        Ok(rec)
    }
}
