// learner: optimal
// idiom: OCaml style: a derived-Ord record key { order; seq }, HashMap lookups matched explicitly, run as a hand-driven iterator loop with match on next() and an accumulator position
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
struct SlotKey {
    order: i32,
    seq: u64,
}

/// Plugins run in ascending `order`; equal orders run in registration order.
#[derive(Default)]
pub struct Pipeline {
    chain: BTreeMap<SlotKey, Box<dyn Transform>>,
    index: HashMap<String, SlotKey>,
    seq: u64,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.chain.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chain.is_empty()
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        match self.index.get(plugin.name()) {
            Some(_) => Err(RegisterError::DuplicateName(plugin.name().to_string())),
            None => {
                let key = SlotKey { order, seq: self.seq };
                self.seq += 1;
                self.index.insert(plugin.name().to_string(), key);
                self.chain.insert(key, plugin);
                Ok(())
            }
        }
    }

    pub fn remove(&mut self, name: &str) -> bool {
        match self.index.remove(name) {
            Some(key) => {
                self.chain.remove(&key);
                true
            }
            None => false,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        self.chain.values().map(|b| b.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        let mut r = record;
        let mut it = self.chain.values();
        let mut pos = 0;
        loop {
            match it.next() {
                None => return Ok(r),
                Some(p) => match p.apply(&mut r) {
                    Ok(()) => pos += 1,
                    Err(message) => {
                        return Err(PipelineError { plugin: p.name().to_string(), position: pos, message })
                    }
                },
            }
        }
    }
}
